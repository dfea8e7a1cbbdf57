package io.partita.testing;

import static io.partita.testing.Outcome.code;
import static io.partita.testing.Outcome.error;
import static io.partita.testing.Outcome.errorMatching;
import static io.partita.testing.Outcome.failure;
import static io.partita.testing.Outcome.reason;
import static io.partita.testing.Outcome.success;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.client.MilvusClient;
import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.exception.ParamException;
import io.partita.model.GetLoadStateResponse;
import io.partita.model.LoadState;
import io.partita.model.QueryResults;
import io.partita.model.SearchResults;
import io.partita.model.ShowPartitionsResponse;
import io.partita.model.ShowType;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.collection.ReleaseCollectionParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.DropPartitionParam;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.response.QueryResultsWrapper;
import io.partita.response.SearchResultsWrapper;
import io.partita.transport.TransportFailure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The contract every transport module proves against the real reference server: every operation
 * once (inherited from {@link OperationsContract}) and every row of SEMANTICS.md's partition
 * lifecycle table, with the exact error code, code and reason of the profile the server runs.
 *
 * <p>Each checked call reads {@code expect(check, fixture, result, SEMANTICS.md's outcome)}; a
 * real server's {@link Expectations} replace single checks with what that server was observed to
 * answer, just as exactly, so the same suite passes against the reference server and real Milvus.
 *
 * <p>Extend it in the transport module's tests, supply {@link #client()} (connected through the
 * transport under test to a running server) and {@link #profile()} or {@link #expectations()};
 * optionally {@link #unsupportedOperations()} and {@link #unreachableClient()}. It uses only the
 * public client API, creates uniquely named collections and drops them after each test.
 */
public abstract class TransportContractTest extends OperationsContract {

    /** @return a client whose server address has nothing listening, or {@code null} to skip that test */
    protected MilvusClient unreachableClient() {
        return null;
    }

    private R<RpcStatus> loadCollection(String name, int replicas) {
        return client().loadCollection(LoadCollectionParam.newBuilder()
                .withCollectionName(name)
                .withReplicaNumber(replicas)
                .build());
    }

    private R<RpcStatus> loadPartitions(String name, String... partitions) {
        return client().loadPartitions(LoadPartitionsParam.newBuilder()
                .withCollectionName(name)
                .withPartitionNames(List.of(partitions))
                .build());
    }

    private R<RpcStatus> releasePartitions(String name, String... partitions) {
        return client().releasePartitions(ReleasePartitionsParam.newBuilder()
                .withCollectionName(name)
                .withPartitionNames(List.of(partitions))
                .build());
    }

    private R<SearchResults> search(String name, String... partitions) {
        return client().search(SearchParam.newBuilder()
                .withCollectionName(name)
                .withVectorFieldName("vec")
                .withMetricType(MetricType.L2)
                .withTopK(10)
                .withVectors(List.of(vector(1)))
                .withPartitionNames(List.of(partitions))
                .withConsistencyLevel(ConsistencyLevelEnum.STRONG)
                .build());
    }

    private R<QueryResults> query(String name, String expr, String... partitions) {
        return client().query(QueryParam.newBuilder()
                .withCollectionName(name)
                .withExpr(expr)
                .addOutField("id")
                .withPartitionNames(List.of(partitions))
                .withConsistencyLevel(ConsistencyLevelEnum.STRONG)
                .build());
    }

    /** The in-memory percentages of a ShowPartitions answer, in the order asked. */
    private static final Function<ShowPartitionsResponse, List<Long>> PERCENTAGES =
            ShowPartitionsResponse::getInMemoryPercentagesList;

    /** @return the {@code id} values a query returned, sorted (row order is the server's choice) */
    private static List<Long> sortedIds(QueryResults r) {
        List<Long> ids = new ArrayList<>();
        for (Object o : new QueryResultsWrapper(r).getFieldWrapper("id").getFieldData()) {
            ids.add((Long) o);
        }
        Collections.sort(ids);
        return ids;
    }

    /** @return the ids of the first query vector's hits, sorted */
    private static List<Long> sortedHits(SearchResults r) {
        List<Long> ids = new ArrayList<>();
        for (SearchResultsWrapper.IDScore hit : new SearchResultsWrapper(r.getResults()).getIDScore(0)) {
            ids.add(hit.getLongID());
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

        R<RpcStatus> r = loadCollection(f.name, 2);

        expect(
                "row02",
                f,
                r,
                is21()
                        ? error(
                                5,
                                "collection has already been loaded, and the number of replicas 1 is not same as the request's 2."
                                        + " Should release first then reload with the new number of replicas")
                        : code(
                                1100,
                                "can't change the replica number for loaded collection: invalid parameter[expected=1][actual=2]"));
    }

    @Test
    void row03LoadingACollectionWhileSomePartitionsAreLoaded() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        R<RpcStatus> r = loadCollection(f.name, 1);

        if (expect(
                "row03",
                f,
                r,
                is21()
                        ? error(
                                5,
                                "some partitions [{p1Id}] of collection {collectionId} has been loaded into QueryNode, please release partitions firstly")
                        : success())) {
            expect("row03.inMemory", f, inMemory(f.name, "p1", "p2"), success(List.of(100L, 100L)), PERCENTAGES);
        }
    }

    @Test
    void row04LoadingPartitionsWhileTheCollectionIsLoaded() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadCollection(f.name, 1));

        R<RpcStatus> r = loadPartitions(f.name, "p1");

        expect(
                "row04",
                f,
                r,
                is21()
                        ? error(
                                5,
                                "collection {collectionId} has been loaded into QueryNode, please release collection firstly")
                        : success());
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

        R<RpcStatus> r = loadPartitions(f.name, "p2");

        if (expect(
                "row06",
                f,
                r,
                is21()
                        ? error(
                                5,
                                "some partitions [{p1Id}] of collection {collectionId} has been loaded into QueryNode, please release partitions firstly")
                        : success())) {
            expect("row06.inMemory", f, inMemory(f.name, "p1", "p2"), success(List.of(100L, 100L)), PERCENTAGES);
        }
    }

    @Test
    void row07LoadingAnEmptyPartitionListIsRejectedBeforeSending() {
        assertThatThrownBy(() -> LoadPartitionsParam.newBuilder()
                        .withCollectionName("c")
                        .withPartitionNames(List.of())
                        .build())
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("partitionNames");
    }

    @Test
    void row08LoadingOrReleasingAPartitionThatDoesNotExist() {
        Fixture f = collectionWithTwoPartitions();
        Outcome notFound = is21()
                ? error(1, "partitionID of partitionName:nope can not be find")
                : code(200, "partition not found");

        expect("row08.load", f, loadPartitions(f.name, "nope"), notFound);
        expect("row08.release", f, releasePartitions(f.name, "nope"), notFound);
    }

    @Test
    void row09LoadingOrReleasingInACollectionThatDoesNotExist() {
        Fixture missing = Fixture.named(uniqueName("missing"));
        Outcome notFound = is21() ? error(4, "can't find collection: {name}") : code(100, "collection not found");

        expect("row09.loadCollection", missing, loadCollection(missing.name, 1), notFound);
        expect("row09.loadPartitions", missing, loadPartitions(missing.name, "p1"), notFound);
        expect("row09.releasePartitions", missing, releasePartitions(missing.name, "p1"), notFound);
        expect(
                "row09.releaseCollection",
                missing,
                client().releaseCollection(ReleaseCollectionParam.newBuilder()
                        .withCollectionName(missing.name)
                        .build()),
                notFound);
    }

    @Test
    void row10ReleasingPartitionsOfACollectionLoadedAsAWhole() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadCollection(f.name, 1));

        R<RpcStatus> r = releasePartitions(f.name, "p1");

        if (expect(
                "row10",
                f,
                r,
                is21() ? error(1, "releasing some partitions after load collection is not supported") : success())) {
            expect("row10.inMemory", f, inMemory(f.name, "p1", "p2"), success(List.of(0L, 100L)), PERCENTAGES);
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
                loadState(f.name),
                success(LoadState.LoadStateNotLoad),
                GetLoadStateResponse::getState);
        expect("row12.search", f, search(f.name), searchingNothingLoaded());
    }

    @Test
    void row13ReleasingACollectionWithNothingLoadedSucceeds() {
        Fixture f = collectionWithTwoPartitions();

        expect(
                "row13",
                f,
                client().releaseCollection(ReleaseCollectionParam.newBuilder()
                        .withCollectionName(f.name)
                        .build()),
                success());
    }

    @Test
    void row14TheDefaultPartitionCannotBeDropped() {
        Fixture f = collectionWithTwoPartitions();

        R<RpcStatus> r = client().dropPartition(DropPartitionParam.newBuilder()
                .withCollectionName(f.name)
                .withPartitionName("_default")
                .build());

        expect("row14", f, r, error(1, "default partition cannot be deleted"));
    }

    @Test
    void row15DroppingAPartitionThatDoesNotExist() {
        Fixture f = collectionWithTwoPartitions();

        R<RpcStatus> r = client().dropPartition(DropPartitionParam.newBuilder()
                .withCollectionName(f.name)
                .withPartitionName("nope")
                .build());

        expect("row15", f, r, is21() ? error(1, "partition nope does not exist") : code(200, ""));
    }

    @Test
    void row16DroppingALoadedPartition() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1", "p2"));

        R<RpcStatus> r = client().dropPartition(DropPartitionParam.newBuilder()
                .withCollectionName(f.name)
                .withPartitionName("p1")
                .build());

        if (expect(
                "row16",
                f,
                r,
                is21()
                        ? success()
                        : reason("partition cannot be dropped, partition is loaded, please release it first"))) {
            expect(
                    "row16.query",
                    f,
                    query(f.name, "id in [1, 101]"),
                    success(List.of(101L)),
                    TransportContractTest::sortedIds);
        }
    }

    @Test
    void row17CreatingAPartitionThatExists() {
        Fixture f = collectionWithTwoPartitions();

        R<RpcStatus> r = client().createPartition(CreatePartitionParam.newBuilder()
                .withCollectionName(f.name)
                .withPartitionName("p1")
                .build());

        expect(
                "row17",
                f,
                r,
                is21()
                        ? error(1, "partition name = p1 already exists")
                        : reason("partition name = p1 already exists").withCode(1100));
    }

    @Test
    void row18CreatingMoreThan4096PartitionsFails() {
        String name = newCollection();
        for (int i = 1; i < 4096; i++) {
            assertSuccess(client().createPartition(CreatePartitionParam.newBuilder()
                    .withCollectionName(name)
                    .withPartitionName("p" + i)
                    .build()));
        }

        R<RpcStatus> r = client().createPartition(CreatePartitionParam.newBuilder()
                .withCollectionName(name)
                .withPartitionName("one_too_many")
                .build());

        expect("row18", Fixture.named(name), r, error(1, "maximum partition's number should be limit to 4096"));
    }

    @Test
    void row19SearchingOrQueryingWithNothingLoaded() {
        Fixture f = collectionWithTwoPartitions();

        expect("row19.search", f, search(f.name), searchingNothingLoaded());
        expect(
                "row19.query",
                f,
                query(f.name, "id in [1]"),
                is21()
                        ? error(1, "collection:{name} or partition:[] not loaded into memory when query")
                        : code(101, "collection not loaded"));
    }

    /** @return SEMANTICS.md row 19's outcome for a search of a collection with nothing loaded */
    private Outcome searchingNothingLoaded() {
        return is21()
                ? error(1, "collection:{name} or partition:[] not loaded into memory when search")
                : code(101, "collection not loaded");
    }

    @Test
    void row20SearchingOrQueryingAPartitionThatIsNotLoaded() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        R<SearchResults> s = search(f.name, "p2");
        R<QueryResults> q = query(f.name, "id in [101]", "p2");

        String tail = "partition {p2Id} of collection {collectionId} has not been loaded into QueryNode";
        expect(
                "row20.search",
                f,
                s,
                is21()
                        ? errorMatching(1, "checkIfLoaded failed when search{*}" + tail)
                        : code(201, "partition not loaded"));
        expect(
                "row20.query",
                f,
                q,
                is21()
                        ? errorMatching(1, "checkIfLoaded failed when query{*}" + tail)
                        : code(201, "partition not loaded"));
    }

    @Test
    void row21SearchingWithoutPartitionNamesServesOnlyTheLoadedPartitions() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        expect("row21.search", f, search(f.name), success(P1_IDS), TransportContractTest::sortedHits);
        expect("row21.query", f, query(f.name, "id > 0"), success(P1_IDS), TransportContractTest::sortedIds);
    }

    @Test
    void row22SearchingOrQueryingAPartitionThatDoesNotExist() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));
        Outcome notFound = is21()
                ? error(1, "partition name nope not found")
                : reason("partition name nope not found").withCode(65535);

        expect("row22.search", f, search(f.name, "nope"), notFound);
        expect("row22.query", f, query(f.name, "id > 0", "nope"), notFound);
    }

    @Test
    void row23ShowingInMemoryPercentagesOfAPartitionThatIsNotLoaded() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        R<ShowPartitionsResponse> r = client().showPartitions(ShowPartitionsParam.newBuilder()
                .withCollectionName(f.name)
                .addPartitionName("p2")
                .withShowType(ShowType.InMemory)
                .build());

        expect(
                "row23",
                f,
                r,
                is21()
                        ? error(1, "partition {p2Id} of collection {collectionId} has not been loaded into QueryNode")
                        : success(List.of(0L)),
                PERCENTAGES);
    }

    @Test
    void row24InsertingIntoALoadedPartitionIsVisibleAtOnce() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        insert(f.name, "p1", List.of(42L));

        expect("row24.query", f, query(f.name, "id in [42]"), success(List.of(42L)), TransportContractTest::sortedIds);
        expect(
                "row24.search",
                f,
                client().search(SearchParam.newBuilder()
                        .withCollectionName(f.name)
                        .withVectorFieldName("vec")
                        .withMetricType(MetricType.L2)
                        .withTopK(1)
                        .withVectors(List.of(vector(42)))
                        .withConsistencyLevel(ConsistencyLevelEnum.STRONG)
                        .build()),
                success(List.of(42L)),
                TransportContractTest::sortedHits);
    }

    @Test
    void row25InsertingIntoAReleasedPartitionIsKeptUntilItIsLoaded() {
        Fixture f = collectionWithTwoPartitions();

        insert(f.name, "p2", List.of(77L));
        expect(
                "row25.released",
                f,
                query(f.name, "id in [77]", "p2"),
                is21()
                        ? error(1, "collection:{name} or partition:[p2] not loaded into memory when query")
                        : code(101, "collection not loaded"));
        assertSuccess(loadPartitions(f.name, "p2"));

        expect(
                "row25.loaded",
                f,
                query(f.name, "id in [77]", "p2"),
                success(List.of(77L)),
                TransportContractTest::sortedIds);
    }

    @Test
    void row26AReplicaNumberBelowOneIsRejectedByTheClientBeforeSending() {
        assertThatThrownBy(() -> LoadPartitionsParam.newBuilder()
                        .withCollectionName("c")
                        .addPartitionName("p")
                        .withReplicaNumber(0)
                        .build())
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("replicaNumber");
        assertThatThrownBy(() -> LoadCollectionParam.newBuilder()
                        .withCollectionName("c")
                        .withReplicaNumber(-1)
                        .build())
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("replicaNumber");
    }

    @Test
    void aServerThatCannotBeReachedIsATransportFailureNotAServerError() {
        MilvusClient unreachable = unreachableClient();
        Assumptions.assumeTrue(unreachable != null, "no unreachable client supplied");

        R<Boolean> r = unreachable.hasCollection(
                HasCollectionParam.newBuilder().withCollectionName("c").build());

        expect("unreachable", null, r, failure(TransportFailure.UNAVAILABLE));
    }

    private R<ShowPartitionsResponse> inMemory(String collection, String... partitions) {
        return client().showPartitions(ShowPartitionsParam.newBuilder()
                .withCollectionName(collection)
                .withPartitionNames(List.of(partitions))
                .withShowType(ShowType.InMemory)
                .build());
    }
}
