package io.partita.server.http;

import io.partita.server.auth.CredentialStore;
import io.partita.server.grpc.MilvusServiceAdapter;
import io.partita.server.metrics.ServerMetrics;
import io.partita.server.tls.ServerTls;
import java.io.IOException;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Milvus 2.1 HTTP API of the reference server, on an embedded Jetty: {@code /api/v1/*}
 * routes translated to the RPC declarations in-process (the same ones gRPC
 * serves, so no rule is written twice), plus {@code /healthz} and {@code /metrics}.
 *
 * <p>Limits: a body larger than {@code maxBodyBytes} is refused with 413; request headers larger
 * than {@code maxHeaderBytes} with 431. When a credential store is given, every {@code /api/v1}
 * route requires HTTP Basic credentials (401 with {@code WWW-Authenticate} otherwise);
 * {@code /healthz} and {@code /metrics} stay open, as in Milvus. With a {@link ServerTls} the
 * port speaks HTTPS only (one-way, or mutual when it requires client certificates, refused in
 * the handshake otherwise); the same material as the gRPC port, so both show one certificate.
 *
 * <p>Thread-safe. The caller owns the server and closes it; it does not own the service, the
 * engine or the credential store.
 */
public final class HttpApiServer implements AutoCloseable {
    /** Default limit on request headers: 8 KiB, Jetty's and most proxies' default. */
    public static final int DEFAULT_MAX_HEADER_BYTES = 8 * 1024;

    private final Server jetty;
    private final ServerConnector connector;

    private HttpApiServer(Server jetty, ServerConnector connector) {
        this.jetty = jetty;
        this.connector = connector;
    }

    /**
     * Binds and starts serving.
     *
     * @param bindAddress address to listen on, e.g. {@code 127.0.0.1}
     * @param port port; 0 picks a free one (see {@link #port()})
     * @param service the RPC declarations every route calls (the same gRPC serves)
     * @param metrics printed at {@code /metrics}; every request is recorded in it
     * @param credentials the store checked for Basic auth, or null when auth is off
     * @param maxBodyBytes largest request body accepted
     * @param maxHeaderBytes largest request header block accepted
     * @param tls the server's TLS material, or null for plain HTTP
     * @throws IOException when the port cannot be bound; nothing is left running then
     */
    public static HttpApiServer start(
            String bindAddress,
            int port,
            MilvusServiceAdapter service,
            ServerMetrics metrics,
            CredentialStore credentials,
            long maxBodyBytes,
            int maxHeaderBytes,
            ServerTls tls)
            throws IOException {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(metrics, "metrics");
        if (maxBodyBytes <= 0 || maxHeaderBytes <= 0) {
            throw new IllegalArgumentException(
                    "limits must be > 0, got maxBodyBytes=" + maxBodyBytes + " maxHeaderBytes=" + maxHeaderBytes);
        }
        Routes routes = Routes.of(service.rpcs()); // a broken table fails the start, not the first request
        QueuedThreadPool threads = new QueuedThreadPool(64, 2);
        threads.setName("partita-http");
        threads.setDaemon(true);
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(maxHeaderBytes);
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        ServerConnector connector = tls == null
                ? new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http))
                : new ServerConnector(
                        jetty, 1, 1, new SslConnectionFactory(sslContextFactory(tls), "http/1.1"), httpsFactory(http));
        connector.setHost(bindAddress);
        connector.setPort(port);
        jetty.addConnector(connector);
        jetty.setErrorHandler(new JsonErrorHandler());
        jetty.setHandler(new ApiHandler(
                routes,
                new VectordbApi(service),
                metrics,
                credentials == null ? null : new BasicAuth(credentials),
                maxBodyBytes));
        jetty.setStopTimeout(2000);
        try {
            jetty.start();
        } catch (Exception e) {
            try {
                jetty.stop();
            } catch (Exception ignored) {
                // already failing; the start error is the one to report
            }
            throw e instanceof IOException io
                    ? io
                    : new IOException("cannot start the HTTP API on " + bindAddress + ":" + port, e);
        }
        return new HttpApiServer(jetty, connector);
    }

    private static SslContextFactory.Server sslContextFactory(ServerTls tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(tls.keyStore());
        ssl.setKeyStorePassword(ServerTls.STORE_PASSWORD);
        ssl.setCertAlias("server");
        if (tls.requireClientCertificate()) {
            ssl.setTrustStore(tls.trustStore());
            ssl.setNeedClientAuth(true);
        }
        // Clients reach a test server by IP or by any name; the certificate's names are the
        // client's check to make (as gRPC leaves it), so Jetty's SNI host check is off.
        ssl.setSniRequired(false);
        return ssl;
    }

    private static HttpConnectionFactory httpsFactory(HttpConfiguration http) {
        HttpConfiguration https = new HttpConfiguration(http);
        https.addCustomizer(new SecureRequestCustomizer(false, false, -1, false));
        return new HttpConnectionFactory(https);
    }

    /** The port actually bound. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Stops accepting requests and waits up to 2 s for running ones. Idempotent. */
    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("stopping the HTTP API failed", e);
        }
    }
}
