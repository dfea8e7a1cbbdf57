package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.MutationResult;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upsert (replace by primary key, durable), count(*) and queries without an expression. */
class UpsertAndCountTest {
    @TempDir
    Path dir;

    static long count(Engine e, String expr) {
        List<FieldColumn> out = e.query(new QueryRequest(C, expr, List.of("count(*)"), List.of(), -1, 0));
        assertThat(out).extracting(FieldColumn::name).containsExactly("count(*)");
        return out.get(0).longs()[0];
    }

    static long age(Engine e, long id) {
        List<FieldColumn> out = e.query(new QueryRequest(C, "id == " + id, List.of("age"), List.of(), -1, 0));
        assertThat(out.get(0).longs()).as("rows with id %d", id).hasSize(1);
        return out.get(1).longs()[0];
    }

    /** Rows firstId.. with age = 1000 + id, so they differ from EngineFixture's rows. */
    static List<FieldColumn> replacement(long firstId, int n) {
        List<FieldColumn> r = EngineFixture.rows(firstId, n, EngineFixture.DIM, new Random(7));
        long[] age = new long[n];
        for (int i = 0; i < n; i++) {
            age[i] = 1000 + firstId + i;
        }
        return List.of(r.get(0), FieldColumn.longs("age", age), r.get(2), r.get(3), r.get(4));
    }

    /**
     * An upsert replaces a key's row in its own partition only, as Milvus's upsert task gives its
     * delete the request's partition: the same key in another partition stays there.
     */
    @Test
    void upsertReplacesRowsByPrimaryKeyInItsPartitionAndAddsNewOnes() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            e.createPartition(C, "p1");
            EngineFixture.insert(e, "", 0, 10);
            EngineFixture.insert(e, "p1", 10, 10);
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            e.upsert(C, "", replacement(8, 4)); // 8, 9 replaced in _default; 10, 11 added there too
            e.upsert(C, "", replacement(25, 1)); // new key
            assertThat(count(e, "")).as("p1's 10 and 11 stay beside _default's").isEqualTo(23);
            assertThat(age(e, 9)).isEqualTo(1009);
            assertThat(ageIn(e, "p1", 11)).isEqualTo(11);
            assertThat(ageIn(e, "_default", 11)).isEqualTo(1011);
            assertThat(age(e, 11)).as("a query answers the newest row of a key").isEqualTo(1011);
            assertThat(age(e, 25)).isEqualTo(1025);
            assertThat(age(e, 7)).isEqualTo(7);
            e.upsert(C, "p1", replacement(12, 1));
            assertThat(ageIn(e, "p1", 12)).isEqualTo(1012);
            assertThat(count(e, "id == 12")).isEqualTo(1);
        }
    }

    static long ageIn(Engine e, String partition, long id) {
        List<FieldColumn> out = e.query(new QueryRequest(C, "id == " + id, List.of("age"), List.of(partition), -1, 0));
        assertThat(out.get(0).longs())
                .as("rows with id %d in %s", id, partition)
                .hasSize(1);
        return out.get(1).longs()[0];
    }

    @Test
    void underMilvus26InsertAndUpsertValidateThePartitionNameBeforeLookingItUp() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            EngineFixture.createStandard(e);
            EngineException invalid =
                    catchThrowableOfType(EngineException.class, () -> e.upsert(C, "n12 ame", replacement(1, 1)));
            assertThat(invalid.reason()).startsWith("Invalid partition name: n12 ame.");
            EngineException missing =
                    catchThrowableOfType(EngineException.class, () -> e.upsert(C, "n-ame", replacement(1, 1)));
            assertThat(missing.reason()).contains("partition not found[partition=n-ame]");
            EngineException insert =
                    catchThrowableOfType(EngineException.class, () -> e.insert(C, "12 s", replacement(1, 1)));
            assertThat(insert.reason()).startsWith("Invalid partition name: 12 s.");
            EngineException blank =
                    catchThrowableOfType(EngineException.class, () -> e.insert(C, " ", replacement(1, 1)));
            assertThat(blank.reason()).isEqualTo("Invalid partition name: . Partition name should not be empty.");
        }
    }

    @Test
    void upsertedRowsSurviveFlushAndRestart() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 10);
            e.flush(List.of(C));
            e.upsert(C, "", replacement(3, 2));
            e.upsert(C, "", replacement(4, 1));
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.flush(List.of(C));
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            assertThat(count(e, "")).isEqualTo(10);
            assertThat(age(e, 3)).isEqualTo(1003);
            assertThat(age(e, 4)).isEqualTo(1004);
        }
    }

    @Test
    void upsertWithoutThePrimaryKeyIsRefused() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            List<FieldColumn> r = replacement(0, 1);
            assertThat(LifecycleTestBase.refused(() -> e.upsert(C, "", r.subList(1, 5)))
                            .reason())
                    .isEqualTo("must assign pk when upsert, primary field: id");
        }
    }

    @Test
    void countStarFollowsTheFilterAndDeletesAndRefusesPagination() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 30);
            e.delete(C, "", "id in [0, 1, 2]");
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            assertThat(count(e, "")).isEqualTo(27);
            assertThat(count(e, "age < 10")).isEqualTo(7);
            assertThat(LifecycleTestBase.refused(
                                    () -> e.query(new QueryRequest(C, "", List.of("count(*)"), List.of(), 5, 0)))
                            .reason())
                    .isEqualTo("count entities with pagination is not allowed");
        }
    }

    @Test
    void aQueryWithoutAnExpressionPagesWithLimitAndOffset() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 30);
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            List<FieldColumn> page = e.query(new QueryRequest(C, "", List.of(), List.of(), 5, 10));
            assertThat(page.get(0).longs()).containsExactly(10, 11, 12, 13, 14);
            assertThat(LifecycleTestBase.refused(() -> e.query(new QueryRequest(C, "", List.of(), List.of(), -1, 0)))
                            .reason())
                    .isEqualTo("empty expression should be used with limit: invalid parameter");
        }
    }

    /** A delete answers its count; under milvus-2.6 without the keys, as Milvus 2.4+ (profiles.md row 50). */
    @Test
    void aDeleteAnswersItsCountAndItsKeysBefore26Only() {
        for (Profile profile : List.of(Profile.MILVUS_2_3, Profile.MILVUS_2_6)) {
            try (Engine e = EngineFixture.open(dir.resolve(profile.name()), profile)) {
                EngineFixture.createStandard(e);
                EngineFixture.insert(e, "", 0, 10);
                MutationResult named = e.delete(C, "", "id in [0, 1]");
                MutationResult filtered = e.delete(C, "", "age >= 8");
                assertThat(named.count()).isEqualTo(2);
                assertThat(filtered.count()).isEqualTo(2);
                if (profile == Profile.MILVUS_2_6) {
                    assertThat(named.primaryKeys().rowCount()).isZero();
                    assertThat(filtered.primaryKeys().rowCount()).isZero();
                } else {
                    assertThat(named.primaryKeys().longs()).containsExactly(0L, 1L);
                    assertThat(filtered.primaryKeys().longs()).containsExactlyInAnyOrder(8L, 9L);
                }
            }
        }
    }
}
