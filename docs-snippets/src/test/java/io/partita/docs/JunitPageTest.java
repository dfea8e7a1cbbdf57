package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.partition.LoadPartitionsParam;
import org.junit.jupiter.api.Test;

// spotless:off (a docs snippet: the page shows this region as written)
// tag::class[]
@PartitaServer(profile = "milvus-2.3", memoryLimit = "256m", queryNodes = 2, cleanBetweenTests = true)
class JunitPageTest {

    @Test
    void aPartitionOfALoadedCollectionCanBeLoadedUnder23(MilvusClient client) {
        Books.createWithNovel(client);   // your own fixture
        client.loadCollection(LoadCollectionParam.newBuilder()
            .withCollectionName("book").build()).orThrow();

        assertThat(client.loadPartitions(LoadPartitionsParam.newBuilder()
            .withCollectionName("book").addPartitionName("novel").build()).isSuccess()).isTrue();
    }

    @Test
    void theServersAddressIsThereForOtherClients(PartitaEndpoints endpoints) {
        assertThat(endpoints.grpcUri().getScheme()).isEqualTo("grpc");
    }
}
// end::class[]
// spotless:on
