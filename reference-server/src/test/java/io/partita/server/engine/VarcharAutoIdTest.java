package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.MutationResult;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A VARCHAR primary key with autoID gets unique generated keys. */
class VarcharAutoIdTest {
    @TempDir
    Path dir;

    @Test
    void generatedVarcharKeysAreUniqueAndQueryable() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(new CollectionSchema(
                    "s",
                    "",
                    List.of(
                            new FieldSchema(0, "pk", "", DataType.VARCHAR, true, true, Map.of("max_length", "64")),
                            FieldSchema.floatVector("vec", 2)),
                    1,
                    0));
            MutationResult a = e.insert("s", "", List.of(FieldColumn.floatVectors("vec", 2, new float[6])));
            MutationResult b = e.insert("s", "", List.of(FieldColumn.floatVectors("vec", 2, new float[4])));
            assertThat(a.primaryKeys().type()).isEqualTo(DataType.VARCHAR);
            assertThat(List.of(a.primaryKeys().strings()))
                    .doesNotContainAnyElementsOf(List.of(b.primaryKeys().strings()));
            assertThat(e.describeCollection("s").schema().primaryKey().autoId()).isTrue();
            e.loadCollection("s", 1);
            EngineFixture.awaitLoaded(e, "s", List.of());
            String key = a.primaryKeys().strings()[1];
            List<FieldColumn> hit =
                    e.query(new QueryRequest("s", "pk == \"" + key + "\"", List.of(), List.of(), -1, 0));
            assertThat(hit.get(0).strings()).containsExactly(key);
        }
    }
}
