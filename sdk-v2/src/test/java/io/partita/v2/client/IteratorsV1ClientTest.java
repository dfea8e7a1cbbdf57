package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.client.MilvusServiceClient;
import io.partita.exception.MilvusServerException;
import io.partita.exception.ParamException;
import io.partita.orm.iterator.QueryIterator;
import io.partita.orm.iterator.SearchIterator;
import io.partita.param.ConnectParam;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.dml.QueryIteratorParam;
import io.partita.param.dml.SearchIteratorParam;
import io.partita.response.QueryResultsWrapper.RowRecord;
import io.partita.server.model.Profile;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.utility.request.FlushReq;
import io.partita.v2.service.vector.request.InsertReq;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The V1 client's {@code queryIterator} and {@code searchIterator} (the same implementation as
 * the V2 client's) against the real reference server over gRPC and {@code /api/v1}: a VarChar
 * primary key over a sealed and a growing segment, every row once and in key order, the official
 * param texts, and a server failure reported in the {@code R}.
 */
class IteratorsV1ClientTest {
    private static final String C = "iter_v1";
    /** Keys "k000".."k049": in key order, unlike their insertion order. */
    private static final List<String> KEYS =
            LongStream.range(0, 50).mapToObj(i -> String.format("k%03d", i)).collect(Collectors.toList());

    @Test
    void overGrpc() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            run(servers.grpcUri());
        }
    }

    @Test
    void overApiV1() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            run(servers.httpUri());
        }
    }

    private static void run(String uri) {
        MilvusClientV2 setup =
                new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        MilvusServiceClient client =
                new MilvusServiceClient(ConnectParam.newBuilder().withUri(uri).build());
        try {
            create(setup);
            insert(setup, 25, 50);
            setup.flush(FlushReq.builder().collectionNames(List.of(C)).build());
            insert(setup, 0, 25);

            R<QueryIterator> opened = client.queryIterator(QueryIteratorParam.newBuilder()
                    .withCollectionName(C)
                    .withOutFields(List.of("n"))
                    .withBatchSize(6L)
                    .build());
            assertThat(opened.isSuccess()).isTrue();
            QueryIterator it = opened.getData();
            List<String> keys = new ArrayList<>();
            for (List<RowRecord> page = it.next(); !page.isEmpty(); page = it.next()) {
                assertThat(page.size()).isLessThanOrEqualTo(6);
                for (RowRecord r : page) {
                    keys.add((String) r.get("pk"));
                    assertThat(r.get("n")).isEqualTo(Long.parseLong(((String) r.get("pk")).substring(1)));
                }
            }
            it.close();
            assertThat(keys).containsExactlyElementsOf(KEYS);

            QueryIterator filtered = client.queryIterator(QueryIteratorParam.newBuilder()
                            .withCollectionName(C)
                            .withExpr("n >= 10 and n < 40")
                            .withBatchSize(7L)
                            .withLimit(12L)
                            .build())
                    .orThrow();
            List<String> some = new ArrayList<>();
            filtered.next().forEach(r -> some.add((String) r.get("pk")));
            filtered.next().forEach(r -> some.add((String) r.get("pk")));
            assertThat(filtered.next()).isEmpty();
            assertThat(some).containsExactlyElementsOf(KEYS.subList(10, 22));

            SearchIterator search = client.searchIterator(SearchIteratorParam.newBuilder()
                            .withCollectionName(C)
                            .withVectorFieldName("vec")
                            .withMetricType(MetricType.L2)
                            .withFloatVectors(List.of(List.of(0f, 0f)))
                            .withOutFields(List.of("n"))
                            .withBatchSize(4L)
                            .build())
                    .orThrow();
            List<Object> hits = new ArrayList<>();
            float previous = -1f;
            for (List<RowRecord> page = search.next(); !page.isEmpty(); page = search.next()) {
                for (RowRecord r : page) {
                    float d = (Float) r.get("distance");
                    assertThat(d).isGreaterThanOrEqualTo(previous);
                    previous = d;
                    hits.add(r.get("pk"));
                }
            }
            assertThat(hits).containsExactlyInAnyOrderElementsOf(KEYS);

            R<QueryIterator> missing = client.queryIterator(QueryIteratorParam.newBuilder()
                    .withCollectionName("no_such")
                    .build());
            assertThat(missing.isSuccess()).isFalse();
            assertThat(missing.getException()).isInstanceOf(MilvusServerException.class);
        } finally {
            client.close();
            setup.close();
        }
    }

    @Test
    void badParamsGetTheOfficialTexts() {
        // milvus-sdk-java 2.6 QueryIteratorParam/SearchIteratorParam build()
        assertThatThrownBy(() -> QueryIteratorParam.newBuilder()
                        .withCollectionName(C)
                        .withBatchSize(-1L)
                        .build())
                .isInstanceOf(ParamException.class)
                .hasMessage("batch size cannot be less than zero");
        assertThatThrownBy(() -> QueryIteratorParam.newBuilder()
                        .withCollectionName(C)
                        .withBatchSize(16385L)
                        .build())
                .isInstanceOf(ParamException.class)
                .hasMessage("batch size cannot be larger than 16384");
        assertThatThrownBy(() -> QueryIteratorParam.newBuilder()
                        .withCollectionName(C)
                        .withOffset(-1L)
                        .build())
                .hasMessage("The offset value cannot be less than 0");
        assertThatThrownBy(() -> QueryIteratorParam.newBuilder()
                        .withCollectionName(C)
                        .withLimit(-2L)
                        .build())
                .hasMessage("The limit value cannot be less than 0");
        SearchIteratorParam.Builder search = SearchIteratorParam.newBuilder()
                .withCollectionName(C)
                .withVectorFieldName("vec")
                .withFloatVectors(List.of(List.of(0f, 0f)));
        assertThatThrownBy(() -> search.withBatchSize(16385L).build())
                .hasMessage("batch size cannot be larger than 16384");
        assertThatThrownBy(() -> search.withBatchSize(10L).withTopK(0).build()).hasMessage("TopK value is illegal");
        assertThatThrownBy(() -> search.withTopK(-1)
                        .withFloatVectors(List.of(List.of(0f, 0f), List.of(1f, 1f)))
                        .build())
                .hasMessage("Not support search iteration over multiple vectors at present");
        assertThatThrownBy(() -> search.withFloatVectors(List.of()).build())
                .hasMessage("Target vectors can not be empty");
    }

    private static void insert(MilvusClientV2 client, int from, int to) {
        List<JsonObject> rows = new ArrayList<>();
        for (int i = to - 1; i >= from; i--) {
            JsonObject row = new JsonObject();
            row.addProperty("pk", KEYS.get(i));
            row.addProperty("n", (long) i);
            JsonArray vec = new JsonArray();
            vec.add((float) (i % 5));
            vec.add(0f);
            row.add("vec", vec);
            rows.add(row);
        }
        client.insert(InsertReq.builder().collectionName(C).data(rows).build());
    }

    private static void create(MilvusClientV2 client) {
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder()
                .fieldName("pk")
                .dataType(DataType.VarChar)
                .maxLength(8)
                .isPrimaryKey(true)
                .build());
        schema.addField(
                AddFieldReq.builder().fieldName("n").dataType(DataType.Int64).build());
        schema.addField(AddFieldReq.builder()
                .fieldName("vec")
                .dataType(DataType.FloatVector)
                .dimension(2)
                .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(C)
                .collectionSchema(schema)
                .indexParams(List.of(IndexParam.builder()
                        .fieldName("vec")
                        .indexType(IndexParam.IndexType.FLAT)
                        .metricType(IndexParam.MetricType.L2)
                        .build()))
                .build());
    }
}
