package io.partita.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartTimeTest {

    @Test
    void aSecondEmbeddedServerInAWarmJvmStartsWellUnderASecond() {
        EmbeddedServer.start(new ServerSettings(io.partita.server.model.Profile.MILVUS_2_1, 0, 1, false, false))
                .close();
        long bestMs = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            try (EmbeddedServer server = EmbeddedServer.start(
                    new ServerSettings(io.partita.server.model.Profile.MILVUS_2_1, 0, 1, false, false))) {
                bestMs = Math.min(bestMs, server.startMillis());
            }
        }
        System.out.println("embedded server start, warm JVM, best of 3: " + bestMs + " ms");
        assertThat(bestMs).isLessThan(1000);
    }
}
