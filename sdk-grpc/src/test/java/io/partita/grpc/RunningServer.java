package io.partita.grpc;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A real reference server on 127.0.0.1 and a free port, over a temporary data directory deleted on close. */
final class RunningServer implements AutoCloseable {
    final ReferenceServer server;
    private final Path dataDir;

    private RunningServer(ReferenceServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    static RunningServer start(Profile profile, boolean auth) throws IOException {
        Path dir = Files.createTempDirectory("partita-grpc-test");
        ReferenceServer s = ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .profile(profile)
                .auth(auth)
                .memoryLimitBytes(256L * 1024 * 1024)
                .start();
        return new RunningServer(s, dir);
    }

    String grpcUri() {
        return "grpc://127.0.0.1:" + server.grpcPort();
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
