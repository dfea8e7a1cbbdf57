package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static io.partita.server.engine.EngineFixture.DIM;
import static io.partita.server.engine.EngineFixture.awaitLoaded;
import static io.partita.server.engine.EngineFixture.insert;
import static io.partita.server.engine.EngineFixture.queryIds;
import static io.partita.server.engine.EngineFixture.rows;
import static io.partita.server.engine.LifecycleTestBase.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.memory.RamUsage;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.LoadOptions;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partial loads ({@code load_fields}, {@code skip_load_dynamic_field}) and refresh loads on
 * profile milvus-2.6: only the named fields are resident and charged, reads naming another field
 * get Milvus's refusals, and the older profiles ignore the options as those servers did.
 */
class PartialLoadTest {
    /** Field ids of the standard schema: id 100, age 101, tag 102, score 103, vec 104. */
    private static final LoadOptions ID_AND_VEC = LoadOptions.fields(List.of("id", "vec"), false);

    @TempDir
    Path dir;

    private static long used(Engine e) {
        return e.queryNodes().get(0).usedBytes();
    }

    /** Heap bytes of the columns age, tag and score of these rows (what a load of id and vec leaves out). */
    private static long leftOutBytes(List<FieldColumn> rows) {
        return RamUsage.column(rows.get(1)) + RamUsage.column(rows.get(2)) + RamUsage.column(rows.get(3));
    }

    private static void sealedAndGrowing(Engine e) {
        insert(e, "", 0, 2_000);
        e.flush(List.of(C));
        insert(e, "", 2_000, 500); // stays a growing chunk
    }

    @Test
    void aPartialLoadChargesExactlyTheNamedFieldsAndReleaseFreesThem() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            EngineFixture.createStandard(e);
            sealedAndGrowing(e);
            e.loadCollection(C, 1);
            awaitLoaded(e, C, List.of());
            long full = used(e);
            e.releaseCollection(C);
            assertThat(used(e)).isZero();

            e.loadCollection(C, 1, List.of(), ID_AND_VEC);
            awaitLoaded(e, C, List.of());
            // the same rows as EngineFixture.insert wrote them: one sealed segment, one growing chunk
            long expectedSaving = leftOutBytes(rows(0, 2_000, DIM, new Random(0)))
                    + leftOutBytes(rows(2_000, 500, DIM, new Random(2_000)));
            assertThat(full - used(e))
                    .as("bytes a load of id and vec does not charge")
                    .isEqualTo(expectedSaving);

            long before = used(e);
            insert(e, "", 2_500, 100);
            List<FieldColumn> added = rows(2_500, 100, DIM, new Random(2_500));
            long fullChunk = io.partita.server.storage.SegmentData.ramBytesFor(
                    RamUsage.column(added.get(0))
                            + RamUsage.column(added.get(1))
                            + RamUsage.column(added.get(2))
                            + RamUsage.column(added.get(3))
                            + RamUsage.column(added.get(4)),
                    100,
                    5);
            assertThat(used(e) - before)
                    .as("an insert into the partial load is charged for its resident columns only")
                    .isEqualTo(fullChunk - leftOutBytes(added));
            assertThat(queryIds(e, List.of())).hasSize(2_600);

            e.releaseCollection(C);
            assertThat(used(e)).as("accounting after release").isZero();
        }
    }

    @Test
    void readsSeeOnlyTheLoadedFieldsAndNamingAnotherIsRefusedWithMilvussTexts() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            EngineFixture.createStandard(e);
            sealedAndGrowing(e);
            e.loadCollection(C, 1, List.of(), ID_AND_VEC);
            awaitLoaded(e, C, List.of());

            SearchResult all = e.search(search(List.of("*"), ""));
            assertThat(all.fields()).extracting(FieldColumn::name).containsExactlyInAnyOrder("id", "vec");
            List<FieldColumn> queried = e.query(new QueryRequest(C, "id < 10", List.of("*"), List.of(), -1, 0));
            assertThat(queried).extracting(FieldColumn::name).containsExactlyInAnyOrder("id", "vec");

            EngineException output = refused(() -> e.search(search(List.of("age"), "")));
            assertThat(output.reason()).isEqualTo("field age is not loaded");
            assertThat(output.code()).isEqualTo(ErrorCodes.CODE_PARAMETER_INVALID);
            EngineException queryOutput =
                    refused(() -> e.query(new QueryRequest(C, "id < 10", List.of("tag"), List.of(), -1, 0)));
            assertThat(queryOutput.reason()).isEqualTo("field tag is not loaded");

            EngineException filter = refused(() -> e.search(search(List.of(), "age > 3")));
            assertThat(filter.reason())
                    .startsWith("cannot parse expression: age > 3, error: ")
                    .endsWith("field fieldID:101 name:\"age\" data_type:Int64 is not loaded");
            EngineException queryFilter =
                    refused(() -> e.query(new QueryRequest(C, "score > 1.0", List.of(), List.of(), -1, 0)));
            assertThat(queryFilter.reason()).contains("name:\"score\" data_type:Float is not loaded");
            EngineException delete = refused(() -> e.delete(C, "", "tag == \"t1\""));
            assertThat(delete.reason()).contains("name:\"tag\" data_type:VarChar is not loaded");
            assertThat(queryIds(e, List.of())).as("nothing was deleted").hasSize(2_500);
        }
    }

    @Test
    void loadFieldListsAreCheckedAsMilvussProxyAndQuerycoordCheckThem() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            EngineFixture.createStandard(e);
            e.createPartition(C, "p1");
            insert(e, "", 0, 100);
            insert(e, "p1", 100, 100);

            assertThat(refused(() ->
                                    e.loadCollection(C, 1, List.of(), LoadOptions.fields(List.of("vec", "age"), false)))
                            .reason())
                    .isEqualTo("load field list [vec age] does not contain primary key field id: invalid parameter");
            assertThat(refused(() -> e.loadCollection(C, 1, List.of(), LoadOptions.fields(List.of("id", "age"), false)))
                            .reason())
                    .isEqualTo("load field list [id age] does not contain vector field: invalid parameter");
            assertThat(refused(() -> e.loadCollection(
                                    C, 1, List.of(), LoadOptions.fields(List.of("id", "vec", "color"), false)))
                            .reason())
                    .isEqualTo("failed to get field schema by name: fieldName(color) not found");
            assertThat(used(e)).as("refused loads charge nothing").isZero();

            e.loadPartitions(C, List.of("_default"), 1, List.of(), ID_AND_VEC);
            awaitLoaded(e, C, List.of("_default"));
            EngineException changed = refused(() -> e.loadPartitions(
                    C, List.of("p1"), 1, List.of(), LoadOptions.fields(List.of("id", "vec", "age"), false)));
            assertThat(changed.reason())
                    .isEqualTo("can't change the load field list for loaded collection: invalid parameter"
                            + "[expected=[100 104]][actual=[100 101 104]]");
            assertThat(refused(() -> e.loadCollection(C, 1)).reason())
                    .as("loading every field into a partial load")
                    .startsWith("can't change the load field list for loaded collection");

            e.loadPartitions(C, List.of("p1"), 1, List.of(), ID_AND_VEC);
            awaitLoaded(e, C, List.of("p1"));
            assertThat(queryIds(e, List.of())).hasSize(200);
        }
    }

    @Test
    void skippingTheDynamicFieldRefusesItsKeysInOutputsAndFilters() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(JsonAndDynamicFieldTest.schema());
            e.insert(JsonAndDynamicFieldTest.C, "", JsonAndDynamicFieldTest.rows(0, 20));
            String docs = JsonAndDynamicFieldTest.C;
            e.loadCollection(docs, 1, List.of(), new LoadOptions(List.of(), true, false));
            awaitLoaded(e, docs, List.of());

            EngineException output =
                    refused(() -> e.query(new QueryRequest(docs, "id >= 0", List.of("color"), List.of(), -1, 0)));
            assertThat(output.reason()).isEqualTo("field color cannot be returned since dynamic field not loaded");
            EngineException filter =
                    refused(() -> e.query(new QueryRequest(docs, "color == \"red\"", List.of(), List.of(), -1, 0)));
            assertThat(filter.reason()).endsWith("field color is dynamic but dynamic field is not loaded");
            List<FieldColumn> star = e.query(new QueryRequest(docs, "id < 3", List.of("*"), List.of(), -1, 0));
            assertThat(star).extracting(FieldColumn::name).containsExactlyInAnyOrder("id", "info", "vec");
            assertThat(e.query(new QueryRequest(docs, "info[\"a\"][\"b\"] < 5", List.of(), List.of(), -1, 0))
                            .get(0)
                            .rowCount())
                    .as("a static JSON field stays resident")
                    .isEqualTo(5);
        }
    }

    @Test
    void aPartialLoadIsLoadedAgainWithTheSameFieldsAfterARestart() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            EngineFixture.createStandard(e);
            sealedAndGrowing(e);
            e.loadCollection(C, 1, List.of(), ID_AND_VEC);
            awaitLoaded(e, C, List.of());
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            awaitLoaded(e, C, List.of());
            assertThat(queryIds(e, List.of())).hasSize(2_500);
            assertThat(refused(() -> e.search(search(List.of("age"), ""))).reason())
                    .isEqualTo("field age is not loaded");
            e.loadCollection(C, 1, List.of(), ID_AND_VEC); // the same list: accepted
        }
    }

    @Test
    void olderProfilesIgnoreLoadFieldsAsThoseServersDid() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            insert(e, "", 0, 50);
            e.loadCollection(C, 1, List.of(), ID_AND_VEC);
            awaitLoaded(e, C, List.of());
            List<FieldColumn> cols = e.query(new QueryRequest(C, "age < 10", List.of("tag"), List.of(), -1, 0));
            assertThat(cols).extracting(FieldColumn::name).contains("tag");
        }
    }

    @Test
    void aRefreshNeedsALoadedCollectionAndFindsEveryInsertResident() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            long id = EngineFixture.createStandard(e);
            insert(e, "", 0, 100);
            EngineException notLoaded = refused(() -> e.loadCollection(C, 1, List.of(), LoadOptions.refreshing()));
            assertThat(notLoaded.reason()).isEqualTo("collection not loaded[collection=" + id + "]");
            assertThat(notLoaded.code()).isEqualTo(ErrorCodes.CODE_COLLECTION_NOT_LOADED);
            EngineException partitions =
                    refused(() -> e.loadPartitions(C, List.of("_default"), 1, List.of(), LoadOptions.refreshing()));
            assertThat(partitions.code()).isEqualTo(ErrorCodes.CODE_COLLECTION_NOT_LOADED);

            e.loadCollection(C, 1);
            awaitLoaded(e, C, List.of());
            insert(e, "", 100, 50);
            e.flush(List.of(C));
            insert(e, "", 150, 25);
            e.loadCollection(C, 1, List.of(), LoadOptions.refreshing());
            e.loadPartitions(C, List.of("_default"), 1, List.of(), LoadOptions.refreshing());
            assertThat(e.loadingProgress(C, List.of())).isEqualTo(100);
            assertThat(queryIds(e, List.of())).hasSize(175);
        }
    }

    @Test
    void milvus21TakesARefreshForAnOrdinaryLoad() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1)) {
            EngineFixture.createStandard(e);
            insert(e, "", 0, 10);
            e.loadCollection(C, 1, List.of(), LoadOptions.refreshing());
            awaitLoaded(e, C, List.of());
            assertThat(queryIds(e, List.of())).hasSize(10);
        }
    }

    private static SearchRequest search(List<String> outputs, String expr) {
        float[] q = new float[DIM];
        q[0] = 0.5f;
        return new SearchRequest(
                C,
                List.of(),
                "vec",
                FieldColumn.floatVectors("vec", DIM, q),
                5,
                "L2",
                Map.of(),
                expr,
                new ArrayList<>(outputs),
                -1);
    }
}
