package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON fields and the dynamic field: insert checks, JSON paths in filters, output, restart. */
class JsonAndDynamicFieldTest {
    static final String C = "docs";

    @TempDir
    Path dir;

    static CollectionSchema schema() {
        return new CollectionSchema(
                C,
                "",
                List.of(
                        FieldSchema.int64Key("id", false),
                        FieldSchema.scalar("info", DataType.JSON),
                        FieldSchema.floatVector("vec", 4)),
                1,
                0,
                true);
    }

    static byte[][] json(List<String> docs) {
        byte[][] out = new byte[docs.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = docs.get(i).getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    /** Row i: info {"a":{"b":i},"tags":[i,i+1],"name":"n<i>"}, $meta {"color":"red"|"blue","n":i}. */
    static List<FieldColumn> rows(long first, int n) {
        long[] ids = new long[n];
        List<String> info = new ArrayList<>();
        List<String> meta = new ArrayList<>();
        float[] vec = new float[n * 4];
        Random rnd = new Random(first);
        for (int i = 0; i < n; i++) {
            long id = first + i;
            ids[i] = id;
            info.add("{\"a\":{\"b\":" + id + "},\"tags\":[" + id + "," + (id + 1) + "],\"name\":\"n" + id
                    + "\",\"pairs\":[[" + id + ",\"x\"],[" + (id + 1) + "]]}");
            meta.add("{\"color\":\"" + (id % 2 == 1 ? "red" : "blue") + "\",\"n\":" + id + "}");
        }
        for (int i = 0; i < vec.length; i++) {
            vec[i] = rnd.nextFloat();
        }
        return List.of(
                FieldColumn.longs("id", ids),
                FieldColumn.jsons("info", json(info)),
                FieldColumn.jsons("$meta", json(meta)),
                FieldColumn.floatVectors("vec", 4, vec));
    }

    static List<Long> ids(Engine e, String expr) {
        List<FieldColumn> cols = e.query(new QueryRequest(C, expr, List.of(), List.of(), -1, 0));
        List<Long> out = new ArrayList<>();
        for (long id : cols.get(0).longs()) {
            out.add(id);
        }
        return out;
    }

    static void load(Engine e) {
        e.loadCollection(C, 1);
        EngineFixture.awaitLoaded(e, C, List.of());
    }

    @Test
    void theDynamicFieldIsAddedLastAndDescribedAsDynamic() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema());
            CollectionSchema s = e.describeCollection(C).schema();
            assertThat(s.enableDynamicField()).isTrue();
            FieldSchema last = s.fields().get(s.fields().size() - 1);
            assertThat(last.name()).isEqualTo("$meta");
            assertThat(last.dynamic()).isTrue();
            assertThat(last.dataType()).isEqualTo(DataType.JSON);
            assertThat(last.fieldId()).isEqualTo(103);
        }
    }

    @Test
    void jsonPathsDynamicKeysAndContainsFilterRows() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema());
            e.insert(C, "", rows(0, 10));
            load(e);
            assertThat(ids(e, "info[\"a\"][\"b\"] > 6")).containsExactly(7L, 8L, 9L);
            assertThat(ids(e, "info['tags'][1] == 3")).containsExactly(2L);
            assertThat(ids(e, "color == \"red\" and n < 5")).containsExactly(1L, 3L);
            assertThat(ids(e, "$meta[\"n\"] in [2, 4.0, 100]")).containsExactly(2L, 4L);
            assertThat(ids(e, "json_contains(info[\"tags\"], 5)")).containsExactly(4L, 5L);
            assertThat(ids(e, "json_contains_all(info[\"tags\"], [5, 6])")).containsExactly(5L);
            assertThat(ids(e, "JSON_CONTAINS_ANY(info[\"tags\"], [0, 9])")).containsExactly(0L, 8L, 9L);
            assertThat(ids(e, "info[\"name\"] like \"n1%\"")).containsExactly(1L);
            assertThat(ids(e, "missing is null and id < 2")).containsExactly(0L, 1L);
            assertThat(ids(e, "missing > 1 or missing == \"x\"")).isEmpty();
            assertThat(ids(e, "array_length(info[\"tags\"]) == 2 and id == 3")).containsExactly(3L);
            // lists of lists, as Milvus's grammar allows them
            assertThat(ids(e, "json_contains_any(info[\"pairs\"], [[3, \"x\"], [100]])"))
                    .containsExactly(3L);
            assertThat(ids(e, "json_contains_all(info['pairs'], [[2, 'x'], [3]])"))
                    .containsExactly(2L);
            assertThat(ids(e, "json_contains(info[\"pairs\"], [5])")).containsExactly(4L);
            assertThat(ids(e, "exists info['a']['b'] and id < 2")).containsExactly(0L, 1L);
            assertThat(ids(e, "EXISTS info[\"nope\"]")).isEmpty();
            assertThat(ids(e, "exists color and not exists missing and id < 3")).containsExactly(0L, 1L, 2L);
            // a number compared with a string matches no row rather than failing
            assertThat(ids(e, "color > 1")).isEmpty();
        }
    }

    @Test
    void outputStarAndDynamicKeysReturnTheDynamicColumn() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema());
            e.insert(C, "", rows(0, 3));
            load(e);
            List<FieldColumn> star = e.query(new QueryRequest(C, "id == 1", List.of("*"), List.of(), -1, 0));
            assertThat(star).extracting(FieldColumn::name).containsExactly("id", "info", "vec", "$meta");
            assertThat(new String(star.get(3).jsonBytes()[0], StandardCharsets.UTF_8))
                    .isEqualTo("{\"color\":\"red\",\"n\":1}");
            List<FieldColumn> byKey = e.query(new QueryRequest(C, "id == 2", List.of("color"), List.of(), -1, 0));
            assertThat(byKey).extracting(FieldColumn::name).containsExactly("id", "$meta");
            for (String bad : List.of("*%", "**", "@")) {
                EngineException refused = catchThrowableOfType(
                        EngineException.class,
                        () -> e.query(new QueryRequest(C, "id == 2", List.of("*", bad), List.of(), -1, 0)));
                assertThat(refused.reason()).isEqualTo("parse output field name failed: " + bad);
            }
        }
    }

    @Test
    void rowsWithoutTheDynamicColumnGetAnEmptyObject() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema());
            List<FieldColumn> r = rows(0, 2);
            e.insert(C, "", List.of(r.get(0), r.get(1), r.get(3)));
            load(e);
            List<FieldColumn> out = e.query(new QueryRequest(C, "id >= 0", List.of("$meta"), List.of(), -1, 0));
            assertThat(new String(out.get(1).jsonBytes()[1], StandardCharsets.UTF_8))
                    .isEqualTo("{}");
        }
    }

    @Test
    void jsonAndDynamicRowsSurviveARestartFromSegmentsAndTheLog() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema());
            e.insert(C, "", rows(0, 5));
            e.flush(List.of(C));
            e.insert(C, "", rows(5, 5));
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            assertThat(e.describeCollection(C).schema().enableDynamicField()).isTrue();
            load(e);
            assertThat(ids(e, "info[\"a\"][\"b\"] >= 3 and color == \"red\"")).containsExactly(3L, 5L, 7L, 9L);
        }
    }

    @Test
    void malformedJsonIsRefusedNamingFieldAndRow() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema());
            List<FieldColumn> r = rows(0, 3);
            List<FieldColumn> bad = List.of(
                    r.get(0), FieldColumn.jsons("info", json(List.of("{}", "{\"a\":", "1"))), r.get(2), r.get(3));
            EngineException refused = LifecycleTestBase.refused(() -> e.insert(C, "", bad));
            assertThat(refused.code()).isEqualTo(1100);
            assertThat(refused.reason()).startsWith("invalid JSON in field info at row 1: ");

            List<FieldColumn> notObject =
                    List.of(r.get(0), r.get(1), FieldColumn.jsons("$meta", json(List.of("{}", "[1]", "{}"))), r.get(3));
            assertThat(LifecycleTestBase.refused(() -> e.insert(C, "", notObject))
                            .reason())
                    .contains("$meta at row 1 must be a JSON object");

            List<FieldColumn> shadow = List.of(
                    r.get(0), r.get(1), FieldColumn.jsons("$meta", json(List.of("{}", "{\"id\":1}", "{}"))), r.get(3));
            assertThat(LifecycleTestBase.refused(() -> e.insert(C, "", shadow)).reason())
                    .isEqualTo("dynamic field name cannot include the static field name: id");
            assertThat(e.collectionRowCount(C)).isZero();
        }
    }

    @Test
    void theDynamicColumnIsRefusedWithoutDynamicFields() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(EngineFixture.schema("plain", 8));
            List<FieldColumn> r = new ArrayList<>(EngineFixture.rows(0, 1, 8, new Random(1)));
            r.add(FieldColumn.jsons("$meta", json(List.of("{}"))));
            assertThat(LifecycleTestBase.refused(() -> e.insert("plain", "", r)).reason())
                    .isEqualTo("without dynamic schema enabled, the field name cannot be set to $meta");
        }
    }

    @Test
    void aJsonPathOnANonJsonFieldIsAnExpressionError() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema());
            e.insert(C, "", rows(0, 1));
            load(e);
            EngineException refused = LifecycleTestBase.refused(() -> ids(e, "id[\"a\"] > 1"));
            assertThat(refused.code()).isEqualTo(1100);
            assertThat(refused.reason()).contains("is not a JSON field");
        }
    }
}
