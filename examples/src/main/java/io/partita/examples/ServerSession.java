package io.partita.examples;

import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.server.ReferenceServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The server an example talks to and the client it talks with: the server at {@code --uri} when
 * given, else an embedded reference server on 127.0.0.1 and a free port, over a temporary data
 * directory that is deleted on {@link #close()} (and at JVM exit if the example is interrupted).
 */
final class ServerSession implements AutoCloseable {
    private final ReferenceServer embedded;
    private final Path dataDir;
    private final Thread cleanup;
    final MilvusServiceClient client;
    final String uri;

    private ServerSession(ReferenceServer embedded, Path dataDir, String uri) {
        this.embedded = embedded;
        this.dataDir = dataDir;
        this.uri = uri;
        this.cleanup = new Thread(this::stopServer, "partita-example-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        this.client =
                new MilvusServiceClient(ConnectParam.newBuilder().withUri(uri).build());
    }

    static ServerSession open(ExampleArgs args, PrintStream out) throws IOException {
        if (args.uri().isPresent()) {
            String uri = args.uri().get();
            out.println("Server: " + uri);
            return new ServerSession(null, null, uri);
        }
        Path dir = Files.createTempDirectory("partita-example");
        ReferenceServer server =
                ReferenceServer.builder().dataDir(dir).grpcPort(0).httpPort(0).start();
        String uri = "grpc://127.0.0.1:" + server.grpcPort();
        out.println("Server: embedded reference server at " + uri + " (profile "
                + server.profile().id() + ", data in " + dir + ", deleted on exit)");
        return new ServerSession(server, dir, uri);
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        client.close();
        stopServer();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private synchronized void stopServer() {
        if (embedded == null) {
            return;
        }
        embedded.close();
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dataDir + ": " + e.getMessage());
        }
    }
}
