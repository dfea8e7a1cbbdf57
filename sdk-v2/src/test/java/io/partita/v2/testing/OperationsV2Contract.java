package io.partita.v2.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.v2.client.ConnectConfig;
import io.partita.v2.client.MilvusClientV2;
import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.DescribeCollectionReq;
import io.partita.v2.service.collection.request.DropCollectionReq;
import io.partita.v2.service.collection.request.GetLoadStateReq;
import io.partita.v2.service.collection.request.HasCollectionReq;
import io.partita.v2.service.collection.request.LoadCollectionReq;
import io.partita.v2.service.collection.response.DescribeCollectionResp;
import io.partita.v2.service.database.request.CreateDatabaseReq;
import io.partita.v2.service.database.request.DropDatabaseReq;
import io.partita.v2.service.index.request.DescribeIndexReq;
import io.partita.v2.service.index.request.ListIndexesReq;
import io.partita.v2.service.index.response.DescribeIndexResp;
import io.partita.v2.service.partition.request.CreatePartitionReq;
import io.partita.v2.service.partition.request.HasPartitionReq;
import io.partita.v2.service.partition.request.ListPartitionsReq;
import io.partita.v2.service.partition.request.LoadPartitionsReq;
import io.partita.v2.service.partition.request.ReleasePartitionsReq;
import io.partita.v2.service.utility.request.CreateAliasReq;
import io.partita.v2.service.utility.request.DropAliasReq;
import io.partita.v2.service.utility.request.FlushReq;
import io.partita.v2.service.vector.request.DeleteReq;
import io.partita.v2.service.vector.request.GetReq;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.QueryReq;
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.data.FloatVec;
import io.partita.v2.service.vector.response.InsertResp;
import io.partita.v2.service.vector.response.QueryResp;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The happy path and the typed failures of the V2 API ({@link MilvusClientV2}), through the public
 * API only: the same calls must give the same answers and the same typed failures over gRPC, REST
 * ({@code /api/v1}) and RESTful v2 ({@code /v2/vectordb}), against the reference server and real
 * Milvus. The partition lifecycle rows are in {@link MilvusClientV2ContractTest}, which extends this.
 */
public abstract class OperationsV2Contract {
    /** The vector dimension of the test collections. */
    protected static final int DIM = 4;

    /** The client under test, connected before each test to {@link #uri()}, closed after it. */
    protected MilvusClientV2 client;
    /** A collection name unique to the test, dropped after it. */
    protected String name;

    /** @return a URI of the running server for the transport under test */
    protected abstract String uri();

    @BeforeEach
    void connectV2() {
        client = new MilvusClientV2(ConnectConfig.builder().uri(uri()).build());
        name = "v2_" + UUID.randomUUID().toString().replace("-", "");
    }

    @AfterEach
    void dropAndCloseV2() {
        if (client.hasCollection(HasCollectionReq.builder().collectionName(name).build())) {
            client.dropCollection(
                    DropCollectionReq.builder().collectionName(name).build());
        }
        client.close();
    }

    private void createBooks() {
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder()
                .fieldName("book_id")
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("title")
                .dataType(DataType.VarChar)
                .maxLength(64)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("vec")
                .dataType(DataType.FloatVector)
                .dimension(DIM)
                .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(name)
                .collectionSchema(schema)
                .indexParams(List.of(IndexParam.builder()
                        .fieldName("vec")
                        .indexType(IndexParam.IndexType.FLAT)
                        .metricType(IndexParam.MetricType.L2)
                        .build()))
                .build());
        client.createPartition(CreatePartitionReq.builder()
                .collectionName(name)
                .partitionName("novel")
                .build());
    }

    private static JsonObject row(long id, String title, float... v) {
        JsonObject row = new JsonObject();
        row.addProperty("book_id", id);
        row.addProperty("title", title);
        JsonArray a = new JsonArray();
        for (float f : v) {
            a.add(f);
        }
        row.add("vec", a);
        return row;
    }

    private InsertResp insertThree() {
        return client.insert(InsertReq.builder()
                .collectionName(name)
                .partitionName("novel")
                .data(List.of(row(1, "Emma", 1, 0, 0, 0), row(2, "Ulysses", 0, 1, 0, 0), row(3, "Dracula", 0, 0, 1, 0)))
                .build());
    }

    @Test
    void quickSetupMakesIdAndVectorFieldsAnAutoindexAndALoadedCollection() {
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(name)
                .dimension(DIM)
                .build());

        DescribeCollectionResp d = client.describeCollection(
                DescribeCollectionReq.builder().collectionName(name).build());
        assertThat(d.getFieldNames()).containsExactly("vector", "id");
        assertThat(d.getPrimaryFieldName()).isEqualTo("id");
        assertThat(d.getVectorFieldNames()).containsExactly("vector");
        assertThat(d.getCollectionSchema().getField("vector").getDimension()).isEqualTo(DIM);
        assertThat(client.listIndexes(
                        ListIndexesReq.builder().collectionName(name).build()))
                .containsExactly("vector");
        DescribeIndexResp index = client.describeIndex(DescribeIndexReq.builder()
                .collectionName(name)
                .fieldName("vector")
                .build());
        assertThat(index.getIndexDescByFieldName("vector").getMetricType()).isEqualTo(IndexParam.MetricType.COSINE);

        client.loadCollection(LoadCollectionReq.builder().collectionName(name).build());
        assertThat(client.getLoadState(
                        GetLoadStateReq.builder().collectionName(name).build()))
                .isTrue();
    }

    @Test
    void insertedRowsAreFoundBySearchQueryAndGetUntilDeleted() {
        createBooks();
        InsertResp inserted = insertThree();
        assertThat(inserted.getInsertCnt()).isEqualTo(3);
        assertThat(inserted.getPrimaryKeys()).containsExactly(1L, 2L, 3L);
        client.flush(FlushReq.builder().collectionNames(List.of(name)).build());
        client.loadPartitions(LoadPartitionsReq.builder()
                .collectionName(name)
                .partitionNames(List.of("novel"))
                .build());

        SearchResp found = client.search(SearchReq.builder()
                .collectionName(name)
                .partitionNames(List.of("novel"))
                .data(List.of(new FloatVec(new float[] {0, 1, 0, 0}), new FloatVec(new float[] {0, 0, 1, 0})))
                .outputFields(List.of("title"))
                .limit(2)
                .build());
        assertThat(found.getSearchResults()).hasSize(2);
        SearchResp.SearchResult top = found.getSearchResults().get(0).get(0);
        assertThat(top.getId()).isEqualTo(2L);
        assertThat(top.getScore()).isEqualTo(0f);
        assertThat(top.getEntity()).containsEntry("title", "Ulysses");
        assertThat(top.getPrimaryKey()).isEqualTo("book_id");
        assertThat(top.toString()).isEqualTo("{book_id: 2, Score: 0.0, OutputFields: {title=Ulysses}}");
        assertThat(found.getSearchResults().get(1).get(0).getId()).isEqualTo(3L);

        QueryResp q = client.query(QueryReq.builder()
                .collectionName(name)
                .filter("book_id >= 2")
                .outputFields(List.of("title"))
                .build());
        assertThat(q.getQueryResults())
                .extracting(r -> r.getEntity().get("title"))
                .containsExactlyInAnyOrder("Ulysses", "Dracula");

        assertThat(client.get(GetReq.builder()
                                .collectionName(name)
                                .ids(List.of(1L, 3L))
                                .outputFields(List.of("title", "vec"))
                                .build())
                        .getGetResults())
                .extracting(r -> r.getEntity().get("vec"))
                .containsExactlyInAnyOrder(List.of(1f, 0f, 0f, 0f), List.of(0f, 0f, 1f, 0f));

        client.delete(DeleteReq.builder().collectionName(name).ids(List.of(1L)).build());
        // Strong: the collection's default (Bounded) may not see the delete yet on real Milvus
        assertThat(client.query(QueryReq.builder()
                                .collectionName(name)
                                .ids(List.of(1L, 2L))
                                .consistencyLevel(ConsistencyLevel.STRONG)
                                .build())
                        .getQueryResults())
                .extracting(r -> r.getEntity().get("book_id"))
                .containsExactly(2L);
    }

    @Test
    void searchOfAReleasedPartitionIsAServerErrorWithTheServersCodes() {
        createBooks();
        insertThree();
        client.loadPartitions(LoadPartitionsReq.builder()
                .collectionName(name)
                .partitionNames(List.of("novel"))
                .build());
        client.releasePartitions(ReleasePartitionsReq.builder()
                .collectionName(name)
                .partitionNames(List.of("novel"))
                .build());

        assertThatThrownBy(() -> client.search(SearchReq.builder()
                        .collectionName(name)
                        .partitionNames(List.of("novel"))
                        .data(List.of(new FloatVec(new float[] {1, 0, 0, 0})))
                        .topK(1)
                        .build()))
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ErrorCode.SERVER_ERROR);
                    assertThat(e.getServerErrCode()).isPositive();
                    assertThat(e.getLegacyServerCode()).isPositive();
                    assertThat(e.getMessage()).containsIgnoringCase("not loaded");
                });
    }

    @Test
    void partitionsAndAliasesRoundTrip() {
        createBooks();
        assertThat(client.hasPartition(HasPartitionReq.builder()
                        .collectionName(name)
                        .partitionName("novel")
                        .build()))
                .isTrue();
        assertThat(client.listPartitions(
                        ListPartitionsReq.builder().collectionName(name).build()))
                .containsExactlyInAnyOrder("_default", "novel");
        String alias = name + "_alias";
        client.createAlias(
                CreateAliasReq.builder().collectionName(name).alias(alias).build());
        assertThat(client.hasCollection(
                        HasCollectionReq.builder().collectionName(alias).build()))
                .isTrue();
        client.dropAlias(DropAliasReq.builder().alias(alias).build());
    }

    @Test
    void aMissingCollectionIsAServerErrorNamingIt() {
        assertThatThrownBy(() -> client.describeCollection(
                        DescribeCollectionReq.builder().collectionName(name).build()))
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ErrorCode.SERVER_ERROR);
                    assertThat(e.getServerErrCode()).isPositive();
                    assertThat(e.getMessage()).contains(name);
                });
    }

    @Test
    void aRowWithoutAFieldIsRejectedNamingTheRowAndTheField() {
        createBooks();
        JsonObject bad = row(9, "Nameless", 1, 1, 1, 1);
        bad.remove("title");
        assertThatThrownBy(() -> client.insert(InsertReq.builder()
                        .collectionName(name)
                        .data(List.of(row(8, "Fine", 0, 0, 0, 1), bad))
                        .build()))
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_PARAMS);
                    assertThat(e.getMessage()).contains("row 1").contains("'title'");
                });
    }

    @Test
    void aRequestForAnotherDatabaseIsRefusedRatherThanSentToTheWrongOne() {
        assertThatThrownBy(() -> client.hasCollection(HasCollectionReq.builder()
                        .databaseName("elsewhere")
                        .collectionName(name)
                        .build()))
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_PARAMS);
                    assertThat(e.getMessage()).contains("elsewhere").contains("useDatabase");
                });
    }

    /**
     * Over gRPC the database calls round-trip (Milvus 2.2.9+); the REST transports have no route for
     * CreateDatabase (Milvus 2.1's HTTP API has none, and RESTful v2 sends only list/describe), so
     * there it is a typed RPC_ERROR naming UNIMPLEMENTED.
     */
    @Test
    void databaseCallsRoundTripOverGrpcAndAreTypedUnimplementedFailuresOverRest() {
        if (uri().startsWith("grpc")) {
            client.createDatabase(
                    CreateDatabaseReq.builder().databaseName("db1").build());
            try {
                assertThat(client.listDatabases().getDatabaseNames()).contains("default", "db1");
            } finally {
                client.dropDatabase(
                        DropDatabaseReq.builder().databaseName("db1").build());
            }
            assertThat(client.listDatabases().getDatabaseNames()).doesNotContain("db1");
            return;
        }
        assertThatThrownBy(() -> client.createDatabase(
                        CreateDatabaseReq.builder().databaseName("db1").build()))
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ErrorCode.RPC_ERROR);
                    assertThat(e.getMessage()).startsWith("UNIMPLEMENTED").contains("CreateDatabase");
                });
    }

    @Test
    void unreachableServerIsAnRpcErrorNotAServerError() {
        String dead = uri().replaceFirst(":\\d+", ":1");
        MilvusClientV2 unreachable = new MilvusClientV2(ConnectConfig.builder()
                .uri(dead)
                .connectTimeoutMs(500)
                .rpcDeadlineMs(2000)
                .build());
        try {
            assertThatThrownBy(() -> unreachable.hasCollection(
                            HasCollectionReq.builder().collectionName(name).build()))
                    .isInstanceOfSatisfying(
                            MilvusClientException.class,
                            e -> assertThat(e.getErrorCode()).isIn(ErrorCode.RPC_ERROR, ErrorCode.TIMEOUT));
            assertThat(unreachable.clientIsReady()).isFalse();
        } finally {
            unreachable.close();
        }
    }
}
