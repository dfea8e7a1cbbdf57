package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static io.partita.server.engine.EngineFixture.DIM;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.Reasons;
import io.partita.server.model.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Milvus's size limits on inserts, schemas, reasons and search results (issue 18, defects 5, 6, 7 and 9). */
class EngineLimitsTest {
    @TempDir
    Path dir;

    @Test
    void anInsertWhoseColumnsDoNotHoldTheDeclaredNumRowsIsRefused() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            List<FieldColumn> three = EngineFixture.rows(0, 3, DIM, new Random(1));

            EngineException refused = LifecycleTestBase.refused(() -> e.insert(C, "", three, 2_147_483_647L));

            assertThat(refused.reason())
                    .isEqualTo("the num_rows (3) of field (id) is not equal to passed num_rows (2147483647)");
            assertThat(refused.code()).isEqualTo(1100);
            assertThat(e.insert(C, "", three, 3).count()).isEqualTo(3);
        }
    }

    @Test
    void aSchemaWithMoreThan64FieldsIsRefusedWithMilvussMessage() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            List<FieldSchema> fields = new ArrayList<>();
            fields.add(FieldSchema.int64Key("id", false));
            fields.add(FieldSchema.floatVector("vec", 4));
            for (int i = 0; i < 63; i++) {
                fields.add(FieldSchema.scalar("f" + i, DataType.INT64));
            }
            CollectionSchema wide = new CollectionSchema("wide", "", fields, 1, 0);

            assertThat(LifecycleTestBase.refused(() -> e.createCollection(wide)).reason())
                    .isEqualTo("maximum field's number should be limited to 64");
        }
    }

    /**
     * Milvus 2.6 keeps {@code proxy.maxVectorFieldNum} at 4 (milvus-io/milvus#49193 put the 2.6
     * tests back to 4 "to match server limit"; the default became 10 on master only, #47866).
     */
    @Test
    void milvus26AcceptsFourVectorFieldsAndRefusesAFifth() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            List<FieldSchema> fields = new ArrayList<>();
            fields.add(FieldSchema.int64Key("id", false));
            for (int i = 0; i < 4; i++) {
                fields.add(FieldSchema.floatVector("v" + i, 8));
            }
            e.createCollection(new CollectionSchema("four", "", fields, 1, 0));
            assertThat(e.hasCollection("four")).isTrue();
            fields.add(FieldSchema.floatVector("v4", 8));
            EngineException refused =
                    LifecycleTestBase.refused(() -> e.createCollection(new CollectionSchema("five", "", fields, 1, 0)));
            assertThat(refused.code()).isEqualTo(1100);
            assertThat(refused.reason()).isEqualTo("maximum vector field's number should be limited to 4");
        }
    }

    @Test
    void aSchemaWithMoreThanFourVectorFieldsIsRefused() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            List<FieldSchema> fields = new ArrayList<>();
            fields.add(FieldSchema.int64Key("id", false));
            for (int i = 0; i < 5; i++) {
                fields.add(FieldSchema.floatVector("v" + i, 32768));
            }
            CollectionSchema many = new CollectionSchema("many", "", fields, 1, 0);

            assertThat(LifecycleTestBase.refused(() -> e.createCollection(many)).reason())
                    .isEqualTo("maximum vector field's number should be limited to 4");
        }
    }

    @Test
    void aDimensionOver32768IsRefused() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            assertThat(LifecycleTestBase.refused(() -> e.createCollection(EngineFixture.schema("big", 32769)))
                            .reason())
                    .contains("should be in range 1 ~ 32768");
        }
    }

    @Test
    void aTenMegabyteNameComesBackAsABoundedReason() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            String name = "x".repeat(10 << 20);

            String reason = LifecycleTestBase.refused(() -> e.createCollection(EngineFixture.schema(name, 4)))
                    .reason();

            assertThat(reason).startsWith("Invalid collection name: xxx").endsWith("more characters)");
            assertThat(reason.length()).isLessThan(Reasons.MAX_CHARS + 64);
        }
    }

    @Test
    void aSearchWhoseResultWouldPassMaxOutputSizeIsRefusedBeforeScanning() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 10);
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            int nq = 16_384;
            float[] queries = new float[nq * DIM];
            SearchRequest huge = new SearchRequest(
                    C,
                    List.of(),
                    "vec",
                    FieldColumn.floatVectors("vec", DIM, queries),
                    16_384,
                    "L2",
                    Map.of(),
                    "",
                    List.of(),
                    -1);

            long start = System.nanoTime();
            EngineException refused = LifecycleTestBase.refused(() -> e.search(huge));

            assertThat(refused.reason()).isEqualTo("search results exceed the maxOutputSize Limit 104857600");
            assertThat(refused.code()).isEqualTo(1100);
            assertThat(System.nanoTime() - start).as("refused before any work").isLessThan(2_000_000_000L);
            assertThat(e.search(EngineFixture.searchRequest(C, List.of(), new float[DIM], 5))
                            .ids()
                            .rowCount())
                    .isEqualTo(5);
        }
    }

    @Test
    void aQueryIsMeasuredByWhatItsRowsHoldNotByTheDeclaredTextLength() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            // a VARCHAR(65535) output field: 1,700 short texts are a small answer (Milvus compares the
            // gathered result with maxOutputSize), 1,650 texts of 64,000 characters are 105.6 MB
            createWideText(e);
            insertTexts(e, 0, 1_700, "t");
            e.loadCollection("wide_text", 1);
            EngineFixture.awaitLoaded(e, "wide_text", List.of());
            assertThat(e.query(new QueryRequest("wide_text", "id >= 0", List.of("text"), List.of(), -1, 0))
                            .get(0)
                            .rowCount())
                    .isEqualTo(1_700);

            insertTexts(e, 10_000, 1_650, "x".repeat(64_000));
            EngineException refused = LifecycleTestBase.refused(
                    () -> e.query(new QueryRequest("wide_text", "id >= 0", List.of("text"), List.of(), -1, 0)));
            assertThat(refused.reason()).isEqualTo("query results exceed the maxOutputSize Limit 104857600");
            assertThat(refused.code()).isEqualTo(1100);
            assertThat(e.query(new QueryRequest("wide_text", "id >= 10000", List.of("text"), List.of(), 100, 0))
                            .get(0)
                            .rowCount())
                    .as("a limit under the bound is served")
                    .isEqualTo(100);
        }
    }

    private static void createWideText(Engine e) {
        e.createCollection(new CollectionSchema(
                "wide_text",
                "",
                List.of(
                        FieldSchema.int64Key("id", false),
                        new FieldSchema(0, "text", "", DataType.VARCHAR, false, false, Map.of("max_length", "65535")),
                        FieldSchema.floatVector("vec", 2)),
                1,
                0));
    }

    private static void insertTexts(Engine e, long firstId, int n, String text) {
        long[] ids = new long[n];
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids[i] = firstId + i;
            texts.add(text.length() > 8 ? text : text + i);
        }
        e.insert(
                "wide_text",
                "",
                List.of(
                        FieldColumn.longs("id", ids),
                        FieldColumn.varchars("text", texts),
                        FieldColumn.floatVectors("vec", 2, new float[2 * n])));
    }
}
