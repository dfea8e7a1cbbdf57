package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ARRAY fields: capacity and element checks, array_contains/array_length/indexing, restart. */
class ArrayFieldTest {
    static final String C = "arrays";

    @TempDir
    Path dir;

    static CollectionSchema schema(String capacity) {
        return new CollectionSchema(
                C,
                "",
                List.of(
                        FieldSchema.int64Key("id", false),
                        new FieldSchema(
                                0,
                                "nums",
                                "",
                                DataType.ARRAY,
                                false,
                                false,
                                Map.of("max_capacity", capacity, FieldSchema.ELEMENT_TYPE, "5")),
                        FieldSchema.floatVector("vec", 2)),
                1,
                0);
    }

    static List<FieldColumn> rows(String... arrays) {
        long[] ids = new long[arrays.length];
        byte[][] v = new byte[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            ids[i] = i;
            v[i] = arrays[i].getBytes(StandardCharsets.UTF_8);
        }
        return List.of(
                FieldColumn.longs("id", ids),
                FieldColumn.arrays("nums", DataType.INT64, v),
                FieldColumn.floatVectors("vec", 2, new float[2 * arrays.length]));
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

    @Test
    void arrayFunctionsAndIndexingFilterRowsAfterARestart() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema("4"));
            e.insert(C, "", rows("[1,2]", "[]", "[3,4,5]"));
            e.flush(List.of(C));
            e.insert(C, "", rows("[2]"));
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            assertThat(e.describeCollection(C).schema().field("nums").elementType())
                    .isEqualTo(DataType.INT64);
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            // both rows with id 0 match; a query answers one row per primary key (the newest)
            assertThat(ids(e, "array_contains(nums, 2)")).containsExactly(0L);
            assertThat(ids(e, "array_contains_any(nums, [5, 9])")).containsExactly(2L);
            assertThat(ids(e, "array_contains_all(nums, [1, 2])")).containsExactly(0L);
            assertThat(ids(e, "array_length(nums) == 0")).containsExactly(1L);
            assertThat(ids(e, "nums[1] > 3")).containsExactly(2L);
        }
    }

    @Test
    void moreElementsThanTheCapacityAreRefusedNamingFieldAndRow() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema("2"));
            assertThat(LifecycleTestBase.refused(() -> e.insert(C, "", rows("[1]", "[1,2,3]")))
                            .reason())
                    .isEqualTo("the length (3) of 1th array exceeds max capacity (2), field nums");
        }
    }

    @Test
    void aCapacityOutOfRangeOrAMissingElementTypeIsRefusedAtCreate() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            assertThat(LifecycleTestBase.refused(() -> e.createCollection(schema("5000")))
                            .code())
                    .isEqualTo(1100);
            CollectionSchema noElement = new CollectionSchema(
                    C,
                    "",
                    List.of(
                            FieldSchema.int64Key("id", false),
                            new FieldSchema(0, "nums", "", DataType.ARRAY, false, false, Map.of("max_capacity", "4")),
                            FieldSchema.floatVector("vec", 2)),
                    1,
                    0);
            assertThat(LifecycleTestBase.refused(() -> e.createCollection(noElement))
                            .reason())
                    .contains("array field nums is not supported");
        }
    }
}
