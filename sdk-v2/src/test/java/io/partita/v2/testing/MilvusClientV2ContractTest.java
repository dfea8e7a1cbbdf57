package io.partita.v2.testing;

import static io.partita.testing.Outcome.code;
import static io.partita.testing.Outcome.reason;
import static io.partita.testing.Outcome.success;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusServiceClient;
import io.partita.model.ShowPartitionsResponse;
import io.partita.model.Status;
import io.partita.param.ConnectParam;
import io.partita.param.R;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.testing.ContractSupport;
import io.partita.testing.Expectations;
import io.partita.testing.Outcome;
import io.partita.transport.TransportFailure;
import io.partita.v2.common.CompactionState;
import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.DescribeCollectionReq;
import io.partita.v2.service.collection.request.DropCollectionReq;
import io.partita.v2.service.collection.request.GetLoadStateReq;
import io.partita.v2.service.collection.request.LoadCollectionReq;
import io.partita.v2.service.collection.request.ReleaseCollectionReq;
import io.partita.v2.service.index.request.CreateIndexReq;
import io.partita.v2.service.partition.request.CreatePartitionReq;
import io.partita.v2.service.partition.request.DropPartitionReq;
import io.partita.v2.service.partition.request.LoadPartitionsReq;
import io.partita.v2.service.partition.request.ReleasePartitionsReq;
import io.partita.v2.service.utility.request.CompactReq;
import io.partita.v2.service.utility.request.CreateAliasReq;
import io.partita.v2.service.utility.request.DescribeAliasReq;
import io.partita.v2.service.utility.request.DropAliasReq;
import io.partita.v2.service.utility.request.FlushReq;
import io.partita.v2.service.utility.request.GetCompactionStateReq;
import io.partita.v2.service.utility.request.ListAliasesReq;
import io.partita.v2.service.utility.response.CompactResp;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.QueryReq;
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.data.FloatVec;
import io.partita.v2.service.vector.response.QueryResp;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * sdk-core's transport contract for the V2 API: SEMANTICS.md's partition lifecycle rows (the ones
 * the V2 API can express) called through {@link io.partita.v2.client.MilvusClientV2}, checked with
 * sdk-core's {@link Outcome}s under the same check names as {@code TransportContractTest}, so a real
 * server's {@link Expectations} table (what Milvus 2.3.5 was observed to answer) applies to both
 * generations unchanged. A V2 failure is compared by the codes and reason it carries: SERVER_ERROR's
 * legacy code and 2.3+ code, RPC_ERROR's transport failure.
 *
 * <p>Not here, because the V2 API has no call for them: rows 03/06/10/23's in-memory percentages
 * (ShowPartitions InMemory), rows 07 and 26 (builder checks of sdk-core's Params), and row 18
 * (4,096 partitions, covered once per transport by the V1 suite). The V2 API exists for Milvus 2.3+
 * only, so the defaults are SEMANTICS.md's {@code milvus-2.3} column.
 *
 * <p>Extend it, supply {@link #uri()} and, for a real server, {@link #expectations()}.
 */
public abstract class MilvusClientV2ContractTest extends OperationsV2Contract {
    private static final List<Long> P1_IDS = List.of(1L, 2L, 3L, 4L, 5L);
    private static final List<Long> P2_IDS = List.of(101L, 102L, 103L, 104L, 105L);

    private final List<String> created = new ArrayList<>();

    /** @return what the server under test answers: SEMANTICS.md's 2.3 column unless overridden */
    protected Expectations expectations() {
        return Expectations.semantics(ContractSupport.Profile.MILVUS_2_3);
    }

    /**
     * @return RPC names the server (or the transport) under test does not offer: their checks then
     *     expect an UNIMPLEMENTED transport failure. By default those {@link #expectations()} expect
     *     UNIMPLEMENTED.
     */
    protected Set<String> unsupportedOperations() {
        return expectations().unimplemented();
    }

    /** A fixture collection: its name and the ids the server gave it and its partitions p1 and p2. */
    private static final class Fixture {
        final String name;
        final Map<String, Object> vars = new HashMap<>();

        Fixture(String name) {
            this.name = name;
            vars.put("name", name);
        }
    }

    @AfterEach
    void dropFixtures() {
        List<String> drop = new ArrayList<>(created);
        created.clear();
        for (String c : drop) {
            try {
                client.dropCollection(
                        DropCollectionReq.builder().collectionName(c).build());
            } catch (MilvusClientException e) {
                // already gone, or the test left it unusable: the check that failed reports why
            }
        }
    }

    /**
     * @return a collection ({@code id} Int64 key, {@code vec} FLAT/L2 float vector) with partitions
     *     p1 and p2 holding rows {@code [id, 0, 0, 0]}, nothing loaded
     */
    private Fixture collectionWithTwoPartitions() {
        Fixture f = new Fixture(
                "v2contract_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder()
                .fieldName("id")
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("vec")
                .dataType(DataType.FloatVector)
                .dimension(DIM)
                .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(f.name)
                .collectionSchema(schema)
                .build());
        created.add(f.name);
        // An index but no load (createCollection with indexParams would load): Milvus 2.3 refuses to
        // load a collection without an index.
        client.createIndex(CreateIndexReq.builder()
                .collectionName(f.name)
                .indexParams(List.of(IndexParam.builder()
                        .fieldName("vec")
                        .indexType(IndexParam.IndexType.FLAT)
                        .metricType(IndexParam.MetricType.L2)
                        .build()))
                .build());
        for (String p : List.of("p1", "p2")) {
            client.createPartition(CreatePartitionReq.builder()
                    .collectionName(f.name)
                    .partitionName(p)
                    .build());
        }
        insert(f.name, "p1", P1_IDS);
        insert(f.name, "p2", P2_IDS);
        f.vars.put(
                "collectionId",
                client.describeCollection(DescribeCollectionReq.builder()
                                .collectionName(f.name)
                                .build())
                        .getCollectionID());
        partitionIds(f);
        return f;
    }

    /**
     * Fills in the partition ids a server's reasons name: the V2 API has no call that shows them, so
     * they are read once through sdk-core's client on the same URI (the checks themselves use V2).
     */
    private void partitionIds(Fixture f) {
        MilvusServiceClient v1 =
                new MilvusServiceClient(ConnectParam.newBuilder().withUri(uri()).build());
        try {
            ShowPartitionsResponse shown = v1.showPartitions(ShowPartitionsParam.newBuilder()
                            .withCollectionName(f.name)
                            .build())
                    .orThrow();
            List<String> names = shown.getPartitionNamesList();
            f.vars.put("p1Id", shown.getPartitionIDs(names.indexOf("p1")));
            f.vars.put("p2Id", shown.getPartitionIDs(names.indexOf("p2")));
        } finally {
            v1.close();
        }
    }

    private void insert(String collection, String partition, List<Long> ids) {
        List<com.google.gson.JsonObject> rows = new ArrayList<>();
        for (long id : ids) {
            com.google.gson.JsonObject row = new com.google.gson.JsonObject();
            row.addProperty("id", id);
            com.google.gson.JsonArray v = new com.google.gson.JsonArray();
            v.add((float) id);
            for (int i = 1; i < DIM; i++) {
                v.add(0f);
            }
            row.add("vec", v);
            rows.add(row);
        }
        client.insert(InsertReq.builder()
                .collectionName(collection)
                .partitionName(partition)
                .data(rows)
                .build());
    }

    /**
     * Runs a V2 call and states its result as sdk-core's {@link R}: the value, or the failure's
     * codes and reason (SERVER_ERROR), or its transport failure (RPC_ERROR naming one).
     */
    private static <T> R<T> v2(Supplier<T> call) {
        try {
            return R.success(call.get());
        } catch (MilvusClientException e) {
            if (e.getErrorCode() == ErrorCode.SERVER_ERROR) {
                return R.failed(Status.newBuilder()
                        .setErrorCodeValue(e.getLegacyServerCode())
                        .setCode(e.getServerErrCode() == e.getLegacyServerCode() ? 0 : e.getServerErrCode())
                        .setReason(e.getMessage())
                        .build());
            }
            // RPC_ERROR and TIMEOUT name the transport failure in their message ("... failed with gRPC
            // UNIMPLEMENTED: ...", "HTTP 501 (UNIMPLEMENTED)"): the first name found is the kind
            TransportFailure kind = null;
            int at = Integer.MAX_VALUE;
            String message = String.valueOf(e.getMessage());
            for (TransportFailure f : TransportFailure.values()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + f.name() + "\\b")
                        .matcher(message);
                if (m.find() && m.start() < at) {
                    kind = f;
                    at = m.start();
                }
            }
            if (kind == null) {
                throw e;
            }
            return R.failed(R.Status.forCode(kind.getCode()), message);
        }
    }

    private static R<Boolean> v2Run(Runnable call) {
        return v2(() -> {
            call.run();
            return Boolean.TRUE;
        });
    }

    private boolean expect(String check, Fixture f, R<?> r, Outcome semantics) {
        return expect(check, f, r, semantics, x -> x);
    }

    private <T> boolean expect(String check, Fixture f, R<T> r, Outcome semantics, Function<? super T, ?> valueOf) {
        Outcome dflt =
                unsupportedOperations().contains(check) ? Outcome.failure(TransportFailure.UNIMPLEMENTED) : semantics;
        Outcome expected = expectations().outcome(check, dflt);
        expected.assertMatches("V2 " + check, f == null ? Map.of() : f.vars, r, valueOf);
        return expected.isSuccess();
    }

    private R<Boolean> loadCollection(String c, int replicas) {
        return v2Run(() -> client.loadCollection(LoadCollectionReq.builder()
                .collectionName(c)
                .numReplicas(replicas)
                .build()));
    }

    private R<Boolean> loadPartitions(String c, String... partitions) {
        return v2Run(() -> client.loadPartitions(LoadPartitionsReq.builder()
                .collectionName(c)
                .partitionNames(List.of(partitions))
                .build()));
    }

    private R<Boolean> releasePartitions(String c, String... partitions) {
        return v2Run(() -> client.releasePartitions(ReleasePartitionsReq.builder()
                .collectionName(c)
                .partitionNames(List.of(partitions))
                .build()));
    }

    private R<Boolean> releaseCollection(String c) {
        return v2Run(() -> client.releaseCollection(
                ReleaseCollectionReq.builder().collectionName(c).build()));
    }

    private R<Boolean> dropPartition(String c, String partition) {
        return v2Run(() -> client.dropPartition(DropPartitionReq.builder()
                .collectionName(c)
                .partitionName(partition)
                .build()));
    }

    private R<SearchResp> search(String c, long near, int topK, String... partitions) {
        float[] v = new float[DIM];
        v[0] = near;
        return v2(() -> client.search(SearchReq.builder()
                .collectionName(c)
                .annsField("vec")
                .metricType(IndexParam.MetricType.L2)
                .topK(topK)
                .data(List.of(new FloatVec(v)))
                .partitionNames(List.of(partitions))
                .consistencyLevel(ConsistencyLevel.STRONG)
                .build()));
    }

    private R<SearchResp> search(String c, String... partitions) {
        return search(c, 1, 10, partitions);
    }

    private R<QueryResp> query(String c, String filter, String... partitions) {
        return v2(() -> client.query(QueryReq.builder()
                .collectionName(c)
                .filter(filter)
                .outputFields(List.of("id"))
                .partitionNames(List.of(partitions))
                .consistencyLevel(ConsistencyLevel.STRONG)
                .build()));
    }

    private static void assertSuccess(R<?> r) {
        assertThat(r.getStatus())
                .as("expected success, got: %s", r.getMessage())
                .isZero();
    }

    /** @return the {@code id} values a query returned, sorted (row order is the server's choice) */
    private static List<Long> sortedIds(QueryResp r) {
        List<Long> ids = new ArrayList<>();
        for (QueryResp.QueryResult row : r.getQueryResults()) {
            ids.add(((Number) row.getEntity().get("id")).longValue());
        }
        Collections.sort(ids);
        return ids;
    }

    /** @return the ids of the first query vector's hits, sorted */
    private static List<Long> sortedHits(SearchResp r) {
        List<Long> ids = new ArrayList<>();
        for (SearchResp.SearchResult hit : r.getSearchResults().get(0)) {
            ids.add(((Number) hit.getId()).longValue());
        }
        Collections.sort(ids);
        return ids;
    }

    @Test
    void row01LoadingALoadedCollectionAgainTheSameWaySucceeds() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadCollection(f.name, 1));

        expect("row01", f, loadCollection(f.name, 1), success());
    }

    @Test
    void row02LoadingALoadedCollectionWithAnotherReplicaNumberFails() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadCollection(f.name, 1));

        expect(
                "row02",
                f,
                loadCollection(f.name, 2),
                code(
                        1100,
                        "can't change the replica number for loaded collection: invalid parameter[expected=1][actual=2]"));
    }

    @Test
    void row03LoadingACollectionWhileSomePartitionsAreLoaded() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        expect("row03", f, loadCollection(f.name, 1), success());
    }

    @Test
    void row04LoadingPartitionsWhileTheCollectionIsLoaded() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadCollection(f.name, 1));

        expect("row04", f, loadPartitions(f.name, "p1"), success());
    }

    @Test
    void row05LoadingExactlyTheLoadedPartitionsOrASubsetSucceeds() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1", "p2"));

        expect("row05.same", f, loadPartitions(f.name, "p1", "p2"), success());
        expect("row05.subset", f, loadPartitions(f.name, "p1"), success());
    }

    @Test
    void row06LoadingAnotherPartitionInASeparateCall() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        if (expect("row06", f, loadPartitions(f.name, "p2"), success())) {
            expect("row06.query", f, query(f.name, "id in [1, 101]"), success(List.of(1L, 101L)), r -> sortedIds(r));
        }
    }

    @Test
    void row08LoadingOrReleasingAPartitionThatDoesNotExist() {
        Fixture f = collectionWithTwoPartitions();

        expect("row08.load", f, loadPartitions(f.name, "nope"), code(200, "partition not found"));
        expect("row08.release", f, releasePartitions(f.name, "nope"), code(200, "partition not found"));
    }

    @Test
    void row09LoadingOrReleasingInACollectionThatDoesNotExist() {
        Fixture missing = new Fixture(
                "v2missing_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        Outcome notFound = code(100, "collection not found");

        expect("row09.loadCollection", missing, loadCollection(missing.name, 1), notFound);
        expect("row09.loadPartitions", missing, loadPartitions(missing.name, "p1"), notFound);
        expect("row09.releasePartitions", missing, releasePartitions(missing.name, "p1"), notFound);
        expect("row09.releaseCollection", missing, releaseCollection(missing.name), notFound);
    }

    @Test
    void row10ReleasingPartitionsOfACollectionLoadedAsAWhole() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadCollection(f.name, 1));

        if (expect("row10", f, releasePartitions(f.name, "p1"), success())) {
            expect("row10.query", f, query(f.name, "id in [1, 101]"), success(List.of(101L)), r -> sortedIds(r));
        }
    }

    @Test
    void row11ReleasingPartitionsThatAreNotLoadedSucceeds() {
        Fixture f = collectionWithTwoPartitions();

        expect("row11", f, releasePartitions(f.name, "p1", "p2"), success());
    }

    @Test
    void row12ReleasingEveryLoadedPartitionReleasesTheCollection() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1", "p2"));

        expect("row12", f, releasePartitions(f.name, "p1", "p2"), success());

        expect(
                "GetLoadState",
                f,
                v2(() -> client.getLoadState(
                        GetLoadStateReq.builder().collectionName(f.name).build())),
                success(false));
        expect("row12.search", f, search(f.name), code(101, "collection not loaded"));
    }

    @Test
    void row13ReleasingACollectionWithNothingLoadedSucceeds() {
        Fixture f = collectionWithTwoPartitions();

        expect("row13", f, releaseCollection(f.name), success());
    }

    @Test
    void row14TheDefaultPartitionCannotBeDropped() {
        Fixture f = collectionWithTwoPartitions();

        expect("row14", f, dropPartition(f.name, "_default"), Outcome.error(1, "default partition cannot be deleted"));
    }

    @Test
    void row15DroppingAPartitionThatDoesNotExist() {
        Fixture f = collectionWithTwoPartitions();

        expect("row15", f, dropPartition(f.name, "nope"), code(200, ""));
    }

    @Test
    void row16DroppingALoadedPartition() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1", "p2"));

        expect(
                "row16",
                f,
                dropPartition(f.name, "p1"),
                reason("partition cannot be dropped, partition is loaded, please release it first"));
    }

    @Test
    void row17CreatingAPartitionThatExists() {
        Fixture f = collectionWithTwoPartitions();

        expect(
                "row17",
                f,
                v2Run(() -> client.createPartition(CreatePartitionReq.builder()
                        .collectionName(f.name)
                        .partitionName("p1")
                        .build())),
                reason("partition name = p1 already exists").withCode(1100));
    }

    @Test
    void row19SearchingOrQueryingWithNothingLoaded() {
        Fixture f = collectionWithTwoPartitions();

        expect("row19.search", f, search(f.name), code(101, "collection not loaded"));
        expect("row19.query", f, query(f.name, "id in [1]"), code(101, "collection not loaded"));
    }

    @Test
    void row20SearchingOrQueryingAPartitionThatIsNotLoaded() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        expect("row20.search", f, search(f.name, "p2"), code(201, "partition not loaded"));
        expect("row20.query", f, query(f.name, "id in [101]", "p2"), code(201, "partition not loaded"));
    }

    @Test
    void row21SearchingWithoutPartitionNamesServesOnlyTheLoadedPartitions() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        expect("row21.search", f, search(f.name), success(P1_IDS), r -> sortedHits(r));
        expect("row21.query", f, query(f.name, "id > 0"), success(P1_IDS), r -> sortedIds(r));
    }

    @Test
    void row22SearchingOrQueryingAPartitionThatDoesNotExist() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));
        Outcome notFound = reason("partition name nope not found").withCode(65535);

        expect("row22.search", f, search(f.name, "nope"), notFound);
        expect("row22.query", f, query(f.name, "id > 0", "nope"), notFound);
    }

    @Test
    void row24InsertingIntoALoadedPartitionIsVisibleAtOnce() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        insert(f.name, "p1", List.of(42L));

        expect("row24.query", f, query(f.name, "id in [42]"), success(List.of(42L)), r -> sortedIds(r));
        expect("row24.search", f, search(f.name, 42, 1), success(List.of(42L)), r -> sortedHits(r));
    }

    @Test
    void row25InsertingIntoAReleasedPartitionIsKeptUntilItIsLoaded() {
        Fixture f = collectionWithTwoPartitions();

        insert(f.name, "p2", List.of(77L));
        expect("row25.released", f, query(f.name, "id in [77]", "p2"), code(101, "collection not loaded"));
        assertSuccess(loadPartitions(f.name, "p2"));

        expect("row25.loaded", f, query(f.name, "id in [77]", "p2"), success(List.of(77L)), r -> sortedIds(r));
    }

    @Test
    void anAliasIsDescribedAndListed() {
        Fixture f = collectionWithTwoPartitions();
        String alias = f.name + "_alias";
        client.createAlias(
                CreateAliasReq.builder().collectionName(f.name).alias(alias).build());
        try {
            describeAndListAlias(f, alias);
        } finally {
            client.dropAlias(DropAliasReq.builder().alias(alias).build());
        }
    }

    private void describeAndListAlias(Fixture f, String alias) {
        expect(
                "DescribeAlias",
                f,
                v2(() -> client.describeAlias(
                        DescribeAliasReq.builder().alias(alias).build())),
                success(f.name + " " + alias),
                r -> r.getCollectionName() + " " + r.getAlias());
        expect(
                "ListAliases",
                f,
                v2(() -> client.listAliases(
                        ListAliasesReq.builder().collectionName(f.name).build())),
                success(List.of(alias)),
                r -> r.getAlias());
    }

    @Test
    void aCompactionIsStartedAndItsStateRead() {
        Fixture f = collectionWithTwoPartitions();
        client.flush(FlushReq.builder().collectionNames(List.of(f.name)).build());

        R<CompactResp> started = v2(
                () -> client.compact(CompactReq.builder().collectionName(f.name).build()));
        if (expect("ManualCompaction", f, started, success())) {
            expect(
                    "GetCompactionState",
                    f,
                    v2(() -> client.getCompactionState(GetCompactionStateReq.builder()
                            .compactionID(started.getData().getCompactionID())
                            .build())),
                    success(true),
                    r -> r.getState() == CompactionState.Executing || r.getState() == CompactionState.Completed);
        }
        // refused before sending: Partita's client sends plain compactions only (docs/migration.md)
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.compact(CompactReq.builder()
                        .collectionName(f.name)
                        .isClustering(true)
                        .build()))
                .isInstanceOfSatisfying(
                        MilvusClientException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_PARAMS));
    }
}
