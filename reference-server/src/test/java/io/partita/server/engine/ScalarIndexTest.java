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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scalar indexes (INVERTED, STL_SORT, Trie, BITMAP; AUTOINDEX meaning INVERTED) are accepted on
 * scalar fields from profile milvus-2.3, recorded, described and kept across a restart; filters
 * answer the same with them. Milvus 2.1 refused any index on a non-vector field.
 */
class ScalarIndexTest {
    private static final String C = "scalars";

    @TempDir
    Path dir;

    private static CollectionSchema schema() {
        return new CollectionSchema(
                C,
                "",
                List.of(
                        FieldSchema.int64Key("id", false),
                        FieldSchema.scalar("age", DataType.INT64),
                        new FieldSchema(0, "name", "", DataType.VARCHAR, false, false, Map.of("max_length", "16")),
                        FieldSchema.scalar("score", DataType.DOUBLE),
                        FieldSchema.floatVector("vec", 2)),
                1,
                0);
    }

    private static Map<String, String> type(String t) {
        return Map.of("index_type", t);
    }

    @Test
    void scalarIndexesAreRecordedDescribedAndKept() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schema());
            e.insert(
                    C,
                    "",
                    List.of(
                            FieldColumn.longs("id", new long[] {1, 2, 3}),
                            FieldColumn.longs("age", new long[] {10, 20, 30}),
                            FieldColumn.varchars("name", List.of("a", "b", "c")),
                            FieldColumn.doubles("score", new double[] {0.5, 1.5, 2.5}),
                            FieldColumn.floatVectors("vec", 2, new float[6])));
            e.createIndex(C, "age", "age_idx", type("STL_SORT"));
            e.createIndex(C, "name", "", type("Trie"));
            e.createIndex(C, "score", "", type("AUTOINDEX"));
            e.createIndex(C, "vec", "", Map.of("index_type", "FLAT", "metric_type", "L2"));

            EngineException trieOnInt =
                    catchThrowableOfType(EngineException.class, () -> e.createIndex(C, "id", "", type("Trie")));
            assertThat(trieOnInt.code()).isEqualTo(1100);
            assertThat(trieOnInt.reason()).contains("Trie", "id");
            EngineException bitmapOnDouble = catchThrowableOfType(
                    EngineException.class, () -> e.createIndex(C, "score", "other", type("BITMAP")));
            assertThat(bitmapOnDouble.code()).isEqualTo(1100);
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            assertThat(e.describeIndexes(C, "age", ""))
                    .extracting(IndexDescription::indexName)
                    .containsExactly("age_idx");
            assertThat(e.describeIndexes(C, "score", "").get(0).params()).containsEntry("index_type", "INVERTED");
            assertThat(e.describeIndexes(C, "name", "").get(0).params()).containsEntry("index_type", "Trie");
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            long[] ids = e.query(new QueryRequest(C, "age >= 20 and name != \"c\"", List.of(), List.of(), -1, 0))
                    .get(0)
                    .longs();
            assertThat(ids).containsExactly(2L);
        }
    }

    @Test
    void anHnswIndexWithoutParamsTakesMilvussDefaults() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schema());
            e.createIndex(C, "vec", "", Map.of("index_type", "HNSW", "metric_type", "L2"));
            assertThat(e.describeIndexes(C, "vec", "").get(0).params())
                    .containsEntry("M", "30")
                    .containsEntry("efConstruction", "360");
        }
    }

    @Test
    void milvus21RefusesAnIndexOnAScalarField() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1)) {
            e.createCollection(schema());
            EngineException refused =
                    catchThrowableOfType(EngineException.class, () -> e.createIndex(C, "age", "", type("STL_SORT")));
            assertThat(refused.reason()).contains("cannot create index on non-vector field: age");
        }
    }
}
