package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.IndexDescription;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nullable vector fields (profiles.md row 53): accepted under milvus-2.6 only; null rows are
 * stored with the segment, read back as null, skipped by every search (exact scan and each index
 * type) and left out of index builds.
 */
class NullableVectorTest {
    private static final String C = "nv";
    private static final int DIM = 4;

    @TempDir
    Path dir;

    private static FieldSchema nullableVector(String name, DataType type) {
        Map<String, String> params = type == DataType.SPARSE_FLOAT_VECTOR ? Map.of() : Map.of("dim", "" + DIM * 8);
        if (type == DataType.FLOAT_VECTOR) {
            params = Map.of("dim", "" + DIM);
        }
        return new FieldSchema(0, name, "", type, false, false, params, false, true, null);
    }

    private static CollectionSchema schema() {
        return new CollectionSchema(
                C, "", List.of(FieldSchema.int64Key("id", false), nullableVector("vec", DataType.FLOAT_VECTOR)), 1, 0);
    }

    /** Rows firstId.., every third (id % 3 == 0) null; a valid row's vector is (id, 0, 0, 0). */
    private static List<FieldColumn> rows(long firstId, int n) {
        long[] ids = new long[n];
        float[] vec = new float[n * DIM];
        boolean[] valid = new boolean[n];
        for (int i = 0; i < n; i++) {
            ids[i] = firstId + i;
            valid[i] = ids[i] % 3 != 0;
            vec[i * DIM] = valid[i] ? ids[i] : 0;
            vec[i * DIM + 1] = valid[i] ? 1 : 0;
        }
        return List.of(
                FieldColumn.longs("id", ids),
                FieldColumn.floatVectors("vec", DIM, vec).withValid(valid));
    }

    private static SearchResult search(Engine e, float[] q, int k, String metric, Map<String, String> params) {
        return e.search(new SearchRequest(
                C,
                List.of(),
                "vec",
                FieldColumn.floatVectors("vec", DIM, q),
                k,
                metric,
                params,
                "",
                List.of("vec"),
                -1));
    }

    private static void load(Engine e) {
        e.loadCollection(C, 1);
        EngineFixture.awaitLoaded(e, C, List.of());
    }

    private static void awaitBuilt(Engine e) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (e.describeIndexes(C, "vec", "").get(0).state() != IndexDescription.STATE_FINISHED) {
            assertThat(System.nanoTime()).as("index built within 60 s").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException ex) {
                throw new AssertionError(ex);
            }
        }
    }

    private static void assertNoNullRowAnswers(SearchResult r) {
        assertThat(r.ids().longs()).isNotEmpty();
        for (long id : r.ids().longs()) {
            assertThat(id % 3).as("null row %d answered", id).isNotZero();
        }
        FieldColumn vec = r.fields().get(0);
        assertThat(vec.valid()).containsOnly(true);
    }

    @Test
    void milvus21And23RefuseANullableVectorFieldWithTheirText() {
        for (Profile p : List.of(Profile.MILVUS_2_1, Profile.MILVUS_2_3)) {
            try (Engine e = EngineFixture.open(dir.resolve(p.name()), p)) {
                EngineException x = LifecycleTestBase.refused(() -> e.createCollection(schema()));
                assertThat(x.code()).isEqualTo(1100);
                assertThat(x.reason()).contains("vector type not support null, field: vec");
            }
        }
    }

    @Test
    void milvus26AcceptsEveryVectorTypeNullable() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            List<List<DataType>> groups = List.of(
                    List.of(DataType.FLOAT_VECTOR, DataType.BINARY_VECTOR, DataType.FLOAT16_VECTOR),
                    List.of(DataType.BFLOAT16_VECTOR, DataType.INT8_VECTOR, DataType.SPARSE_FLOAT_VECTOR));
            for (int g = 0; g < groups.size(); g++) {
                List<FieldSchema> fields = new ArrayList<>();
                fields.add(FieldSchema.int64Key("id", false));
                for (DataType t : groups.get(g)) {
                    fields.add(nullableVector("v_" + t.name().toLowerCase(), t));
                }
                String name = "every" + g;
                e.createCollection(new CollectionSchema(name, "", fields, 1, 0));
                assertThat(e.describeCollection(name).schema().fields().stream()
                                .filter(f -> f.dataType().isVector())
                                .allMatch(FieldSchema::nullable))
                        .isTrue();
                // columns left out entirely are all null, as for a nullable scalar
                e.insert(name, "", List.of(FieldColumn.longs("id", new long[] {1, 2})));
            }
        }
    }

    @Test
    void nullRowsQueryAsNullAndAreNeverSearchedBeforeAndAfterAFlushAndReopen() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schema());
            e.insert(C, "", rows(0, 30));
            e.flush(List.of(C));
            e.insert(C, "", rows(30, 30)); // growing
            load(e);
            checkAnswers(e);
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            load(e);
            checkAnswers(e);
        }
    }

    private static void checkAnswers(Engine e) {
        List<FieldColumn> out =
                e.query(new QueryRequest(C, "id in [0, 1, 3, 31, 33]", List.of("vec"), List.of(), -1, 0));
        long[] ids = out.get(0).longs();
        FieldColumn vec = out.get(1);
        for (int i = 0; i < ids.length; i++) {
            assertThat(vec.isNull(i)).as("row %d null", ids[i]).isEqualTo(ids[i] % 3 == 0);
            if (!vec.isNull(i)) {
                assertThat(vec.vectorFloats()[i * DIM]).isEqualTo((float) ids[i]);
            }
        }
        // the zero query is nearest (L2) to the zero placeholders: they must not answer
        SearchResult r = search(e, new float[DIM], 10, "L2", Map.of());
        assertThat(r.ids().longs()).hasSize(10);
        assertNoNullRowAnswers(r);
        assertThat(r.ids().longs()[0]).isEqualTo(1L);
        // all 60 rows asked for: only the 40 valid come back
        assertThat(search(e, new float[DIM], 100, "L2", Map.of()).ids().longs()).hasSize(40);
        assertThat(e.query(new QueryRequest(C, "", List.of("count(*)"), List.of(), -1, 0))
                        .get(0)
                        .longs()[0])
                .as("null vector rows still count")
                .isEqualTo(60L);
    }

    @Test
    void everyIndexTypeIsBuiltOverTheValidRowsOnlyAndChargedExactly() {
        List<Map<String, String>> specs = List.of(
                Map.of("index_type", "HNSW", "metric_type", "L2", "params", "{\"M\":8,\"efConstruction\":64}"),
                Map.of("index_type", "IVF_FLAT", "metric_type", "L2", "params", "{\"nlist\":4}"),
                Map.of("index_type", "IVF_SQ8", "metric_type", "L2", "params", "{\"nlist\":4}"),
                Map.of("index_type", "FLAT", "metric_type", "L2", "params", "{}"));
        for (int s = 0; s < specs.size(); s++) {
            Path d = dir.resolve("idx" + s);
            long charged;
            try (Engine e = EngineFixture.open(d, Profile.MILVUS_2_6)) {
                e.createCollection(schema());
                e.insert(C, "", rows(0, 300));
                e.flush(List.of(C));
                e.createIndex(C, "vec", "", specs.get(s));
                awaitBuilt(e);
                load(e);
                SearchResult r = search(e, new float[DIM], 20, "L2", Map.of("nprobe", "4", "ef", "64"));
                assertThat(r.ids().longs()).as(specs.get(s).get("index_type")).hasSize(20);
                assertNoNullRowAnswers(r);
                assertThat(r.ids().longs()[0]).isEqualTo(1L);
                charged = e.queryNodes().get(0).usedBytes();
                assertThat(charged).isPositive();
                e.releaseCollection(C);
                assertThat(e.queryNodes().get(0).usedBytes()).isZero();
            }
            // reopened: the index file is read over the valid rows again, charged as before
            try (Engine e = EngineFixture.open(d, Profile.MILVUS_2_6)) {
                load(e);
                assertThat(e.queryNodes().get(0).usedBytes()).isEqualTo(charged);
                SearchResult r = search(e, new float[DIM], 20, "L2", Map.of("nprobe", "4", "ef", "64"));
                assertNoNullRowAnswers(r);
                assertThat(r.ids().longs()[0]).isEqualTo(1L);
            }
        }
    }

    @Test
    void aSegmentOfNullRowsOnlyIsIndexedAndAnswersNothing() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schema());
            e.insert(
                    C,
                    "",
                    List.of(
                            FieldColumn.longs("id", new long[] {3, 6, 9}),
                            FieldColumn.floatVectors("vec", DIM, new float[3 * DIM])
                                    .withValid(new boolean[3])));
            e.flush(List.of(C));
            e.createIndex(
                    C,
                    "vec",
                    "",
                    Map.of("index_type", "HNSW", "metric_type", "L2", "params", "{\"M\":8,\"efConstruction\":64}"));
            awaitBuilt(e);
            load(e);
            assertThat(search(e, new float[DIM], 5, "L2", Map.of()).ids().longs())
                    .isEmpty();
            Set<Long> all = new HashSet<>();
            for (long id : e.query(new QueryRequest(C, "id > 0", List.of("vec"), List.of(), -1, 0))
                    .get(0)
                    .longs()) {
                all.add(id);
            }
            assertThat(all).containsExactlyInAnyOrder(3L, 6L, 9L);
        }
    }

    @Test
    void aNonNullableVectorFieldStillRefusesNullRows() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(new CollectionSchema(
                    C, "", List.of(FieldSchema.int64Key("id", false), FieldSchema.floatVector("vec", DIM)), 1, 0));
            EngineException x = LifecycleTestBase.refused(() -> e.insert(C, "", rows(0, 3)));
            assertThat(x.code()).isEqualTo(1100);
            assertThat(x.reason()).contains("the value of field vec at row 0 is null but the field is not nullable");
        }
    }

    @Test
    void rangeGroupByAndHybridSearchesSkipNullRows() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(new CollectionSchema(
                    C,
                    "",
                    List.of(
                            FieldSchema.int64Key("id", false),
                            FieldSchema.scalar("grp", DataType.INT64),
                            nullableVector("vec", DataType.FLOAT_VECTOR),
                            nullableVector("vec2", DataType.FLOAT_VECTOR)),
                    1,
                    0));
            int n = 60;
            long[] ids = new long[n];
            long[] grp = new long[n];
            boolean[] valid2 = new boolean[n];
            float[] vec2 = new float[n * DIM];
            for (int i = 0; i < n; i++) {
                ids[i] = i;
                grp[i] = i % 4;
                valid2[i] = i % 2 != 0; // vec2: the odd rows only
                vec2[i * DIM + 2] = valid2[i] ? i : 0;
            }
            List<FieldColumn> r0 = rows(0, n);
            e.insert(
                    C,
                    "",
                    List.of(
                            r0.get(0),
                            FieldColumn.longs("grp", grp),
                            r0.get(1),
                            FieldColumn.floatVectors("vec2", DIM, vec2).withValid(valid2)));
            e.flush(List.of(C));
            load(e);

            // range search: every row lies within radius 1e6 of the zero query; only the valid come back
            SearchResult range = search(e, new float[DIM], 100, "L2", Map.of("radius", "1000000", "range_filter", "0"));
            assertThat(range.ids().longs()).hasSize(40);
            assertNoNullRowAnswers(range);

            // group-by: the groups are made of valid rows only
            SearchResult grouped =
                    search(e, new float[DIM], 4, "L2", Map.of("group_by_field", "grp", "group_size", "3"));
            assertThat(grouped.ids().longs()).hasSize(12);
            assertNoNullRowAnswers(grouped);

            // hybrid: each sub-search meets its own field's valid rows only
            SearchRequest a = new SearchRequest(
                    C,
                    List.of(),
                    "vec",
                    FieldColumn.floatVectors("vec", DIM, new float[DIM]),
                    60,
                    "L2",
                    Map.of(),
                    "",
                    List.of(),
                    -1);
            SearchRequest b = new SearchRequest(
                    C,
                    List.of(),
                    "vec2",
                    FieldColumn.floatVectors("vec2", DIM, new float[DIM]),
                    60,
                    "L2",
                    Map.of(),
                    "id < 20",
                    List.of(),
                    -1);
            SearchResult fused = e.hybridSearch(new io.partita.server.model.HybridSearchRequest(
                    C,
                    List.of(),
                    List.of(a, b),
                    "rrf",
                    Map.of("k", "60"),
                    60,
                    0,
                    -1,
                    List.of("vec", "vec2"),
                    Map.of()));
            Set<Long> got = new HashSet<>();
            for (long id : fused.ids().longs()) {
                got.add(id);
            }
            Set<Long> expected = new HashSet<>();
            for (long id = 0; id < n; id++) {
                if (id % 3 != 0 || (id % 2 != 0 && id < 20)) {
                    expected.add(id);
                }
            }
            assertThat(got).isEqualTo(expected);
            FieldColumn v2 = fused.fields().get(1);
            long[] fusedIds = fused.ids().longs();
            for (int i = 0; i < fusedIds.length; i++) {
                assertThat(v2.isNull(i)).as("vec2 of %d", fusedIds[i]).isEqualTo(fusedIds[i] % 2 == 0);
            }
        }
    }

    @Test
    void aNullableVectorFieldAddedToALoadedCollectionReadsNullForOldRowsAndIsSearchable() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(new CollectionSchema(
                    C, "", List.of(FieldSchema.int64Key("id", false), FieldSchema.floatVector("vec", DIM)), 1, 0));
            e.insert(
                    C,
                    "",
                    List.of(
                            FieldColumn.longs("id", new long[] {1, 2}),
                            FieldColumn.floatVectors("vec", DIM, new float[2 * DIM])));
            e.flush(List.of(C));
            load(e);
            long before = e.queryNodes().get(0).usedBytes();
            e.addCollectionField(C, nullableVector("extra", DataType.FLOAT_VECTOR));
            assertThat(e.queryNodes().get(0).usedBytes())
                    .as("the loaded segment gains its mask and placeholders")
                    .isGreaterThan(before);
            e.insert(
                    C,
                    "",
                    List.of(
                            FieldColumn.longs("id", new long[] {3}),
                            FieldColumn.floatVectors("vec", DIM, new float[DIM]),
                            FieldColumn.floatVectors("extra", DIM, new float[] {3, 0, 0, 0})));
            checkExtra(e);
            e.flush(List.of(C));
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            load(e);
            checkExtra(e);
        }
    }

    private static void checkExtra(Engine e) {
        List<FieldColumn> out = e.query(new QueryRequest(C, "id > 0", List.of("extra"), List.of(), -1, 0));
        assertThat(out.get(0).longs()).containsExactly(1L, 2L, 3L);
        assertThat(out.get(1).valid()).containsExactly(false, false, true);
        SearchResult r = e.search(new SearchRequest(
                C,
                List.of(),
                "extra",
                FieldColumn.floatVectors("extra", DIM, new float[DIM]),
                10,
                "L2",
                Map.of(),
                "",
                List.of(),
                -1));
        assertThat(r.ids().longs()).containsExactly(3L);
    }
}
