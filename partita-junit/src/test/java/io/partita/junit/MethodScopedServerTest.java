package io.partita.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.server.ReferenceServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@PartitaServer(scope = PartitaServer.Scope.METHOD)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MethodScopedServerTest {
    private static final List<ReferenceServer> SEEN = new ArrayList<>();
    private ReferenceServer beforeEach;

    @BeforeEach
    void remember(ReferenceServer server) {
        beforeEach = server;
    }

    @Test
    @Order(1)
    void theFirstTestCreatesACollection(MilvusClient client, ReferenceServer server) {
        Books.create(client, "book");
        SEEN.add(server);

        assertThat(server).isSameAs(beforeEach);
        assertThat(Books.exists(client, "book")).isTrue();
    }

    @Test
    @Order(2)
    void theNextTestHasAFreshServer(MilvusClient client, ReferenceServer server) {
        SEEN.add(server);

        assertThat(Books.exists(client, "book")).isFalse();
        assertThat(SEEN.get(0).state()).isEqualTo(ReferenceServer.State.CLOSED);
    }

    @AfterAll
    static void twoServersWereStarted() {
        assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
    }
}
