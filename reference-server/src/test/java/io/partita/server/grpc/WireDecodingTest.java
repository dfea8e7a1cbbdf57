package io.partita.server.grpc;

import static io.partita.server.grpc.WireRequests.kv;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.partita.server.model.SearchRequest;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.DataType;
import io.partita.wire.ErrorCode;
import io.partita.wire.FieldData;
import io.partita.wire.FieldSchema;
import io.partita.wire.InsertRequest;
import io.partita.wire.ScalarField;
import io.partita.wire.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the adapter decodes itself (before the engine sees anything): right values in, named errors out. */
class WireDecodingTest {
    @TempDir
    Path dir;

    private final FakeEngine engine = new FakeEngine();
    private AdapterHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new AdapterHarness(engine, dir, false);
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    private static void assertInvalid(Status s, String reasonContains) {
        assertThat(s.getErrorCode()).isEqualTo(ErrorCode.IllegalArgument);
        assertThat(s.getCode()).isEqualTo(1100);
        assertThat(s.getReason()).contains(reasonContains);
    }

    @Test
    void searchDecodesLittleEndianQueryVectorsAndEverySearchParam() {
        Status s = h.stub.search(WireRequests.search("c", "7", new float[] {1f, -2.5f}, new float[] {3f, 4f})
                        .addSearchParams(kv("offset", "3"))
                        .setDsl("id > 5")
                        .addOutputFields("id")
                        .build())
                .getStatus();
        assertThat(s.getErrorCode()).isEqualTo(ErrorCode.Success);
        SearchRequest got = engine.lastSearch.get();
        assertThat(got.vectors().rowCount()).isEqualTo(2);
        assertThat(got.vectors().dim()).isEqualTo(2);
        assertThat(got.vectors().vectorFloats()).containsExactly(1f, -2.5f, 3f, 4f);
        assertThat(got.topK()).isEqualTo(7);
        assertThat(got.metricType()).isEqualTo("L2");
        assertThat(got.annsField()).isEqualTo("vec");
        assertThat(got.params()).containsEntry("nprobe", "10").containsEntry("offset", "3");
        assertThat(got.expr()).isEqualTo("id > 5");
        assertThat(got.roundDecimal()).isEqualTo(-1);
    }

    @Test
    void searchWithoutTopkIsRefusedNamingTheMissingKey() {
        io.partita.wire.SearchRequest.Builder r = WireRequests.search("c", "1", new float[] {1f});
        r.clearSearchParams().addSearchParams(kv("anns_field", "vec"));
        assertInvalid(h.stub.search(r.build()).getStatus(), "topk not found in search_params");
    }

    @Test
    void searchWithANonNumericTopkIsRefusedNamingTheValue() {
        assertInvalid(
                h.stub.search(WireRequests.search("c", "ten", new float[] {1f}).build())
                        .getStatus(),
                "topk [ten]");
    }

    @Test
    void aQuerysLimitAndOffsetMustStayInTheResultWindow() {
        String[][] cases = {
            {
                "16385",
                "0",
                "invalid max query result window, (offset+limit) should be in range [1, 16384], but got 16385"
            },
            {"1", "16384", "(offset+limit) should be in range [1, 16384], but got 16385"},
            {"2", "-1", "invalid max query result window, offset [-1] is invalid, should be gte than 0"},
            {"-1", "10", "invalid max query result window, limit [-1] is invalid, should be greater than 0"}
        };
        for (String[] c : cases) {
            io.partita.wire.QueryRequest q = io.partita.wire.QueryRequest.newBuilder()
                    .setCollectionName("c")
                    .addQueryParams(kv("limit", c[0]))
                    .addQueryParams(kv("offset", c[1]))
                    .build();
            assertInvalid(h.stub.query(q).getStatus(), c[2]);
        }
    }

    @Test
    void anIgnoreGrowingThatIsNotABooleanIsRefused() {
        for (String bad : new String[] {"2.3", "str"}) {
            io.partita.wire.QueryRequest q = io.partita.wire.QueryRequest.newBuilder()
                    .setCollectionName("c")
                    .addQueryParams(kv("ignore_growing", bad))
                    .build();
            assertInvalid(h.stub.query(q).getStatus(), "parse ignore growing field failed");
        }
    }

    @Test
    void aBlankTopkIsEchoedTrimmedAsMilvusDoes() {
        assertInvalid(
                h.stub.search(WireRequests.search("c", " ", new float[] {1f}).build())
                        .getStatus(),
                "topk [] is invalid");
    }

    @Test
    void searchWithoutQueryVectorsIsRefusedNamingNq() {
        assertInvalid(h.stub.search(WireRequests.search("c", "1").build()).getStatus(), "nq [0] is invalid");
    }

    @Test
    void searchWithAnUnparseablePlaceholderGroupIsRefused() {
        io.partita.wire.SearchRequest r = WireRequests.search("c", "1", new float[] {1f})
                .setPlaceholderGroup(ByteString.copyFromUtf8("\u00ff\u00ffnot a protobuf"))
                .build();
        assertInvalid(h.stub.search(r).getStatus(), "placeholder group");
    }

    @Test
    void searchWithMalformedParamsJsonIsRefusedNamingTheJson() {
        io.partita.wire.SearchRequest r = WireRequests.search("c", "1", new float[] {1f})
                .addSearchParams(kv("params", "{nprobe:"))
                .build();
        assertInvalid(h.stub.search(r).getStatus(), "{nprobe:");
    }

    @Test
    void insertWithoutFieldsIsRefusedNamingTheCollection() {
        assertInvalid(
                h.stub.insert(InsertRequest.newBuilder()
                                .setCollectionName("books")
                                .build())
                        .getStatus(),
                "books");
    }

    @Test
    void insertWhoseFieldDataDoesNotMatchItsDeclaredTypeIsRefusedNamingTheField() {
        FieldData wrong = FieldData.newBuilder()
                .setFieldName("vec")
                .setType(DataType.FloatVector)
                .setScalars(ScalarField.getDefaultInstance())
                .build();
        assertInvalid(
                h.stub.insert(InsertRequest.newBuilder()
                                .setCollectionName("c")
                                .addFieldsData(wrong)
                                .build())
                        .getStatus(),
                "field vec");
    }

    @Test
    void insertWithVectorDataThatIsNotAMultipleOfDimIsRefusedNamingTheField() {
        FieldData ragged = WireRequests.vectors(3, new float[] {1f, 2f, 3f, 4f});
        assertInvalid(
                h.stub.insert(InsertRequest.newBuilder()
                                .setCollectionName("c")
                                .addFieldsData(ragged)
                                .build())
                        .getStatus(),
                "field vec");
    }

    @Test
    void insertPassesDecodedColumnsToTheEngineAndReturnsTheirKeys() {
        io.partita.wire.MutationResult m = h.stub.insert(InsertRequest.newBuilder()
                .setCollectionName("c")
                .addFieldsData(WireRequests.ids(1, 2))
                .addFieldsData(WireRequests.vectors(2, new float[] {1, 2}, new float[] {3, 4}))
                .setNumRows(2)
                .build());
        assertThat(m.getStatus().getErrorCode()).isEqualTo(ErrorCode.Success);
        assertThat(m.getInsertCnt()).isEqualTo(2);
        assertThat(m.getIDs().getIntId().getDataCount()).isEqualTo(2);
        assertThat(engine.lastInsert.get().get(1).vectorFloats()).containsExactly(1f, 2f, 3f, 4f);
    }

    @Test
    void createCollectionWithAnUnsupportedDataTypeIsRefusedNamingTheField() {
        io.partita.wire.CollectionSchema schema = WireRequests.schema("c", 4).toBuilder()
                .addFields(FieldSchema.newBuilder().setName("shape").setDataType(DataType.ArrayOfVector))
                .build();
        assertInvalid(
                h.stub.createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName("c")
                        .setSchema(schema.toByteString())
                        .build()),
                "field shape");
    }

    @Test
    void createCollectionWhoseSchemaNamesAnotherCollectionIsRefusedNamingBoth() {
        assertInvalid(
                h.stub.createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName("a")
                        .setSchema(WireRequests.schema("b", 4).toByteString())
                        .build()),
                "schema.Name=b");
    }

    @Test
    void createCollectionPassesFieldsTypeParamsAndShardsToTheEngine() {
        Status s = h.stub.createCollection(CreateCollectionRequest.newBuilder()
                .setCollectionName("c")
                .setSchema(WireRequests.schema("c", 8).toByteString())
                .setShardsNum(2)
                .build());
        assertThat(s.getErrorCode()).isEqualTo(ErrorCode.Success);
        assertThat(engine.lastSchema.get().field("vec").dim()).isEqualTo(8);
        assertThat(engine.lastSchema.get().primaryKey().name()).isEqualTo("id");
        assertThat(engine.lastSchema.get().shardsNum()).isEqualTo(2);
    }
}
