package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.CollectionSchema;
import io.partita.server.model.EngineException;
import io.partita.server.model.EngineState;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client mistakes are refused with a message naming the bad value; a closed engine refuses every call. */
class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void invalidNamesAreRefusedWithTheRuleBroken() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1)) {
            assertThat(LifecycleTestBase.refused(() -> e.createCollection(EngineFixture.schema("1abc", 4)))
                            .reason())
                    .isEqualTo(
                            "Invalid collection name: 1abc. The first character of a collection name must be an underscore or letter.");
            assertThat(LifecycleTestBase.refused(() -> e.createCollection(EngineFixture.schema("a-b", 4)))
                            .reason())
                    .isEqualTo(
                            "Invalid collection name: a-b. Collection name can only contain numbers, letters, dollars and underscores.");
            EngineFixture.createStandard(e);
            assertThat(e.createPartition(C, "ok$1")).isPositive();
        }
        try (Engine e = EngineFixture.open(dir.resolve("b"), Profile.MILVUS_2_3)) {
            EngineException refused =
                    LifecycleTestBase.refused(() -> e.createCollection(EngineFixture.schema("a$b", 4)));
            assertThat(refused.reason())
                    .isEqualTo(
                            "Invalid collection name: a$b. Collection name can only contain numbers, letters and underscores.");
            assertThat(refused.code()).isEqualTo(1100);
        }
    }

    @Test
    void insertsThatDoNotMatchTheSchemaAreRefusedNamingTheField() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            List<FieldColumn> wrongDim = new ArrayList<>(EngineFixture.rows(0, 3, 5, new Random(1)));
            assertThat(LifecycleTestBase.refused(() -> e.insert(C, "", wrongDim))
                            .reason())
                    .isEqualTo("the dim (5) of field data(vec) is not equal to schema dim (8)");
            List<FieldColumn> missing = new ArrayList<>(EngineFixture.rows(0, 3, EngineFixture.DIM, new Random(1)));
            missing.remove(1);
            assertThat(LifecycleTestBase.refused(() -> e.insert(C, "", missing)).reason())
                    .isEqualTo("fieldSchema(age) has no corresponding fieldData pass in");
            List<FieldColumn> unknown = new ArrayList<>(EngineFixture.rows(0, 3, EngineFixture.DIM, new Random(1)));
            unknown.add(FieldColumn.longs("nope", new long[3]));
            assertThat(LifecycleTestBase.refused(() -> e.insert(C, "", unknown)).reason())
                    .contains("nope");
            assertThat(LifecycleTestBase.refused(() ->
                                    e.insert(C, "ghost", EngineFixture.rows(0, 3, EngineFixture.DIM, new Random(1))))
                            .code())
                    .isEqualTo(200);
            assertThat(e.collectionRowCount(C)).isZero();
        }
    }

    @Test
    void schemasWithoutAKeyOrVectorOrWithABadDimAreRefused() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1)) {
            assertThat(LifecycleTestBase.refused(() -> e.createCollection(
                                    new CollectionSchema("x", "", List.of(FieldSchema.floatVector("v", 4)), 1, 0)))
                            .reason())
                    .contains("primary key");
            assertThat(LifecycleTestBase.refused(() -> e.createCollection(
                                    new CollectionSchema("x", "", List.of(FieldSchema.int64Key("id", true)), 1, 0)))
                            .reason())
                    .contains("vector");
            assertThat(LifecycleTestBase.refused(() -> e.createCollection(new CollectionSchema(
                                    "x",
                                    "",
                                    List.of(FieldSchema.int64Key("id", true), FieldSchema.floatVector("v", 0)),
                                    1,
                                    0)))
                            .reason())
                    .contains("invalid dimension: 0");
            assertThat(LifecycleTestBase.refused(() -> e.createIndex("nope", "v", "", Map.of()))
                            .reason())
                    .isEqualTo("can't find collection: nope");
        }
    }

    @Test
    void autoIdCollectionsGenerateIncreasingKeys() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(new CollectionSchema(
                    "auto", "", List.of(FieldSchema.int64Key("id", true), FieldSchema.floatVector("v", 2)), 1, 0));
            long[] first = e.insert("auto", "", List.of(FieldColumn.floatVectors("v", 2, new float[] {1, 2, 3, 4})))
                    .primaryKeys()
                    .longs();
            long[] second = e.insert("auto", "", List.of(FieldColumn.floatVectors("v", 2, new float[] {5, 6})))
                    .primaryKeys()
                    .longs();
            assertThat(first).hasSize(2);
            assertThat(second[0]).isGreaterThan(first[1]);
            assertThat(LifecycleTestBase.refused(() -> e.insert(
                                    "auto",
                                    "",
                                    List.of(
                                            FieldColumn.longs("id", new long[] {1}),
                                            FieldColumn.floatVectors("v", 2, new float[] {1, 1}))))
                            .reason())
                    .contains("auto id");
        }
    }

    @Test
    void aSecondEngineOnTheSameDataDirIsRefusedNamingTheDir() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1)) {
            IllegalStateException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                    IllegalStateException.class, () -> EngineFixture.open(dir, Profile.MILVUS_2_1));
            assertThat(refused).hasMessageContaining(dir.toString()).hasMessageContaining("another engine");
            assertThat(e.state()).isEqualTo(EngineState.OPEN);
        }
    }

    @Test
    void aClosedEngineRefusesEveryCallAsNotReady() {
        Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1);
        EngineFixture.createStandard(e);
        e.close();
        e.close();
        assertThat(e.state()).isEqualTo(EngineState.CLOSED);
        EngineException refused = LifecycleTestBase.refused(() -> e.hasCollection(C));
        assertThat(refused.legacyCode()).isEqualTo(56);
        assertThat(refused.retriable()).isTrue();
    }
}
