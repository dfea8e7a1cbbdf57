/**
 * Transport security of both ports: {@link io.partita.server.tls.TlsSettings} (Milvus's
 * {@code tlsMode} 0, 1 or 2 with the server certificate, its key and the CA that signs client
 * certificates, as PEM files) and {@link io.partita.server.tls.ServerTls}, which reads them once
 * into the JDK key and trust managers that the gRPC and HTTP servers both use, so the two ports
 * present the same certificate and accept the same clients. It imports no other server package.
 */
package io.partita.server.tls;
