package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.IndexDescription;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON path indexes under profile milvus-2.6 (docs/profiles.md row 54): several per JSON field,
 * named after field and path when unnamed, described with their params, kept across a restart and
 * dropped by name; Milvus's refusals for a missing or unsupported cast type and a bad path; filters
 * on the indexed path answer as they do without the index. Milvus 2.1 refuses them as before.
 */
class JsonPathIndexTest {
    private static final String C = "docs";

    @TempDir
    Path dir;

    private static CollectionSchema schema() {
        return new CollectionSchema(
                C,
                "",
                List.of(
                        FieldSchema.int64Key("id", false),
                        FieldSchema.scalar("my_json", DataType.JSON),
                        new FieldSchema(0, "name", "", DataType.VARCHAR, false, false, Map.of("max_length", "16")),
                        FieldSchema.floatVector("vec", 2)),
                1,
                0);
    }

    private static Map<String, String> index(String type, String cast, String path) {
        return Map.of("index_type", type, "json_cast_type", cast, "json_path", path);
    }

    private static void insert(Engine e, int n) {
        long[] ids = new long[n];
        byte[][] docs = new byte[n][];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
            String doc = i % 5 == 4 ? "{\"a\": [{\"b\": " + i + "}, 2]}" : "{\"a\": {\"b\": " + i + "}}";
            docs[i] = doc.getBytes(StandardCharsets.UTF_8);
        }
        e.insert(
                C,
                "",
                List.of(
                        FieldColumn.longs("id", ids),
                        FieldColumn.jsons("my_json", docs),
                        FieldColumn.varchars("name", java.util.Collections.nCopies(n, "x")),
                        FieldColumn.floatVectors("vec", 2, new float[2 * n])));
    }

    private static long[] query(Engine e, String filter) {
        return e.query(new QueryRequest(C, filter, List.of(), List.of(), -1, 0))
                .get(0)
                .longs();
    }

    private static EngineException refusal(Engine e, String name, Map<String, String> params) {
        return catchThrowableOfType(EngineException.class, () -> e.createIndex(C, "my_json", name, params));
    }

    @Test
    void severalPathIndexesOnOneFieldAreNamedDescribedKeptAndDropped() {
        long[] before;
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schema());
            insert(e, 40);
            e.createIndex(C, "vec", "", Map.of("index_type", "FLAT", "metric_type", "L2"));
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            before = query(e, "my_json['a']['b'] >= 10");
            e.releaseCollection(C);

            e.createIndex(C, "my_json", "", index("INVERTED", "double", "my_json['a']['b']"));
            e.createIndex(C, "my_json", "", index("STL_SORT", "VARCHAR", "my_json['a']"));
            e.createIndex(C, "my_json", "", Map.of("index_type", "INVERTED", "json_cast_type", "json"));
            e.createIndex(C, "my_json", "", index("BITMAP", "BOOL", "my_json['a'][0]['b']"));
            e.createIndex(C, "my_json", "by_double", index("INVERTED", "DOUBLE", "my_json[\"a\"][0]"));
            // the same request again is accepted and changes nothing
            e.createIndex(C, "my_json", "", index("INVERTED", "double", "my_json['a']['b']"));

            assertThat(e.describeIndexes(C, "my_json", ""))
                    .extracting(IndexDescription::indexName)
                    .containsExactlyInAnyOrder("my_json/a/b", "my_json/a", "my_json", "my_json/a/0/b", "by_double");
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            IndexDescription ab = e.describeIndexes(C, "", "my_json/a/b").get(0);
            assertThat(ab.fieldName()).isEqualTo("my_json");
            assertThat(ab.params())
                    .containsEntry("index_type", "INVERTED")
                    .containsEntry("json_cast_type", "DOUBLE")
                    .containsEntry("json_path", "my_json['a']['b']");
            assertThat(e.describeIndexes(C, "", "my_json").get(0).params())
                    .containsEntry("json_cast_type", "JSON")
                    .containsEntry("json_path", "my_json");

            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            assertThat(query(e, "my_json['a']['b'] >= 10")).containsExactlyInAnyOrder(before);
            assertThat(before).hasSize(24); // 10..39 less the six rows whose 'a' is an array

            e.dropIndex(C, "my_json", "my_json/a");
            assertThat(e.describeIndexes(C, "my_json", ""))
                    .extracting(IndexDescription::indexName)
                    .doesNotContain("my_json/a")
                    .hasSize(4);
        }
    }

    @Test
    void badCastTypesPathsAndDuplicatesGetMilvussRefusals() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schema());

            EngineException noCast = refusal(e, "", Map.of("index_type", "INVERTED", "json_path", "my_json['a']"));
            assertThat(noCast.code()).isEqualTo(1101);
            assertThat(noCast.reason())
                    .isEqualTo("json index must specify cast type: missing parameter[missing_param=json_cast_type]");

            EngineException badCast = refusal(e, "", index("INVERTED", "12-s", "my_json['a']"));
            assertThat(badCast.code()).isEqualTo(1100);
            assertThat(badCast.reason()).isEqualTo("json_cast_type 12-s is not supported: invalid parameter");
            EngineException int64Cast = refusal(e, "", index("INVERTED", "INT64", "my_json['a']"));
            assertThat(int64Cast.reason()).contains("is not supported");
            EngineException boolSort = refusal(e, "", index("STL_SORT", "BOOL", "my_json['a']"));
            assertThat(boolSort.reason())
                    .isEqualTo("json_cast_type BOOL is not supported for STL_SORT index: invalid parameter");

            EngineException trie = refusal(e, "", index("TRIE", "VARCHAR", "my_json['a']"));
            assertThat(trie.reason()).isEqualTo("TRIE are only supported on varchar field");
            EngineException badType = refusal(e, "", index("12 s", "DOUBLE", "my_json['a']"));
            assertThat(badType.reason())
                    .isEqualTo("invalid parameter[expected=valid index][actual=invalid index type: 12 s]");

            EngineException numberPath = refusal(e, "", index("INVERTED", "DOUBLE", "1"));
            assertThat(numberPath.code()).isEqualTo(65535);
            assertThat(numberPath.reason()).isEqualTo("cannot parse identifier: 1");
            EngineException slashPath = refusal(e, "", index("INVERTED", "DOUBLE", "/"));
            assertThat(slashPath.code()).isEqualTo(65535);
            assertThat(slashPath.reason()).contains("mismatched input '/'");

            EngineException badFunction = refusal(
                    e,
                    "",
                    Map.of(
                            "index_type", "INVERTED",
                            "json_cast_type", "VARCHAR",
                            "json_path", "my_json['a']",
                            "json_cast_function", "STRING_TO_DOUBLE"));
            assertThat(badFunction.reason())
                    .isEqualTo("json_cast_function STRING_TO_DOUBLE is not supported for json_cast_type VARCHAR:"
                            + " invalid parameter");
            e.createIndex(
                    C,
                    "my_json",
                    "price",
                    Map.of(
                            "index_type", "INVERTED",
                            "json_cast_type", "DOUBLE",
                            "json_path", "my_json['price']",
                            "json_cast_function", "string_to_double"));

            e.createIndex(C, "my_json", "json_index", index("INVERTED", "DOUBLE", "my_json['a']"));
            EngineException sameNameOtherCast = refusal(e, "json_index", index("INVERTED", "VARCHAR", "my_json['a']"));
            assertThat(sameNameOtherCast.code()).isEqualTo(1100);
            assertThat(sameNameOtherCast.reason()).contains("at most one distinct index is allowed per field");
            EngineException samePathOtherName = refusal(e, "json_index_2", index("INVERTED", "DOUBLE", "my_json['a']"));
            assertThat(samePathOtherName.code()).isEqualTo(65535);
            assertThat(samePathOtherName.reason())
                    .isEqualTo("CreateIndex failed: creating multiple indexes on same field is not supported");
        }
    }

    @Test
    void milvus21RefusesAnIndexOnAJsonField() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1)) {
            e.createCollection(schema());
            assertThat(refusal(e, "", index("INVERTED", "DOUBLE", "my_json['a']"))
                            .reason())
                    .contains("cannot create index on non-vector field: my_json");
        }
    }

    /** {@link #schema()} without the JSON field, with the dynamic field enabled or not. */
    private static CollectionSchema schemaWithoutJson(boolean dynamic) {
        return new CollectionSchema(
                C, "", List.of(FieldSchema.int64Key("id", false), FieldSchema.floatVector("vec", 2)), 1, 0, dynamic);
    }

    @Test
    void aKeyOfTheDynamicFieldTakesPathIndexesNamedAfterMeta() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schemaWithoutJson(true));
            e.createIndex(C, "my_json", "", index("INVERTED", "double", "my_json['a']['b']"));
            e.createIndex(C, "my_json", "", index("AUTOINDEX", "varchar", "my_json"));
            // the same request twice is a success, as for a JSON field
            e.createIndex(C, "my_json", "", index("INVERTED", "double", "my_json['a']['b']"));

            IndexDescription ab = e.describeIndexes(C, "", "$meta/my_json/a/b").get(0);
            assertThat(ab.fieldName()).isEqualTo("my_json");
            assertThat(ab.params())
                    .containsEntry("json_path", "my_json['a']['b']")
                    .containsEntry("json_cast_type", "DOUBLE");
            assertThat(e.describeIndexes(C, "my_json", "")).hasSize(2);
            assertThat(e.describeIndexes(C, "", "$meta/my_json").get(0).params())
                    .containsEntry("index_type", "INVERTED");

            EngineException otherKey = refusal(e, "", index("INVERTED", "double", "other['a']"));
            assertThat(otherKey.code()).isEqualTo(1100);
            assertThat(otherKey.reason()).contains("must start with the name of the indexed field my_json");

            e.dropIndex(C, "", "$meta/my_json/a/b");
            assertThat(e.describeIndexes(C, "my_json", ""))
                    .extracting(IndexDescription::indexName)
                    .containsExactly("$meta/my_json");
        }
    }

    @Test
    void aMissingFieldWithoutTheDynamicFieldIsRefusedWithEachProfilesText() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schemaWithoutJson(false));
            EngineException missing = refusal(e, "", index("INVERTED", "double", "my_json['a']"));
            assertThat(missing.code()).isEqualTo(65535);
            assertThat(missing.reason()).isEqualTo("cannot create index on non-exist field: my_json");
        }
        try (Engine e = EngineFixture.open(dir.resolve("2.3"), Profile.MILVUS_2_3)) {
            e.createCollection(schemaWithoutJson(true));
            EngineException missing = refusal(e, "", index("INVERTED", "double", "my_json['a']"));
            assertThat(missing.code()).isEqualTo(1100);
            assertThat(missing.reason()).isEqualTo("cannot create index on non-existed field: my_json");
        }
    }
}
