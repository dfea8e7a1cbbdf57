package io.partita.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.client.MilvusClient;
import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.exception.ParamException;
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
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The contract every transport module proves against the real reference server: every operation
 * once (inherited from {@link OperationsContract}) and every row of SEMANTICS.md's partition
 * lifecycle table, with the exact error code, code and reason of the profile the server runs.
 *
 * <p>Extend it in the transport module's tests, supply {@link #client()} (connected through the
 * transport under test to a running reference server) and {@link #profile()}; optionally
 * {@link #unsupportedOperations()} and {@link #unreachableClient()}. It uses only the public
 * client API, creates uniquely named collections and drops them after each test.
 */
public abstract class TransportContractTest extends OperationsContract {

    /** @return a client whose server address has nothing listening, or {@code null} to skip that test */
    protected MilvusClient unreachableClient() {
        return null;
    }

    private R<RpcStatus> loadCollection(String name, int replicas) {
        return client().loadCollection(LoadCollectionParam.newBuilder().withCollectionName(name).withReplicaNumber(replicas).build());
    }

    private R<RpcStatus> loadPartitions(String name, String... partitions) {
        return client().loadPartitions(LoadPartitionsParam.newBuilder().withCollectionName(name)
            .withPartitionNames(List.of(partitions)).build());
    }

    private R<RpcStatus> releasePartitions(String name, String... partitions) {
        return client().releasePartitions(ReleasePartitionsParam.newBuilder().withCollectionName(name)
            .withPartitionNames(List.of(partitions)).build());
    }

    private R<SearchResults> search(String name, String... partitions) {
        return client().search(SearchParam.newBuilder().withCollectionName(name).withVectorFieldName("vec")
            .withMetricType(MetricType.L2).withTopK(10).withVectors(List.of(vector(1)))
            .withPartitionNames(List.of(partitions)).withConsistencyLevel(ConsistencyLevelEnum.STRONG).build());
    }

    private R<QueryResults> query(String name, String expr, String... partitions) {
        return client().query(QueryParam.newBuilder().withCollectionName(name).withExpr(expr).addOutField("id")
            .withPartitionNames(List.of(partitions)).withConsistencyLevel(ConsistencyLevelEnum.STRONG).build());
    }

    private static List<Long> ids(R<QueryResults> r) {
        List<Long> ids = new ArrayList<>();
        for (Object o : new QueryResultsWrapper(r.orThrow()).getFieldWrapper("id").getFieldData()) {
            ids.add((Long) o);
        }
        return ids;
    }

    @Test
    void row01LoadingALoadedCollectionAgainTheSameWaySucceeds() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadCollection(f.name, 1));

        assertSuccess(loadCollection(f.name, 1));
    }

    @Test
    void row02LoadingALoadedCollectionWithAnotherReplicaNumberFails() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadCollection(f.name, 1));

        R<RpcStatus> r = loadCollection(f.name, 2);

        if (is21()) {
            assertServerError(r, 5, "collection has already been loaded, and the number of replicas 1 is not same as"
                + " the request's 2. Should release first then reload with the new number of replicas");
        } else {
            assertServerCode(r, 1100, "can't change the replica number for loaded collection: invalid parameter[expected=1][actual=2]");
        }
    }

    @Test
    void row03LoadingACollectionWhileSomePartitionsAreLoaded() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        R<RpcStatus> r = loadCollection(f.name, 1);

        if (is21()) {
            assertServerError(r, 5, "some partitions [" + f.p1Id + "] of collection " + f.collectionId
                + " has been loaded into QueryNode, please release partitions firstly");
        } else {
            assertSuccess(r);
            assertThat(inMemory(f.name, "p1", "p2").getInMemoryPercentagesList()).containsExactly(100L, 100L);
        }
    }

    @Test
    void row04LoadingPartitionsWhileTheCollectionIsLoaded() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadCollection(f.name, 1));

        R<RpcStatus> r = loadPartitions(f.name, "p1");

        if (is21()) {
            assertServerError(r, 5, "collection " + f.collectionId + " has been loaded into QueryNode, please release collection firstly");
        } else {
            assertSuccess(r);
        }
    }

    @Test
    void row05LoadingExactlyTheLoadedPartitionsOrASubsetSucceeds() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1", "p2"));

        assertSuccess(loadPartitions(f.name, "p1", "p2"));
        assertSuccess(loadPartitions(f.name, "p1"));
    }

    @Test
    void row06LoadingAnotherPartitionInASeparateCall() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        R<RpcStatus> r = loadPartitions(f.name, "p2");

        if (is21()) {
            assertServerError(r, 5, "some partitions [" + f.p1Id + "] of collection " + f.collectionId
                + " has been loaded into QueryNode, please release partitions firstly");
        } else {
            assertSuccess(r);
            assertThat(inMemory(f.name, "p1", "p2").getInMemoryPercentagesList()).containsExactly(100L, 100L);
        }
    }

    @Test
    void row07LoadingAnEmptyPartitionListIsRejectedBeforeSending() {
        assertThatThrownBy(() -> LoadPartitionsParam.newBuilder().withCollectionName("c").withPartitionNames(List.of()).build())
            .isInstanceOf(ParamException.class).hasMessageContaining("partitionNames");
    }

    @Test
    void row08LoadingOrReleasingAPartitionThatDoesNotExist() {
        Fixture f = collectionWithTwoPartitions();

        R<RpcStatus> load = loadPartitions(f.name, "nope");
        R<RpcStatus> release = releasePartitions(f.name, "nope");

        for (R<RpcStatus> r : List.of(load, release)) {
            if (is21()) {
                assertServerError(r, 1, "partitionID of partitionName:nope can not be find");
            } else {
                assertServerCode(r, 200, "partition not found");
            }
        }
    }

    @Test
    void row09LoadingOrReleasingInACollectionThatDoesNotExist() {
        String missing = uniqueName("missing");

        List<R<RpcStatus>> results = List.of(loadCollection(missing, 1), loadPartitions(missing, "p1"),
            releasePartitions(missing, "p1"),
            client().releaseCollection(ReleaseCollectionParam.newBuilder().withCollectionName(missing).build()));

        for (R<RpcStatus> r : results) {
            if (is21()) {
                assertServerError(r, 4, "can't find collection: " + missing);
            } else {
                assertServerCode(r, 100, "collection not found");
            }
        }
    }

    @Test
    void row10ReleasingPartitionsOfACollectionLoadedAsAWhole() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadCollection(f.name, 1));

        R<RpcStatus> r = releasePartitions(f.name, "p1");

        if (is21()) {
            assertServerError(r, 1, "releasing some partitions after load collection is not supported");
        } else {
            assertSuccess(r);
            assertThat(inMemory(f.name, "p1", "p2").getInMemoryPercentagesList()).containsExactly(0L, 100L);
        }
    }

    @Test
    void row11ReleasingPartitionsThatAreNotLoadedSucceeds() {
        Fixture f = collectionWithTwoPartitions();

        assertSuccess(releasePartitions(f.name, "p1", "p2"));
    }

    @Test
    void row12ReleasingEveryLoadedPartitionReleasesTheCollection() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1", "p2"));

        assertSuccess(releasePartitions(f.name, "p1", "p2"));

        if (!unsupportedOperations().contains("GetLoadState")) {
            assertThat(loadState(f.name)).isEqualTo(LoadState.LoadStateNotLoad);
        }
        assertThat(search(f.name).isSuccess()).isFalse();
    }

    @Test
    void row13ReleasingACollectionWithNothingLoadedSucceeds() {
        Fixture f = collectionWithTwoPartitions();

        assertSuccess(client().releaseCollection(ReleaseCollectionParam.newBuilder().withCollectionName(f.name).build()));
    }

    @Test
    void row14TheDefaultPartitionCannotBeDropped() {
        Fixture f = collectionWithTwoPartitions();

        R<RpcStatus> r = client().dropPartition(DropPartitionParam.newBuilder().withCollectionName(f.name)
            .withPartitionName("_default").build());

        assertServerError(r, 1, "default partition cannot be deleted");
    }

    @Test
    void row15DroppingAPartitionThatDoesNotExist() {
        Fixture f = collectionWithTwoPartitions();

        R<RpcStatus> r = client().dropPartition(DropPartitionParam.newBuilder().withCollectionName(f.name)
            .withPartitionName("nope").build());

        if (is21()) {
            assertServerError(r, 1, "partition nope does not exist");
        } else {
            assertServerCode(r, 200, "");
        }
    }

    @Test
    void row16DroppingALoadedPartition() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1", "p2"));

        R<RpcStatus> r = client().dropPartition(DropPartitionParam.newBuilder().withCollectionName(f.name)
            .withPartitionName("p1").build());

        if (is21()) {
            assertSuccess(r);
            assertThat(ids(query(f.name, "id in [1, 101]"))).containsExactly(101L);
        } else {
            assertThat(serverError(r).getReason()).isEqualTo("partition cannot be dropped, partition is loaded, please release it first");
        }
    }

    @Test
    void row17CreatingAPartitionThatExists() {
        Fixture f = collectionWithTwoPartitions();

        R<RpcStatus> r = client().createPartition(CreatePartitionParam.newBuilder().withCollectionName(f.name)
            .withPartitionName("p1").build());

        if (is21()) {
            assertServerError(r, 1, "partition name = p1 already exists");
        } else {
            assertServerCode(r, 1100, "partition name = p1 already exists");
            assertThat(serverError(r).getReason()).isEqualTo("partition name = p1 already exists");
        }
    }

    @Test
    void row18CreatingMoreThan4096PartitionsFails() {
        String name = newCollection();
        for (int i = 1; i < 4096; i++) {
            assertSuccess(client().createPartition(CreatePartitionParam.newBuilder().withCollectionName(name)
                .withPartitionName("p" + i).build()));
        }

        R<RpcStatus> r = client().createPartition(CreatePartitionParam.newBuilder().withCollectionName(name)
            .withPartitionName("one_too_many").build());

        assertServerError(r, 1, "maximum partition's number should be limit to 4096");
    }

    @Test
    void row19SearchingOrQueryingWithNothingLoaded() {
        Fixture f = collectionWithTwoPartitions();

        R<SearchResults> s = search(f.name);
        R<QueryResults> q = query(f.name, "id in [1]");

        if (is21()) {
            assertServerError(s, 1, "collection:" + f.name + " or partition:[] not loaded into memory when search");
            assertServerError(q, 1, "collection:" + f.name + " or partition:[] not loaded into memory when query");
        } else {
            assertServerCode(s, 101, "collection not loaded");
            assertServerCode(q, 101, "collection not loaded");
        }
    }

    @Test
    void row20SearchingOrQueryingAPartitionThatIsNotLoaded() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        R<SearchResults> s = search(f.name, "p2");
        R<QueryResults> q = query(f.name, "id in [101]", "p2");

        if (is21()) {
            String tail = "partition " + f.p2Id + " of collection " + f.collectionId + " has not been loaded into QueryNode";
            assertThat(serverError(s).getErrorCode()).isEqualTo(1);
            assertThat(serverError(s).getReason()).startsWith("checkIfLoaded failed when search").endsWith(tail);
            assertThat(serverError(q).getErrorCode()).isEqualTo(1);
            assertThat(serverError(q).getReason()).startsWith("checkIfLoaded failed when query").endsWith(tail);
        } else {
            assertServerCode(s, 201, "partition not loaded");
            assertServerCode(q, 201, "partition not loaded");
        }
    }

    @Test
    void row21SearchingWithoutPartitionNamesServesOnlyTheLoadedPartitions() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        SearchResultsWrapper hits = new SearchResultsWrapper(search(f.name).orThrow().getResults());
        List<Long> queried = ids(query(f.name, "id > 0"));

        assertThat(hits.getIDScore(0)).extracting(SearchResultsWrapper.IDScore::getLongID).containsExactlyInAnyOrderElementsOf(P1_IDS);
        assertThat(queried).containsExactlyInAnyOrderElementsOf(P1_IDS);
    }

    @Test
    void row22SearchingOrQueryingAPartitionThatDoesNotExist() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        R<SearchResults> s = search(f.name, "nope");
        R<QueryResults> q = query(f.name, "id > 0", "nope");

        for (R<?> r : List.of(s, q)) {
            if (is21()) {
                assertServerError(r, 1, "partition name nope not found");
            } else {
                assertServerCode(r, 65535, "partition name nope not found");
                assertThat(serverError(r).getReason()).isEqualTo("partition name nope not found");
            }
        }
    }

    @Test
    void row23ShowingInMemoryPercentagesOfAPartitionThatIsNotLoaded() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        R<ShowPartitionsResponse> r = client().showPartitions(ShowPartitionsParam.newBuilder().withCollectionName(f.name)
            .addPartitionName("p2").withShowType(ShowType.InMemory).build());

        if (is21()) {
            assertServerError(r, 1, "partition " + f.p2Id + " of collection " + f.collectionId + " has not been loaded into QueryNode");
        } else {
            assertSuccess(r);
            assertThat(r.getData().getInMemoryPercentagesList()).containsExactly(0L);
        }
    }

    @Test
    void row24InsertingIntoALoadedPartitionIsVisibleAtOnce() {
        Fixture f = collectionWithTwoPartitions();
        assertSuccess(loadPartitions(f.name, "p1"));

        insert(f.name, "p1", List.of(42L));

        assertThat(ids(query(f.name, "id in [42]"))).containsExactly(42L);
        assertThat(new SearchResultsWrapper(client().search(SearchParam.newBuilder().withCollectionName(f.name)
            .withVectorFieldName("vec").withMetricType(MetricType.L2).withTopK(1).withVectors(List.of(vector(42)))
            .withConsistencyLevel(ConsistencyLevelEnum.STRONG).build()).orThrow().getResults()).getIDScore(0).get(0).getLongID())
            .isEqualTo(42L);
    }

    @Test
    void row25InsertingIntoAReleasedPartitionIsKeptUntilItIsLoaded() {
        Fixture f = collectionWithTwoPartitions();

        insert(f.name, "p2", List.of(77L));
        assertThat(query(f.name, "id in [77]", "p2").isSuccess()).isFalse();
        assertSuccess(loadPartitions(f.name, "p2"));

        assertThat(ids(query(f.name, "id in [77]", "p2"))).containsExactly(77L);
    }

    @Test
    void row26AReplicaNumberBelowOneIsRejectedByTheClientBeforeSending() {
        assertThatThrownBy(() -> LoadPartitionsParam.newBuilder().withCollectionName("c").addPartitionName("p")
            .withReplicaNumber(0).build()).isInstanceOf(ParamException.class).hasMessageContaining("replicaNumber");
        assertThatThrownBy(() -> LoadCollectionParam.newBuilder().withCollectionName("c").withReplicaNumber(-1).build())
            .isInstanceOf(ParamException.class).hasMessageContaining("replicaNumber");
    }

    @Test
    void aServerThatCannotBeReachedIsATransportFailureNotAServerError() {
        MilvusClient unreachable = unreachableClient();
        Assumptions.assumeTrue(unreachable != null, "no unreachable client supplied");

        R<Boolean> r = unreachable.hasCollection(HasCollectionParam.newBuilder().withCollectionName("c").build());

        assertTransportFailure(r, TransportFailure.UNAVAILABLE);
    }

    private ShowPartitionsResponse inMemory(String collection, String... partitions) {
        return client().showPartitions(ShowPartitionsParam.newBuilder().withCollectionName(collection)
            .withPartitionNames(List.of(partitions)).withShowType(ShowType.InMemory).build()).orThrow();
    }
}
