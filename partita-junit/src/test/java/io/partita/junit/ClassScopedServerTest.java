package io.partita.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@PartitaServer
class ClassScopedServerTest {
    private static ReferenceServer first;

    @BeforeAll
    static void remember(ReferenceServer server) {
        first = server;
    }

    @Test
    void aClientParameterIsConnectedToTheEmbeddedServer(MilvusClient client) {
        Books.create(client, "book");

        assertThat(Books.exists(client, "book")).isTrue();
    }

    @Test
    void theEndpointsNameTheServersGrpcPortAndNoHttpByDefault(PartitaEndpoints endpoints, ReferenceServer server) {
        assertThat(endpoints.grpcUri().toString()).isEqualTo("grpc://127.0.0.1:" + server.grpcPort());
        assertThat(endpoints.httpUriIfEnabled()).isEmpty();
        assertThat(server.httpPort()).isEqualTo(-1);
    }

    @Test
    void theDefaultsAreTheMilvus21ProfileOnOneQueryNode(ReferenceServer server) {
        assertThat(server.profile()).isEqualTo(Profile.MILVUS_2_1);
        assertThat(server.engine().queryNodes()).hasSize(1);
    }

    @Test
    void everyTestOfTheClassSeesTheSameRunningServer(ReferenceServer server) {
        assertThat(server).isSameAs(first);
        assertThat(server.state()).isEqualTo(ReferenceServer.State.RUNNING);
    }
}
