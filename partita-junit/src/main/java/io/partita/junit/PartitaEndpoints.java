package io.partita.junit;

import io.partita.param.ConnectParam;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an embedded server listens, as URIs the Partita SDK accepts in
 * {@code ConnectParam.newBuilder().withUri(..)}: {@code grpc://127.0.0.1:PORT} and, when the
 * HTTP API is on, {@code http://127.0.0.1:PORT} ({@code grpcs://} and {@code https://} with
 * {@link PartitaServer#tlsMode()} 1 or 2, see {@link #tls()}). Immutable.
 */
public final class PartitaEndpoints {
    private final URI grpcUri;
    private final URI httpUri;
    private final Tls tls;

    PartitaEndpoints(URI grpcUri, URI httpUri) {
        this(grpcUri, httpUri, null);
    }

    PartitaEndpoints(URI grpcUri, URI httpUri, Tls tls) {
        this.grpcUri = Objects.requireNonNull(grpcUri, "grpcUri");
        this.httpUri = httpUri;
        this.tls = tls;
    }

    /**
     * The TLS files of a server started with {@link PartitaServer#tlsMode()} 1 or 2, made by the
     * harness for the run.
     *
     * @param mode 1 (one-way) or 2 (mutual)
     * @param serverCertPem the server's self-signed certificate: what a client trusts ({@code withCaPemPath})
     * @param clientCertPem the certificate the server accepts from clients in mode 2; null in mode 1
     * @param clientKeyPem its PKCS#8 key; null in mode 1
     */
    public record Tls(int mode, Path serverCertPem, Path clientCertPem, Path clientKeyPem) {
        /** Sets the trust (and in mode 2 the client certificate) on {@code connect}; returns it. */
        public ConnectParam.Builder applyTo(ConnectParam.Builder connect) {
            connect.withCaPemPath(serverCertPem.toString());
            if (clientCertPem != null) {
                connect.withClientPemPath(clientCertPem.toString()).withClientKeyPath(clientKeyPem.toString());
            }
            return connect;
        }
    }

    /** @return the TLS files, or empty when the server speaks plain text ({@link PartitaServer#tlsMode()} 0) */
    public Optional<Tls> tls() {
        return Optional.ofNullable(tls);
    }

    /** @return the gRPC endpoint, e.g. {@code grpc://127.0.0.1:40123} */
    public URI grpcUri() {
        return grpcUri;
    }

    /**
     * @return the HTTP API endpoint, e.g. {@code http://127.0.0.1:40124}
     * @throws IllegalStateException when the server runs without HTTP ({@link PartitaServer#http()} false)
     */
    public URI httpUri() {
        if (httpUri == null) {
            throw new IllegalStateException("the embedded server has no HTTP API: use @PartitaServer(http = true)");
        }
        return httpUri;
    }

    /** @return the HTTP API endpoint, or empty when HTTP is off */
    public Optional<URI> httpUriIfEnabled() {
        return Optional.ofNullable(httpUri);
    }

    @Override
    public String toString() {
        return "PartitaEndpoints{grpc=" + grpcUri + ", http=" + (httpUri == null ? "off" : httpUri)
                + (tls == null ? "" : ", tlsMode=" + tls.mode()) + "}";
    }
}
