package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.partita.server.model.CollectionSchema;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Build parameters an index may leave out (docs/profiles.md rows 45 and 51). A CreateIndex without {@code metric_type} on a dense float vector field gets L2 through profile
 * milvus-2.3 and COSINE on milvus-2.6, as Milvus 2.4+ fills it (docs/profiles.md row 45). Under
 * 2.6 a second CreateIndex without a metric on a field quick setup indexed with COSINE is the same
 * index; under 2.3 it is another one and refused.
 */
class IndexDefaultsTest {
    private static final String C = "metrics";

    @TempDir
    Path dir;

    private static CollectionSchema schema() {
        return new CollectionSchema(
                C, "", List.of(FieldSchema.int64Key("id", false), FieldSchema.floatVector("vec", 4)), 1, 0);
    }

    private static String indexedMetric(Engine e) {
        return e.describeIndexes(C, "vec", "").get(0).params().get("metric_type");
    }

    @Test
    void milvus26FillsCosineAndTakesTheSameIndexAgain() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schema());
            e.createIndex(C, "vec", "", Map.of("index_type", "HNSW", "metric_type", "COSINE"));
            e.createIndex(C, "vec", "", Map.of("index_type", "HNSW"));
            assertThat(indexedMetric(e)).isEqualTo("COSINE");
        }
    }

    @Test
    void milvus23FillsL2AndRefusesADifferentSecondIndex() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema());
            e.createIndex(C, "vec", "", Map.of("index_type", "HNSW", "metric_type", "COSINE"));
            EngineException refused = catchThrowableOfType(
                    EngineException.class, () -> e.createIndex(C, "vec", "", Map.of("index_type", "HNSW")));
            assertThat(refused.reason()).contains("at most one distinct index is allowed per field");
            assertThat(indexedMetric(e)).isEqualTo("COSINE");
        }
        try (Engine e = EngineFixture.open(dir.resolve("fresh"), Profile.MILVUS_2_3)) {
            e.createCollection(schema());
            e.createIndex(C, "vec", "", Map.of("index_type", "FLAT"));
            assertThat(indexedMetric(e)).isEqualTo("L2");
        }
    }

    @Test
    void ivfIndexesWithoutNlistTakeKnowheresDefaultFromMilvus23() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schema());
            e.createIndex(C, "vec", "", Map.of("index_type", "IVF_FLAT", "metric_type", "L2"));
            assertThat(e.describeIndexes(C, "vec", "").get(0).params()).containsEntry("nlist", "128");
        }
        try (Engine e = EngineFixture.open(dir.resolve("21"), Profile.MILVUS_2_1)) {
            e.createCollection(schema());
            EngineException refused = catchThrowableOfType(
                    EngineException.class,
                    () -> e.createIndex(C, "vec", "", Map.of("index_type", "IVF_FLAT", "metric_type", "L2")));
            assertThat(refused.reason()).contains("nlist");
        }
    }

    @Test
    void parametersGivenInTheParamsJsonAreKept() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schema());
            e.createIndex(
                    C,
                    "vec",
                    "",
                    Map.of("index_type", "HNSW", "metric_type", "L2", "params", "{\"M\":16,\"efConstruction\":64}"));
            Map<String, String> described =
                    e.describeIndexes(C, "vec", "").get(0).params();
            assertThat(described).doesNotContainKeys("M", "efConstruction");
            assertThat(described.get("params")).contains("\"M\":16", "\"efConstruction\":64");
        }
    }
}
