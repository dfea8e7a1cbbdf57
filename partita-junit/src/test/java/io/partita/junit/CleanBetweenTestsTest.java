package io.partita.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.param.collection.ShowCollectionsParam;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@PartitaServer(cleanBetweenTests = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CleanBetweenTestsTest {

    @Test
    @Order(1)
    void aTestLeavesCollectionsBehind(MilvusClient client) {
        Books.create(client, "book");
        Books.create(client, "magazine");

        assertThat(Books.exists(client, "magazine")).isTrue();
    }

    @Test
    @Order(2)
    void theNextTestStartsFromAnEmptyServer(MilvusClient client) {
        assertThat(client.showCollections(ShowCollectionsParam.newBuilder().build())
                        .orThrow()
                        .getCollectionNamesList())
                .isEmpty();
    }
}
