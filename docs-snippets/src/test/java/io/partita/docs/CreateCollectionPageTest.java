package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.DataType;
import io.partita.model.DescribeCollectionResponse;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.DescribeCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.HasCollectionParam;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class CreateCollectionPageTest {
    private final DocPage page = DocPage.load("create_collection.md");

    static void createBook(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        FieldType bookId = FieldType.newBuilder()
            .withName("book_id")
            .withDataType(DataType.Int64)
            .withPrimaryKey(true)
            .withAutoID(false)
            .build();
        FieldType wordCount = FieldType.newBuilder()
            .withName("word_count")
            .withDataType(DataType.Int64)
            .build();
        FieldType bookIntro = FieldType.newBuilder()
            .withName("book_intro")
            .withDataType(DataType.FloatVector)
            .withDimension(2)
            .build();
        milvusClient.createCollection(
            CreateCollectionParam.newBuilder()
                .withCollectionName("book")
                .withDescription("Test book search")
                .withShardsNum(2)
                .addFieldType(bookId)
                .addFieldType(wordCount)
                .addFieldType(bookIntro)
                .build());
        // end::java[]
        // spotless:on
    }

    static boolean hasBook(MilvusClient milvusClient) {
        return milvusClient
                .hasCollection(HasCollectionParam.newBuilder()
                        .withCollectionName("book")
                        .build())
                .orThrow();
    }

    @Test
    void theJavaSnippetCreatesBookWithItsThreeFields(MilvusClient client) {
        createBook(client);

        DescribeCollectionResponse described = client.describeCollection(DescribeCollectionParam.newBuilder()
                        .withCollectionName("book")
                        .build())
                .orThrow();
        assertThat(described.getSchema().getFieldsList())
                .extracting(f -> f.getName())
                .containsExactly("book_id", "word_count", "book_intro");
    }

    @Test
    void theCurlSnippetCreatesBook(MilvusClient client, PartitaEndpoints endpoints) throws Exception {
        DocPage.Block curl = page.runBlock("curl");

        assertThat(new Runner(endpoints).curl(curl).toString())
                .isEqualTo(page.outputOf(curl).text().strip());
        assertThat(hasBook(client)).isTrue();
    }

    @Test
    void creatingItAgainIsTheErrorThePageNames(MilvusClient client) {
        createBook(client);

        assertThat(Books.reason(client.createCollection(CreateCollectionParam.newBuilder()
                        .withCollectionName("book")
                        .addFieldType(FieldType.newBuilder()
                                .withName("id")
                                .withDataType(DataType.Int64)
                                .withPrimaryKey(true)
                                .build())
                        .addFieldType(FieldType.newBuilder()
                                .withName("v")
                                .withDataType(DataType.FloatVector)
                                .withDimension(4)
                                .build())
                        .build())))
                .isEqualTo("collection book exist");
    }
}
