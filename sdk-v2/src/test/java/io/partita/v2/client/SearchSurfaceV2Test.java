package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.common.clientenum.FunctionType;
import io.partita.server.model.Profile;
import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.DescribeCollectionReq;
import io.partita.v2.service.collection.request.LoadCollectionReq;
import io.partita.v2.service.collection.response.DescribeCollectionResp;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.QueryReq;
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.data.BFloat16Vec;
import io.partita.v2.service.vector.request.data.BaseVector;
import io.partita.v2.service.vector.request.data.EmbeddedText;
import io.partita.v2.service.vector.request.data.Float16Vec;
import io.partita.v2.service.vector.request.data.FloatVec;
import io.partita.v2.service.vector.request.data.Int8Vec;
import io.partita.v2.service.vector.request.data.SparseFloatVec;
import io.partita.v2.service.vector.response.SearchResp;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The V2 search surface of Milvus 2.5/2.6 against the real reference server (profile milvus-2.6)
 * over gRPC, REST ({@code /api/v1}) and RESTful v2 mode: float16, bfloat16, int8 and sparse rows
 * inserted as JSON rows and searched with their own query classes; grouping and range search; a
 * BM25 function declared through the schema builder, described back, filled by the server and
 * searched with {@link EmbeddedText}; a {@code text_match} filter.
 */
class SearchSurfaceV2Test {
    private static final int N = 20;

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"grpc", "rest", "restful-v2"})
    void everyVectorTypeIsInsertedAsRowsAndFoundByItsOwnQueryClass(String transport) throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = client(servers, transport);
            try {
                createVectorTypes(client);
                assertThat(ids(search(client, "f16", new Float16Vec(List.of(5f, 5f, 5f, 5f)), 1)))
                        .containsExactly(5L);
                assertThat(ids(search(client, "bf16", new BFloat16Vec(List.of(6f, 6f, 6f, 6f)), 1)))
                        .containsExactly(6L);
                assertThat(ids(search(client, "i8", new Int8Vec(new byte[] {7, 7, 7, 7}), 1)))
                        .containsExactly(7L);
                SearchResp sparse = search(client, "sp", new SparseFloatVec(new TreeMap<>(Map.of(8L, 2f))), 1);
                assertThat(ids(sparse)).containsExactly(8L);
                // IP: 2 · 2; index 100 is not in the query
                assertThat(sparse.getSearchResults().get(0).get(0).getScore()).isCloseTo(4f, within(1e-6f));
                // float16 rows come back as their bytes, as inserted
                SearchResp withVector = client.search(SearchReq.builder()
                        .collectionName("vt")
                        .annsField("f16")
                        .data(List.of(new Float16Vec(List.of(3f, 3f, 3f, 3f))))
                        .limit(1)
                        .outputFields(List.of("f16"))
                        .consistencyLevel(ConsistencyLevel.STRONG)
                        .build());
                Object f16 =
                        withVector.getSearchResults().get(0).get(0).getEntity().get("f16");
                assertThat(f16).isInstanceOf(ByteBuffer.class);
                assertThat(bytes((ByteBuffer) f16))
                        .containsExactly(bytes((ByteBuffer) new Float16Vec(List.of(3f, 3f, 3f, 3f)).getData()));
                assertThatThrownBy(() -> client.search(SearchReq.builder()
                                .collectionName("vt")
                                .annsField("f16")
                                .data(List.of(
                                        new Float16Vec(List.of(1f, 1f, 1f, 1f)),
                                        new FloatVec(new float[] {1, 1, 1, 1})))
                                .limit(1)
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("Different types of target vectors");
            } finally {
                client.close();
            }
        }
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"grpc", "rest", "restful-v2"})
    void groupingAndRangeSearchRunThroughSearchReq(String transport) throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = client(servers, transport);
            try {
                createVectorTypes(client);
                BaseVector origin = new Float16Vec(List.of(0f, 0f, 0f, 0f));
                // color is "c" + id % 4: the best hit of each of the four colors is ids 0..3
                SearchResp grouped = client.search(SearchReq.builder()
                        .collectionName("vt")
                        .annsField("f16")
                        .data(List.of(origin))
                        .limit(4)
                        .groupByFieldName("color")
                        .outputFields(List.of("color"))
                        .consistencyLevel(ConsistencyLevel.STRONG)
                        .build());
                assertThat(ids(grouped)).containsExactly(0L, 1L, 2L, 3L);
                SearchResp twoPerGroup = client.search(SearchReq.builder()
                        .collectionName("vt")
                        .annsField("f16")
                        .data(List.of(origin))
                        .limit(2)
                        .groupByFieldName("color")
                        .groupSize(2)
                        .strictGroupSize(true)
                        .outputFields(List.of("color"))
                        .consistencyLevel(ConsistencyLevel.STRONG)
                        .build());
                Set<Object> colors = new HashSet<>();
                twoPerGroup
                        .getSearchResults()
                        .get(0)
                        .forEach(h -> colors.add(h.getEntity().get("color")));
                assertThat(ids(twoPerGroup)).containsExactlyInAnyOrder(0L, 1L, 4L, 5L);
                assertThat(colors).containsExactlyInAnyOrder("c0", "c1");
                // L2 is the squared distance: 4·i² from the origin; keep 4 ≤ d < 40, rows 1, 2, 3
                SearchResp ring = client.search(SearchReq.builder()
                        .collectionName("vt")
                        .annsField("f16")
                        .data(List.of(origin))
                        .limit(10)
                        .searchParams(Map.of("radius", 40.0, "range_filter", 4.0))
                        .consistencyLevel(ConsistencyLevel.STRONG)
                        .build());
                assertThat(ids(ring)).containsExactly(1L, 2L, 3L);
            } finally {
                client.close();
            }
        }
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"grpc", "rest", "restful-v2"})
    void aBm25FunctionDeclaredThroughTheSchemaIsFilledByTheServerAndSearchedWithText(String transport)
            throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = client(servers, transport);
            try {
                CreateCollectionReq.CollectionSchema schema = client.createSchema();
                schema.addField(AddFieldReq.builder()
                        .fieldName("id")
                        .dataType(DataType.Int64)
                        .isPrimaryKey(true)
                        .build());
                schema.addField(AddFieldReq.builder()
                        .fieldName("text")
                        .dataType(DataType.VarChar)
                        .maxLength(1000)
                        .enableAnalyzer(true)
                        .analyzerParams(Map.of("type", "english"))
                        .enableMatch(true)
                        .build());
                schema.addField(AddFieldReq.builder()
                        .fieldName("sparse")
                        .dataType(DataType.SparseFloatVector)
                        .build());
                schema.addFunction(CreateCollectionReq.Function.builder()
                        .name("text_bm25")
                        .functionType(FunctionType.BM25)
                        .inputFieldNames(List.of("text"))
                        .outputFieldNames(List.of("sparse"))
                        .build());
                client.createCollection(CreateCollectionReq.builder()
                        .collectionName("docs")
                        .collectionSchema(schema)
                        .indexParams(List.of(IndexParam.builder()
                                .fieldName("sparse")
                                .indexType(IndexParam.IndexType.SPARSE_INVERTED_INDEX)
                                .metricType(IndexParam.MetricType.BM25)
                                .build()))
                        .build());
                client.loadCollection(
                        LoadCollectionReq.builder().collectionName("docs").build());

                DescribeCollectionResp d = client.describeCollection(
                        DescribeCollectionReq.builder().collectionName("docs").build());
                CreateCollectionReq.Function fn =
                        d.getCollectionSchema().getFunctionList().get(0);
                assertThat(fn.getName()).isEqualTo("text_bm25");
                assertThat(fn.getFunctionType()).isEqualTo(FunctionType.BM25);
                assertThat(fn.getInputFieldNames()).containsExactly("text");
                assertThat(fn.getOutputFieldNames()).containsExactly("sparse");
                CreateCollectionReq.FieldSchema text = d.getCollectionSchema().getField("text");
                assertThat(text.getEnableAnalyzer()).isTrue();
                assertThat(text.getEnableMatch()).isTrue();
                assertThat(text.getAnalyzerParams()).containsEntry("type", "english");

                List<JsonObject> rows = new ArrayList<>();
                String[] texts = {
                    "Vector databases store embeddings",
                    "The quick brown fox jumps",
                    "BM25 ranks documents by their words",
                    "A database of vectors and documents"
                };
                for (int i = 0; i < texts.length; i++) {
                    JsonObject row = new JsonObject();
                    row.addProperty("id", i);
                    row.addProperty("text", texts[i]);
                    rows.add(row);
                }
                client.insert(
                        InsertReq.builder().collectionName("docs").data(rows).build());

                SearchResp found = client.search(SearchReq.builder()
                        .collectionName("docs")
                        .annsField("sparse")
                        .data(List.of(new EmbeddedText("vector database")))
                        .limit(3)
                        .outputFields(List.of("text"))
                        .consistencyLevel(ConsistencyLevel.STRONG)
                        .build());
                // rows 0 and 3 hold both terms (after English stemming), the others neither
                assertThat(ids(found)).containsExactlyInAnyOrder(0L, 3L);
                assertThat(found.getSearchResults().get(0).get(0).getEntity().get("text"))
                        .isIn(texts[0], texts[3]);

                List<Object> matched = new ArrayList<>();
                client.query(QueryReq.builder()
                                .collectionName("docs")
                                .filter("text_match(text, 'fox words')")
                                .outputFields(List.of("id"))
                                .consistencyLevel(ConsistencyLevel.STRONG)
                                .build())
                        .getQueryResults()
                        .forEach(r -> matched.add(r.getEntity().get("id")));
                assertThat(matched).containsExactlyInAnyOrder(1L, 2L);

                JsonObject withSparse = new JsonObject();
                withSparse.addProperty("id", 9);
                withSparse.addProperty("text", "set by hand");
                withSparse.add("sparse", new JsonObject());
                assertThatThrownBy(() -> client.insert(InsertReq.builder()
                                .collectionName("docs")
                                .data(List.of(withSparse))
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("the output of a function");
            } finally {
                client.close();
            }
        }
    }

    private static MilvusClientV2 client(Servers servers, String transport) {
        String uri = transport.equals("grpc")
                ? servers.grpcUri()
                : transport.equals("rest") ? servers.httpUri() : servers.httpUri() + "/v2/vectordb";
        return new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
    }

    /** Rows i = 0..N-1: every dense vector (i, i, i, i), sparse {i: 1, 100: 0.5}, color c(i % 4). */
    private static void createVectorTypes(MilvusClientV2 client) {
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder()
                .fieldName("id")
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("color")
                .dataType(DataType.VarChar)
                .maxLength(8)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("f16")
                .dataType(DataType.Float16Vector)
                .dimension(4)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("bf16")
                .dataType(DataType.BFloat16Vector)
                .dimension(4)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("i8")
                .dataType(DataType.Int8Vector)
                .dimension(4)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("sp")
                .dataType(DataType.SparseFloatVector)
                .build());
        List<IndexParam> indexes = new ArrayList<>();
        for (String f : List.of("f16", "bf16", "i8")) {
            indexes.add(IndexParam.builder()
                    .fieldName(f)
                    .indexType(IndexParam.IndexType.FLAT)
                    .metricType(IndexParam.MetricType.L2)
                    .build());
        }
        indexes.add(IndexParam.builder()
                .fieldName("sp")
                .indexType(IndexParam.IndexType.SPARSE_INVERTED_INDEX)
                .metricType(IndexParam.MetricType.IP)
                .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName("vt")
                .collectionSchema(schema)
                .indexParams(indexes)
                .build());
        client.loadCollection(LoadCollectionReq.builder().collectionName("vt").build());
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            float x = i;
            JsonObject row = new JsonObject();
            row.addProperty("id", i);
            row.addProperty("color", "c" + (i % 4));
            row.add("f16", byteArray((ByteBuffer) new Float16Vec(List.of(x, x, x, x)).getData()));
            row.add("bf16", byteArray((ByteBuffer) new BFloat16Vec(List.of(x, x, x, x)).getData()));
            row.add("i8", byteArray(ByteBuffer.wrap(new byte[] {(byte) i, (byte) i, (byte) i, (byte) i})));
            JsonObject sparse = new JsonObject();
            sparse.addProperty(Integer.toString(i), i == 8 ? 2f : 1f);
            sparse.addProperty("100", 0.5f);
            row.add("sp", sparse);
            rows.add(row);
        }
        client.insert(InsertReq.builder().collectionName("vt").data(rows).build());
    }

    private static SearchResp search(MilvusClientV2 client, String field, BaseVector query, int limit) {
        return client.search(SearchReq.builder()
                .collectionName("vt")
                .annsField(field)
                .data(List.of(query))
                .limit(limit)
                .consistencyLevel(ConsistencyLevel.STRONG)
                .build());
    }

    private static List<Object> ids(SearchResp r) {
        List<Object> ids = new ArrayList<>();
        r.getSearchResults().get(0).forEach(h -> ids.add(h.getId()));
        return ids;
    }

    /** The official row shape of a byte-coded vector: a JSON array of its bytes. */
    private static JsonArray byteArray(ByteBuffer b) {
        JsonArray a = new JsonArray();
        for (byte x : bytes(b)) {
            a.add(x);
        }
        return a;
    }

    private static byte[] bytes(ByteBuffer b) {
        ByteBuffer d = b.duplicate();
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return out;
    }
}
