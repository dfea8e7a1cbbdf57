package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static io.partita.server.grpc.WireRequests.kv;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreateIndexRequest;
import io.partita.wire.DataType;
import io.partita.wire.ErrorCode;
import io.partita.wire.FieldData;
import io.partita.wire.FieldSchema;
import io.partita.wire.FunctionSchema;
import io.partita.wire.FunctionType;
import io.partita.wire.HybridSearchRequest;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.PlaceholderGroup;
import io.partita.wire.PlaceholderType;
import io.partita.wire.PlaceholderValue;
import io.partita.wire.QueryResults;
import io.partita.wire.ScalarField;
import io.partita.wire.SearchRequest;
import io.partita.wire.SearchResults;
import io.partita.wire.Status;
import io.partita.wire.StringArray;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile search input through gRPC on a real server (profile milvus-2.6): a million-element
 * {@code radius}, {@code group_size} 0 and beyond the maximum, a
 * weighted ranker with 1,000 weights, a hybrid search whose nq × limit is over the limit, and 10 MB
 * texts for a BM25 field. Each gets a client-error status (never UnexpectedError/65535, never a
 * failed call) whose reason names the bad part; the server answers the next request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSearchInputTest {
    static final String C = "hostile";
    static final String T = "hostile_text";
    static final int TEN_MB = 10 << 20;

    @TempDir
    static Path dir;

    LiveServer s;

    @BeforeAll
    void start() throws Exception {
        s = new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_6));
        s.createCollection(C);
        assertOk(s.insert(C, "", 1, 2, 3).getStatus());
        assertOk(s.stub()
                .loadCollection(
                        LoadCollectionRequest.newBuilder().setCollectionName(C).build()));
        s.awaitLoaded(C);
        assertOk(s.stub()
                .createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName(T)
                        .setSchema(textSchema().toByteString())
                        .build()));
        assertOk(s.stub()
                .createIndex(CreateIndexRequest.newBuilder()
                        .setCollectionName(T)
                        .setFieldName("sparse")
                        .addExtraParams(kv("index_type", "SPARSE_INVERTED_INDEX"))
                        .addExtraParams(kv("metric_type", "BM25"))
                        .build()));
        assertOk(s.stub()
                .insert(InsertRequest.newBuilder()
                        .setCollectionName(T)
                        .addFieldsData(WireRequests.ids(1, 2))
                        .addFieldsData(texts("a quick brown fox", "a lazy dog"))
                        .setNumRows(2)
                        .build())
                .getStatus());
        assertOk(s.stub()
                .loadCollection(
                        LoadCollectionRequest.newBuilder().setCollectionName(T).build()));
        s.awaitLoaded(T);
    }

    @AfterAll
    void stop() throws Exception {
        s.close();
    }

    static io.partita.wire.CollectionSchema textSchema() {
        return io.partita.wire.CollectionSchema.newBuilder()
                .setName(T)
                .addFields(FieldSchema.newBuilder()
                        .setName("id")
                        .setDataType(DataType.Int64)
                        .setIsPrimaryKey(true))
                .addFields(FieldSchema.newBuilder()
                        .setName("text")
                        .setDataType(DataType.VarChar)
                        .addTypeParams(kv("max_length", "65535"))
                        .addTypeParams(kv("enable_analyzer", "true")))
                .addFields(FieldSchema.newBuilder().setName("sparse").setDataType(DataType.SparseFloatVector))
                .addFunctions(FunctionSchema.newBuilder()
                        .setName("bm25")
                        .setType(FunctionType.BM25)
                        .addInputFieldNames("text")
                        .addOutputFieldNames("sparse"))
                .build();
    }

    /** A BM25 search of {@code text} on the field {@code sparse}, top 5. */
    static SearchRequest textSearch(String collection, String text) {
        PlaceholderValue v = PlaceholderValue.newBuilder()
                .setTag("$0")
                .setType(PlaceholderType.VarChar)
                .addValues(ByteString.copyFromUtf8(text))
                .build();
        return SearchRequest.newBuilder()
                .setCollectionName(collection)
                .setPlaceholderGroup(
                        PlaceholderGroup.newBuilder().addPlaceholders(v).build().toByteString())
                .setDslType(io.partita.wire.DslType.BoolExprV1)
                .addSearchParams(kv("anns_field", "sparse"))
                .addSearchParams(kv("topk", "5"))
                .addSearchParams(kv("metric_type", "BM25"))
                .build();
    }

    static FieldData texts(String... t) {
        return FieldData.newBuilder()
                .setFieldName("text")
                .setType(DataType.VarChar)
                .setScalars(ScalarField.newBuilder()
                        .setStringData(StringArray.newBuilder().addAllData(Arrays.asList(t))))
                .build();
    }

    @Test
    void aClientCannotDeclareAFunctionOutputThroughTypeParams() {
        io.partita.wire.CollectionSchema spoof = io.partita.wire.CollectionSchema.newBuilder()
                .setName("spoof")
                .addFields(FieldSchema.newBuilder()
                        .setName("id")
                        .setDataType(DataType.Int64)
                        .setIsPrimaryKey(true))
                .addFields(FieldSchema.newBuilder()
                        .setName("text")
                        .setDataType(DataType.VarChar)
                        .addTypeParams(kv("max_length", "100")))
                .addFields(FieldSchema.newBuilder()
                        .setName("sparse")
                        .setDataType(DataType.SparseFloatVector)
                        .addTypeParams(kv("partita.bm25_input", "text")))
                .build();
        assertOk(s.stub()
                .createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName("spoof")
                        .setSchema(spoof.toByteString())
                        .build()));
        io.partita.wire.CollectionSchema described = s.stub()
                .describeCollection(io.partita.wire.DescribeCollectionRequest.newBuilder()
                        .setCollectionName("spoof")
                        .build())
                .getSchema();
        assertThat(described.getFunctionsCount()).isZero();
        assertThat(described.getFields(2).getIsFunctionOutput()).isFalse();
    }

    private static void assertClientError(Status st, String named) {
        assertThat(st.getErrorCode()).isNotEqualTo(ErrorCode.Success);
        assertThat(st.getCode()).isNotIn(0, 65535);
        assertThat(st.getReason()).contains(named);
    }

    /** The server still answers a plain search. */
    private void stillServes() {
        SearchResults r = s.stub()
                .search(WireRequests.search(C, "3", new float[] {0, 0, 0, 0}).build());
        assertOk(r.getStatus());
        assertThat(r.getResults().getIds().getIntId().getDataCount()).isEqualTo(3);
    }

    private SearchResults searchWith(String paramsJson, String expr) {
        SearchRequest.Builder b = WireRequests.search(C, "3", new float[] {0, 0, 0, 0});
        for (int i = 0; i < b.getSearchParamsCount(); i++) {
            if (b.getSearchParams(i).getKey().equals("params")) {
                b.setSearchParams(i, kv("params", paramsJson));
            }
        }
        return s.stub().search(b.setDsl(expr).build());
    }

    @Test
    void aFilterOfAMillionOrsIsRefusedBeforeParsing() {
        StringBuilder ors = new StringBuilder("id == 0");
        for (int i = 1; i < 1_000_000; i++) {
            ors.append(" or id == ").append(i);
        }
        Status st = searchWith("{}", ors.toString()).getStatus();
        assertClientError(st, "expression is too long");
        // the reason quotes the start of the filter, not all 16 MB of it
        assertThat(st.getReason().length()).isLessThan(1024);
        QueryResults q = s.query(C, ors.toString());
        assertClientError(q.getStatus(), "expression is too long");
        stillServes();
    }

    @Test
    void searchesNamingAnInvalidCollectionAnswerCollectionNotFoundAsMilvusSearchTaskDoes() {
        Status search = s.stub()
                .search(WireRequests.search("12-s", "3", new float[] {0, 0, 0, 0})
                        .build())
                .getStatus();
        assertThat(search.getCode()).isEqualTo(100);
        assertThat(search.getReason()).isEqualTo("collection not found[database=default][collection=12-s]");
        Status hybrid = s.stub()
                .hybridSearch(hybrid(1, "3")
                        .setCollectionName("12-s")
                        .addRankParams(kv("strategy", "rrf"))
                        .addRankParams(kv("params", "{\"k\": 60}"))
                        .build())
                .getStatus();
        assertThat(hybrid.getCode()).isEqualTo(100);
        assertThat(hybrid.getReason()).isEqualTo("collection not found[database=default][collection=12-s]");
    }

    @Test
    void aMillionRadiiAreRefusedNamingRadius() {
        String radii =
                IntStream.range(0, 1_000_000).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
        assertClientError(searchWith("{\"radius\": " + radii + "}", "").getStatus(), "radius");
        stillServes();
    }

    @Test
    void groupSizeZeroAndBeyondTheMaximumAreRefused() {
        for (String size : new String[] {"0", "11", "1000000000000"}) {
            SearchRequest.Builder b = WireRequests.search(C, "3", new float[] {0, 0, 0, 0})
                    .addSearchParams(kv("group_by_field", "id"))
                    .addSearchParams(kv("group_size", size));
            assertClientError(s.stub().search(b.build()).getStatus(), "group size");
        }
        stillServes();
    }

    private HybridSearchRequest.Builder hybrid(int nq, String limit) {
        float[][] qs = new float[nq][];
        Arrays.fill(qs, new float[] {0, 0, 0, 0});
        return HybridSearchRequest.newBuilder()
                .setCollectionName(C)
                .addRequests(WireRequests.search(C, limit, qs))
                .addRequests(WireRequests.search(C, limit, qs))
                .addRankParams(kv("limit", limit));
    }

    @Test
    void aRankerWithAThousandWeightsIsRefusedAsAMismatch() {
        String weights = IntStream.range(0, 1000).mapToObj(i -> "0.5").collect(Collectors.joining(",", "[", "]"));
        Status st = s.stub()
                .hybridSearch(hybrid(1, "3")
                        .addRankParams(kv("strategy", "weighted"))
                        .addRankParams(kv("params", "{\"weights\": " + weights + "}"))
                        .build())
                .getStatus();
        assertClientError(st, "the length of weights param mismatch with ann search requests");
        stillServes();
    }

    @Test
    void aHybridSearchOverTheResultWindowIsRefused() {
        Status st = s.stub()
                .hybridSearch(hybrid(2, "16385")
                        .addRankParams(kv("strategy", "rrf"))
                        .addRankParams(kv("params", "{\"k\": 60}"))
                        .build())
                .getStatus();
        assertClientError(st, "16384");
        stillServes();
    }

    @Test
    void tenMegabyteTextsAreRefusedOnInsertAndAnsweredAsAQuery() {
        String big = "word ".repeat(TEN_MB / 5);
        Status insert = s.stub()
                .insert(InsertRequest.newBuilder()
                        .setCollectionName(T)
                        .addFieldsData(WireRequests.ids(3))
                        .addFieldsData(texts(big))
                        .setNumRows(1)
                        .build())
                .getStatus();
        assertClientError(insert, "text");
        SearchResults r = s.stub().search(textSearch(T, big + " fox"));
        assertOk(r.getStatus());
        assertThat(r.getResults().getIds().getIntId().getDataList()).containsExactly(1L);
        stillServes();
    }
}
