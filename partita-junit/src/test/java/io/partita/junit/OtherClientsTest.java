package io.partita.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import org.junit.jupiter.api.Test;

/**
 * Partita's V2 client ({@code io.partita.v2.client.MilvusClientV2}, partita-sdk-v2, not a dependency of the
 * harness) is injected by reflection, connected to the same server as the V1 client, with auth on.
 */
@PartitaServer(auth = true)
class OtherClientsTest {

    @Test
    void theV2ClientSeesWhatTheV1ClientCreated(MilvusClient v1, io.partita.v2.client.MilvusClientV2 v2) {
        Books.create(v1, "book");

        assertThat(v2.listCollections().getCollectionNames()).containsExactly("book");
    }

    @Test
    void eachTestOfTheServerGetsTheSameV2Client(
            io.partita.v2.client.MilvusClientV2 first, io.partita.v2.client.MilvusClientV2 second) {
        assertThat(first).isSameAs(second);
    }
}
