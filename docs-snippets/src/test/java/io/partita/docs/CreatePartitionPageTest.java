package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.param.R;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.HasPartitionParam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class CreatePartitionPageTest {
    private final DocPage page = DocPage.load("create_partition.md");

    static void createNovel(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        milvusClient.createPartition(
            CreatePartitionParam.newBuilder()
                .withCollectionName("book")
                .withPartitionName("novel")
                .build());
        // end::java[]
        // spotless:on
    }

    static boolean hasNovel(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::has[]
        R<Boolean> exists = milvusClient.hasPartition(
            HasPartitionParam.newBuilder()
                .withCollectionName("book")
                .withPartitionName("novel")
                .build());
        // end::has[]
        // spotless:on
        return exists.orThrow();
    }

    @BeforeEach
    void book(MilvusClient client) {
        Books.create(client);
    }

    @Test
    void theJavaSnippetCreatesNovel(MilvusClient client) {
        createNovel(client);

        assertThat(hasNovel(client)).isTrue();
    }

    @Test
    void theCliSnippetCreatesNovel(MilvusClient client, PartitaEndpoints endpoints) {
        new Runner(endpoints).cli(page.runBlock("cli"));

        assertThat(hasNovel(client)).isTrue();
    }

    @Test
    void theCurlSnippetCreatesNovel(MilvusClient client, PartitaEndpoints endpoints) throws Exception {
        DocPage.Block curl = page.runBlock("curl");

        assertThat(new Runner(endpoints).curl(curl).toString())
                .isEqualTo(page.outputOf(curl).text().strip());
        assertThat(hasNovel(client)).isTrue();
    }

    @Test
    void creatingItTwiceIsTheErrorThePageNames(MilvusClient client) {
        createNovel(client);

        assertThat(Books.reason(client.createPartition(CreatePartitionParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionName("novel")
                        .build())))
                .isEqualTo("partition name = novel already exists");
    }
}
