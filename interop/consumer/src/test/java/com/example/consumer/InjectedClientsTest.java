package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.milvus.client.MilvusServiceClient;
import io.milvus.param.collection.HasCollectionParam;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.partita.junit.PartitaServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The official milvus-sdk-java clients, V1 and V2, and Partita's V2 client, injected into one test. */
@PartitaServer(profile = "milvus-2.6", auth = true)
class InjectedClientsTest {

    @Test
    void everyInjectedClientTalksToTheSameServer(
            MilvusClientV2 officialV2, MilvusServiceClient officialV1, io.partita.v2.client.MilvusClientV2 partitaV2) {
        officialV2.createCollection(CreateCollectionReq.builder()
                .collectionName("book")
                .dimension(2)
                .build());

        assertTrue(officialV1
                .hasCollection(HasCollectionParam.newBuilder()
                        .withCollectionName("book")
                        .build())
                .getData());
        assertEquals(List.of("book"), partitaV2.listCollections().getCollectionNames());
    }
}
