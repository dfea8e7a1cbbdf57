package io.partita.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounded CI run of {@link HostileInputFuzz}: 20 s with a fixed seed, no 5xx, UNKNOWN, INTERNAL or death. */
class HostileInputFuzzTest {
    @TempDir
    Path dir;

    @Test
    void twentySecondsOfHostileInputGetNoServerErrorOnEitherPort() throws Exception {
        try (ReferenceServer server =
                ReferenceServer.builder().dataDir(dir).grpcPort(0).httpPort(0).start()) {
            HostileInputFuzz fuzz = new HostileInputFuzz(server, 18L);
            fuzz.run(System.nanoTime() + 20_000_000_000L);
            fuzz.close();

            assertThat(fuzz.failures).as("failures").isEmpty();
            assertThat(fuzz.httpRequests).isPositive();
            assertThat(fuzz.grpcCalls).isPositive();
        }
    }
}
