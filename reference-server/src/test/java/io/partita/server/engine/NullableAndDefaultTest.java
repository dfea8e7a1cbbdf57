package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nullable fields and default values: insert may omit them, queries see null/default, is null. */
class NullableAndDefaultTest {
    static final String C = "nulls";

    @TempDir
    Path dir;

    static FieldSchema field(String name, DataType type, boolean nullable, Object def) {
        Map<String, String> params = type == DataType.VARCHAR ? Map.of("max_length", "32") : Map.of();
        return new FieldSchema(0, name, "", type, false, false, params, false, nullable, def);
    }

    static CollectionSchema schema() {
        return new CollectionSchema(
                C,
                "",
                List.of(
                        FieldSchema.int64Key("id", false),
                        field("age", DataType.INT64, true, null),
                        field("tag", DataType.VARCHAR, false, "none"),
                        field("score", DataType.DOUBLE, true, 1.5),
                        FieldSchema.floatVector("vec", 2)),
                1,
                0);
    }

    static FieldColumn vectors(int n) {
        return FieldColumn.floatVectors("vec", 2, new float[2 * n]);
    }

    static List<Long> ids(Engine e, String expr) {
        List<Long> out = new ArrayList<>();
        for (long id : e.query(new QueryRequest(C, expr, List.of(), List.of(), -1, 0))
                .get(0)
                .longs()) {
            out.add(id);
        }
        return out;
    }

    private static void load(Engine e) {
        e.loadCollection(C, 1);
        EngineFixture.awaitLoaded(e, C, List.of());
    }

    private static void insertMixed(Engine e) {
        // rows 0..3: age null at rows 1 and 3; tag null at row 2 (gets its default)
        e.insert(
                C,
                "",
                List.of(
                        FieldColumn.longs("id", new long[] {0, 1, 2, 3}),
                        FieldColumn.longs("age", new long[] {10, 0, 30, 0})
                                .withValid(new boolean[] {true, false, true, false}),
                        FieldColumn.varchars("tag", List.of("a", "b", "", "d"))
                                .withValid(new boolean[] {true, true, false, true}),
                        vectors(4)));
        // rows 4, 5 leave out every optional field
        e.insert(C, "", List.of(FieldColumn.longs("id", new long[] {4, 5}), vectors(2)));
    }

    @Test
    void omittedAndNullValuesBecomeNullOrTheDefault() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema());
            insertMixed(e);
            load(e);
            List<FieldColumn> out =
                    e.query(new QueryRequest(C, "id >= 0", List.of("age", "tag", "score"), List.of(), -1, 0));
            FieldColumn age = out.get(1);
            assertThat(age.valid()).containsExactly(true, false, true, false, false, false);
            assertThat(out.get(2).strings()).containsExactly("a", "b", "none", "d", "none", "none");
            assertThat(out.get(2).valid()).isNull();
            assertThat(out.get(3).doubles()).containsExactly(1.5, 1.5, 1.5, 1.5, 1.5, 1.5);
            assertThat(out.get(3).valid()).containsOnly(true);
        }
    }

    @Test
    void isNullAndComparisonsWithNullFollowMilvus() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema());
            insertMixed(e);
            load(e);
            assertThat(ids(e, "age is null")).containsExactly(1L, 3L, 4L, 5L);
            assertThat(ids(e, "age is not null")).containsExactly(0L, 2L);
            assertThat(ids(e, "age > 5")).containsExactly(0L, 2L);
            assertThat(ids(e, "age < 5 or id == 4")).containsExactly(4L);
            assertThat(ids(e, "tag == \"none\"")).containsExactly(2L, 4L, 5L);
            assertThat(ids(e, "tag is null")).isEmpty();
        }
    }

    @Test
    void nullsSurviveFlushAndRestart() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema());
            insertMixed(e);
            e.flush(List.of(C));
            e.insert(
                    C,
                    "",
                    List.of(
                            FieldColumn.longs("id", new long[] {6}),
                            FieldColumn.longs("age", new long[] {0}).withValid(new boolean[] {false}),
                            vectors(1)));
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            FieldSchema age = e.describeCollection(C).schema().field("age");
            assertThat(age.nullable()).isTrue();
            assertThat(e.describeCollection(C).schema().field("score").defaultValue())
                    .isEqualTo(1.5);
            load(e);
            assertThat(ids(e, "age is null")).containsExactly(1L, 3L, 4L, 5L, 6L);
        }
    }

    @Test
    void aNullInANonNullableFieldIsRefusedNamingFieldAndRow() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(new CollectionSchema(
                    C,
                    "",
                    List.of(
                            FieldSchema.int64Key("id", false),
                            field("age", DataType.INT64, false, null),
                            FieldSchema.floatVector("vec", 2)),
                    1,
                    0));
            List<FieldColumn> bad = List.of(
                    FieldColumn.longs("id", new long[] {0, 1}),
                    FieldColumn.longs("age", new long[] {1, 0}).withValid(new boolean[] {true, false}),
                    vectors(2));
            assertThat(LifecycleTestBase.refused(() -> e.insert(C, "", bad)).reason())
                    .isEqualTo("the value of field age at row 1 is null but the field is not nullable");
            assertThat(LifecycleTestBase.refused(() ->
                                    e.insert(C, "", List.of(FieldColumn.longs("id", new long[] {0}), vectors(1))))
                            .reason())
                    .isEqualTo("fieldSchema(age) has no corresponding fieldData pass in");
        }
    }

    @Test
    void nullableKeysAndMistypedDefaultsAreRefusedAtCreate() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            FieldSchema key = new FieldSchema(0, "id", "", DataType.INT64, true, false, Map.of(), false, true, null);
            assertThat(LifecycleTestBase.refused(() -> e.createCollection(
                                    new CollectionSchema(C, "", List.of(key, FieldSchema.floatVector("vec", 2)), 1, 0)))
                            .reason())
                    .isEqualTo("primary field not support null, field: id");
            assertThat(LifecycleTestBase.refused(() -> e.createCollection(new CollectionSchema(
                                    C,
                                    "",
                                    List.of(
                                            FieldSchema.int64Key("id", false),
                                            field("age", DataType.INT64, false, "x"),
                                            FieldSchema.floatVector("vec", 2)),
                                    1,
                                    0)))
                            .code())
                    .isEqualTo(1100);
        }
    }
}
