package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upsert's {@code partial_update} (profiles.md row 59): honoured under milvus-2.6 only. */
class PartialUpsertTest {
    @TempDir
    Path dir;

    private static List<FieldColumn> ageOnly(long... ids) {
        long[] ages = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ages[i] = 500 + ids[i];
        }
        return List.of(FieldColumn.longs("id", ids), FieldColumn.longs("age", ages));
    }

    @Test
    void underMilvus26AStoredRowKeepsTheFieldsAPartialUpsertLeavesOut() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 10);
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            List<FieldColumn> before = e.query(new QueryRequest(C, "id == 3", List.of("tag", "vec"), List.of(), -1, 0));

            e.upsert(C, "", ageOnly(3, 4), true);

            assertThat(UpsertAndCountTest.age(e, 3)).isEqualTo(503);
            assertThat(UpsertAndCountTest.age(e, 4)).isEqualTo(504);
            assertThat(UpsertAndCountTest.age(e, 5)).isEqualTo(5);
            List<FieldColumn> after = e.query(new QueryRequest(C, "id == 3", List.of("tag", "vec"), List.of(), -1, 0));
            assertThat(after.get(1).strings()).containsExactly(before.get(1).strings());
            assertThat(after.get(2).vectorFloats())
                    .containsExactly(before.get(2).vectorFloats());
            assertThat(UpsertAndCountTest.count(e, "")).isEqualTo(10);
        }
    }

    @Test
    void underMilvus26ANewKeyMustGiveEveryRequiredFieldWithMilvussText() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 10);
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());

            EngineException refused =
                    catchThrowableOfType(EngineException.class, () -> e.upsert(C, "", ageOnly(2, 42), true));

            assertThat(refused.getMessage()).contains("fieldSchema(tag) has no corresponding fieldData pass in");
            assertThat(refused.code()).isEqualTo(1100);
            assertThat(UpsertAndCountTest.age(e, 2)).as("nothing written").isEqualTo(2);
        }
    }

    @Test
    void underMilvus23ThePartialFlagIsUnknownAndRowsMustBeWhole() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 10);
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());

            EngineException refused =
                    catchThrowableOfType(EngineException.class, () -> e.upsert(C, "", ageOnly(3), true));

            assertThat(refused.getMessage()).contains("fieldSchema(tag) has no corresponding fieldData pass in");
        }
    }
}
