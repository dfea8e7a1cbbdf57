package io.partita.v2.client;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A real in-process reference server with gRPC and HTTP on free loopback ports, deleted on close. */
final class Servers implements AutoCloseable {
    final ReferenceServer server;
    private final Path dataDir;

    private Servers(ReferenceServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    static Servers start(Profile profile) throws IOException {
        return start(profile, 1);
    }

    /** A server with {@code queryNodes} simulated query nodes (for resource groups). */
    static Servers start(Profile profile, int queryNodes) throws IOException {
        return start(profile, queryNodes, false);
    }

    /** A server that requires credentials on every call ({@code root}/{@code Milvus}) when {@code auth}. */
    static Servers start(Profile profile, int queryNodes, boolean auth) throws IOException {
        Path dir = Files.createTempDirectory("partita-v2-test");
        ReferenceServer s = ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .httpPort(0)
                .bindAddress("127.0.0.1")
                .profile(profile)
                .memoryLimitBytes(256L * 1024 * 1024)
                .queryNodes(queryNodes)
                .auth(auth)
                .start();
        return new Servers(s, dir);
    }

    String grpcUri() {
        return "grpc://127.0.0.1:" + server.grpcPort();
    }

    String httpUri() {
        return "http://127.0.0.1:" + server.httpPort();
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
