package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.param.partition.DropPartitionParam;
import io.partita.param.partition.HasPartitionParam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class DropPartitionPageTest {
    private final DocPage page = DocPage.load("drop_partition.md");

    static void dropNovel(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        milvusClient.dropPartition(
            DropPartitionParam.newBuilder()
                .withCollectionName("book")
                .withPartitionName("novel")
                .build());
        // end::java[]
        // spotless:on
    }

    static boolean hasNovel(MilvusClient client) {
        return client.hasPartition(HasPartitionParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionName("novel")
                        .build())
                .orThrow();
    }

    @BeforeEach
    void bookWithNovel(MilvusClient client) {
        Books.createWithNovel(client);
    }

    @Test
    void theJavaSnippetDropsNovel(MilvusClient client) {
        dropNovel(client);

        assertThat(hasNovel(client)).isFalse();
    }

    @Test
    void theCliSnippetDropsNovel(MilvusClient client, PartitaEndpoints endpoints) {
        new Runner(endpoints).cli(page.runBlock("cli"));

        assertThat(hasNovel(client)).isFalse();
    }

    @Test
    void theCurlSnippetDropsNovel(MilvusClient client, PartitaEndpoints endpoints) throws Exception {
        DocPage.Block curl = page.runBlock("curl");

        assertThat(new Runner(endpoints).curl(curl).toString())
                .isEqualTo(page.outputOf(curl).text().strip());
        assertThat(hasNovel(client)).isFalse();
    }

    @Test
    void theDefaultPartitionCannotBeDropped(MilvusClient client) {
        assertThat(Books.reason(client.dropPartition(DropPartitionParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionName("_default")
                        .build())))
                .isEqualTo("default partition cannot be deleted");
    }
}
