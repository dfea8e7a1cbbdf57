package io.partita.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Two classes asking for a JVM-scoped server with equal settings get the same one. */
class JvmScopedServerTest {
    static final AtomicReference<ReferenceServer> SEEN = new AtomicReference<>();

    static void assertSharedWithEarlierClasses(ReferenceServer server) {
        SEEN.compareAndSet(null, server);
        assertThat(server).isSameAs(SEEN.get());
        assertThat(server.state()).isEqualTo(ReferenceServer.State.RUNNING);
    }

    @Nested
    @PartitaServer(scope = PartitaServer.Scope.JVM, profile = "milvus-2.3")
    class FirstClass {
        @Test
        void getsTheRunWideServer(ReferenceServer server) {
            assertSharedWithEarlierClasses(server);
        }
    }

    @Nested
    @PartitaServer(scope = PartitaServer.Scope.JVM, profile = "milvus-2.3")
    class SecondClass {
        @Test
        void getsTheSameRunWideServer(ReferenceServer server) {
            assertSharedWithEarlierClasses(server);
        }
    }
}
