package io.partita.junit;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.param.collection.DropCollectionParam;
import io.partita.param.collection.ShowCollectionsParam;
import io.partita.server.ReferenceServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running reference server with its temporary data directory and one connected client.
 * Stored in a JUnit {@link ExtensionContext.Store}, which closes it when its context ends.
 */
final class EmbeddedServer implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);

    /**
     * The embedded server's Jetty logs through java.util.logging (it is relocated, see docs/junit.md): its INFO
     * lines on every start and stop are noise in a test run, so they are off unless the JUL configuration names
     * a level for it. Held here, as JUL keeps loggers only weakly.
     */
    private static final java.util.logging.Logger JETTY = quietUnlessConfigured("io.partita.shaded.org.eclipse.jetty");

    private static java.util.logging.Logger quietUnlessConfigured(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        if (logger.getLevel() == null
                && java.util.logging.LogManager.getLogManager().getProperty(name + ".level") == null) {
            logger.setLevel(java.util.logging.Level.WARNING);
        }
        return logger;
    }

    private final Path dataDir;
    private final Path certDir; // the harness's TLS files, or null
    private final ReferenceServer server;
    private final PartitaEndpoints endpoints;
    private final MilvusClient client;
    private final OtherClients otherClients;
    private final long startNanos;

    /** The password {@code root} gets on a new data directory. */
    static final String ROOT_PASSWORD = "Milvus";

    private EmbeddedServer(
            Path dataDir, ReferenceServer server, boolean auth, HarnessCertificates certs, long startNanos) {
        this.dataDir = dataDir;
        this.certDir = certs == null ? null : certs.serverCert.getParent();
        this.server = server;
        this.startNanos = startNanos;
        String s = certs == null ? "" : "s";
        URI grpc = URI.create("grpc" + s + "://127.0.0.1:" + server.grpcPort());
        URI http = server.httpPort() < 0 ? null : URI.create("http" + s + "://127.0.0.1:" + server.httpPort());
        PartitaEndpoints.Tls tls = certs == null
                ? null
                : new PartitaEndpoints.Tls(certs.settings.mode(), certs.serverCert, certs.clientCert, certs.clientKey);
        this.endpoints = new PartitaEndpoints(grpc, http, tls);
        ConnectParam.Builder connect = ConnectParam.newBuilder().withUri(grpc.toString());
        if (tls != null) {
            tls.applyTo(connect);
        }
        if (auth) {
            connect.withAuthorization("root", ROOT_PASSWORD);
        }
        this.client = new MilvusServiceClient(connect.build());
        this.otherClients =
                new OtherClients("127.0.0.1", server.grpcPort(), auth ? "root" : null, auth ? ROOT_PASSWORD : null);
    }

    /** Starts a server on free loopback ports over a new temporary directory. */
    static EmbeddedServer start(ServerSettings settings) {
        long t0 = System.nanoTime();
        Path dir;
        try {
            dir = Files.createTempDirectory("partita-junit-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a data directory for the embedded server", e);
        }
        try {
            HarnessCertificates certs = settings.tlsMode() == 0
                    ? null
                    : HarnessCertificates.create(Files.createTempDirectory("partita-junit-tls-"), settings.tlsMode());
            ReferenceServer server = ReferenceServer.builder()
                    .dataDir(dir)
                    .grpcPort(0)
                    .httpPort(settings.http() ? 0 : -1)
                    .profile(settings.profile())
                    .memoryLimitBytes(settings.memoryLimitBytes())
                    .queryNodes(settings.queryNodes())
                    .bindAddress("127.0.0.1")
                    .auth(settings.auth())
                    .rootPassword(ROOT_PASSWORD)
                    .tls(certs == null ? io.partita.server.tls.TlsSettings.OFF : certs.settings)
                    .shutdownTimeout(java.time.Duration.ofSeconds(2))
                    .start();
            EmbeddedServer embedded = new EmbeddedServer(dir, server, settings.auth(), certs, System.nanoTime() - t0);
            LOG.debug("embedded Partita server started in {} ms: {}", embedded.startMillis(), server.describe());
            return embedded;
        } catch (IOException | RuntimeException e) {
            deleteTree(dir);
            throw new IllegalStateException("cannot start the embedded Partita server: " + e.getMessage(), e);
        }
    }

    ReferenceServer server() {
        return server;
    }

    PartitaEndpoints endpoints() {
        return endpoints;
    }

    MilvusClient client() {
        return client;
    }

    /** @return the official or Partita V2 client of {@code type} ({@link OtherClients#supports}), connected */
    Object otherClient(Class<?> type) {
        return otherClients.get(type);
    }

    /** @return how long {@link #start} took, in milliseconds */
    long startMillis() {
        return startNanos / 1_000_000;
    }

    /** Drops every collection, so the next test starts from an empty server. */
    void dropAllCollections() {
        List<String> names = client.showCollections(
                        ShowCollectionsParam.newBuilder().build())
                .orThrow()
                .getCollectionNamesList();
        for (String name : names) {
            client.dropCollection(DropCollectionParam.newBuilder()
                            .withCollectionName(name)
                            .build())
                    .orThrow();
        }
    }

    @Override
    public void close() {
        try {
            otherClients.close();
            client.close();
        } finally {
            try {
                server.close();
            } finally {
                deleteTree(dataDir);
                if (certDir != null) {
                    deleteTree(certDir);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete the embedded server's data directory {}: {}", dir, e.getMessage());
        }
    }
}
