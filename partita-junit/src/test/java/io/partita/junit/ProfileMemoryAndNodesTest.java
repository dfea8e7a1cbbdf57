package io.partita.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryNodeMetrics;
import org.junit.jupiter.api.Test;

@PartitaServer(profile = "milvus-2.3", memoryLimit = "64m", queryNodes = 2, cleanBetweenTests = true)
class ProfileMemoryAndNodesTest {

    @Test
    void theAnnotationPicksProfileMemoryLimitAndQueryNodes(ReferenceServer server) {
        assertThat(server.profile()).isEqualTo(Profile.MILVUS_2_3);
        assertThat(server.engine().queryNodes())
                .hasSize(2)
                .extracting(QueryNodeMetrics::capacityBytes)
                .containsOnly(64L * 1024 * 1024);
    }

    @Test
    void twoQueryNodesHoldTwoReplicas(MilvusClient client) {
        Books.create(client, "book");

        R<RpcStatus> loaded = client.loadCollection(LoadCollectionParam.newBuilder()
                .withCollectionName("book")
                .withReplicaNumber(2)
                .withSyncLoad(true)
                .build());

        assertThat(loaded.getStatus()).as(loaded.getMessage()).isZero();
    }

    @Test
    void theMilvus23ProfileLoadsAPartitionOfALoadedCollection(MilvusClient client) {
        Books.create(client, "book");
        Books.createPartition(client, "book", "novel");
        client.loadCollection(LoadCollectionParam.newBuilder()
                        .withCollectionName("book")
                        .build())
                .orThrow();

        R<RpcStatus> loaded = client.loadPartitions(LoadPartitionsParam.newBuilder()
                .withCollectionName("book")
                .addPartitionName("novel")
                .build());

        assertThat(loaded.getStatus()).as(loaded.getMessage()).isZero();
    }
}
