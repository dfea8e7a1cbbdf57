package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.CollectionSchema;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inserts Milvus's proxy refuses, in its words (internal/proxy/validate_util.go and funcutil): the
 * texts Milvus's own MilvusClient insert and partition tests look for (docs/profiles.md rows 47, 48).
 */
class InsertRefusalTextsTest {
    @TempDir
    Path dir;

    private static List<FieldColumn> replaced(List<FieldColumn> rows, FieldColumn column) {
        List<FieldColumn> out = new ArrayList<>(rows);
        out.replaceAll(c -> c.name().equals(column.name()) ? column : c);
        return out;
    }

    private static String refusal(Engine e, List<FieldColumn> rows) {
        return LifecycleTestBase.refused(() -> e.insert(C, "", rows)).reason();
    }

    @Test
    void milvus26CountsTheRowsByTheSchemasDimBeforeComparingDims() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            EngineFixture.createStandard(e); // vec: dim 8
            List<FieldColumn> dim7 = EngineFixture.rows(0, 3, 7, new Random(1));
            assertThat(refusal(e, dim7)).isEqualTo("the length(21) of float data should divide the dim(8)");
            // 4 rows of dim 6 are 24 floats, which 8 divides: the dims are compared then
            List<FieldColumn> dim6 = EngineFixture.rows(0, 4, 6, new Random(1));
            assertThat(refusal(e, dim6)).isEqualTo("the dim (6) of field data(vec) is not equal to schema dim (8)");
        }
        try (Engine e = EngineFixture.open(dir.resolve("23"), Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            assertThat(refusal(e, EngineFixture.rows(0, 3, 7, new Random(1))))
                    .isEqualTo("the dim (7) of field data(vec) is not equal to schema dim (8)");
        }
    }

    @Test
    void nanAndInfinityAndOverlongVarcharsAreRefusedInMilvussWords() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            EngineFixture.createStandard(e);
            List<FieldColumn> rows = EngineFixture.rows(0, 2, EngineFixture.DIM, new Random(1));
            float[] vectors = new float[2 * EngineFixture.DIM];
            vectors[3] = Float.NaN;
            assertThat(refusal(e, replaced(rows, FieldColumn.floatVectors("vec", EngineFixture.DIM, vectors))))
                    .startsWith("value 'NaN' is not a number or infinity");
            vectors[3] = Float.POSITIVE_INFINITY;
            assertThat(refusal(e, replaced(rows, FieldColumn.floatVectors("vec", EngineFixture.DIM, vectors))))
                    .startsWith("value '+Inf' is not a number or infinity");
            FieldColumn tags = FieldColumn.varchars("tag", List.of("short", "x".repeat(65)));
            assertThat(refusal(e, replaced(rows, tags)))
                    .isEqualTo("length of varchar field tag exceeds max length, row number: 1, length: 65, max length:"
                            + " 64");
            assertThat(e.collectionRowCount(C)).isZero();
        }
    }

    @Test
    void aPrimaryKeyGivenToAnAutoIdCollectionIsOneColumnTooManyOnMilvus26() {
        CollectionSchema autoId = new CollectionSchema(
                C, "", List.of(FieldSchema.int64Key("id", true), FieldSchema.floatVector("vec", 2)), 1, 0);
        List<FieldColumn> withKey =
                List.of(FieldColumn.longs("id", new long[] {1}), FieldColumn.floatVectors("vec", 2, new float[2]));
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(autoId);
            assertThat(refusal(e, withKey))
                    .isEqualTo("more fieldData has pass in: invalid parameter[expected=2][actual=3]");
        }
        try (Engine e = EngineFixture.open(dir.resolve("23"), Profile.MILVUS_2_3)) {
            e.createCollection(autoId);
            assertThat(refusal(e, withKey)).isEqualTo("can not assign primary field data when auto id enabled id");
        }
    }
}
