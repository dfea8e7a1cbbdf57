package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.v2.client.ConnectConfig;
import io.partita.v2.client.MilvusClientV2;
import io.partita.v2.service.database.request.CreateDatabaseReq;
import io.partita.v2.service.database.request.DescribeDatabaseReq;
import io.partita.v2.service.database.request.DropDatabaseReq;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreateDatabaseRequest;
import io.partita.wire.DropDatabaseRequest;
import io.partita.wire.HasCollectionRequest;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.ShowCollectionsRequest;
import io.partita.wire.Status;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PartitaServer(profile = "milvus-2.6")
class DatabasesPageTest {
    private final DocPage page = DocPage.load("databases.md");

    static List<String> aCollectionInItsOwnDatabase(
            MilvusServiceGrpc.MilvusServiceBlockingStub milvus, com.google.protobuf.ByteString schema) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        milvus.createDatabase(CreateDatabaseRequest.newBuilder()
            .setDbName("library")
            .build());
        milvus.createCollection(CreateCollectionRequest.newBuilder()
            .setDbName("library")                 // or the "dbname" header
            .setCollectionName("book")
            .setSchema(schema)
            .build());
        List<String> inLibrary = milvus.showCollections(ShowCollectionsRequest.newBuilder()
                .setDbName("library")
                .build())
            .getCollectionNamesList();            // [book]
        // end::java[]
        // spotless:on
        return inLibrary;
    }

    static List<String> withTheV2Api(String uri) throws InterruptedException {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::v2[]
        MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        client.createDatabase(CreateDatabaseReq.builder()
            .databaseName("archive")
            .properties(Map.of("database.max.collections", "10"))
            .build());
        List<String> names = client.listDatabases().getDatabaseNames();   // [default, archive]
        Map<String, String> properties = client.describeDatabase(DescribeDatabaseReq.builder()
                .databaseName("archive")
                .build())
            .getProperties();                                              // {database.max.collections=10}
        client.useDatabase("archive");                                     // later calls go there
        client.useDatabase("default");
        client.dropDatabase(DropDatabaseReq.builder().databaseName("archive").build());
        client.close();
        // end::v2[]
        // spotless:on
        assertThat(properties).containsEntry("database.max.collections", "10");
        return names;
    }

    @Test
    void theV2SnippetCreatesDescribesAndDropsADatabase(PartitaEndpoints endpoints) throws Exception {
        assertThat(withTheV2Api(endpoints.grpcUri().toString())).contains("default", "archive");
    }

    private static com.google.protobuf.ByteString bookSchema() {
        return io.partita.wire.CollectionSchema.newBuilder()
                .setName("book")
                .addFields(io.partita.wire.FieldSchema.newBuilder()
                        .setName("book_id")
                        .setDataType(io.partita.wire.DataType.Int64)
                        .setIsPrimaryKey(true))
                .addFields(io.partita.wire.FieldSchema.newBuilder()
                        .setName("book_intro")
                        .setDataType(io.partita.wire.DataType.FloatVector)
                        .addTypeParams(io.partita.wire.KeyValuePair.newBuilder()
                                .setKey("dim")
                                .setValue("2")))
                .build()
                .toByteString();
    }

    @Test
    void theJavaSnippetCreatesACollectionTheDefaultDatabaseDoesNotSee(PartitaEndpoints endpoints) throws Exception {
        try (ProtocolChannel channel = new ProtocolChannel(endpoints)) {
            var milvus = channel.stub();

            assertThat(aCollectionInItsOwnDatabase(milvus, bookSchema())).containsExactly("book");

            assertThat(milvus.hasCollection(HasCollectionRequest.newBuilder()
                                    .setCollectionName("book")
                                    .build())
                            .getValue())
                    .isFalse();
            Status notEmpty = milvus.dropDatabase(
                    DropDatabaseRequest.newBuilder().setDbName("library").build());
            assertThat(Files.readString(page.path()))
                    .contains("`" + notEmpty.getReason().replace("library", "%s") + "`");
        }
    }
}
