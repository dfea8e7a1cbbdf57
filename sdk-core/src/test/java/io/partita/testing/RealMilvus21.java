package io.partita.testing;

import static io.partita.testing.Outcome.error;
import static io.partita.testing.Outcome.errorMatching;
import static io.partita.testing.Outcome.failure;
import static io.partita.testing.Outcome.success;

import io.partita.testing.ContractSupport.Profile;
import io.partita.transport.TransportFailure;
import java.util.List;

/**
 * What real Milvus 2.1.0 (the {@code milvus} 2.1.0 wheel, interop/oracle) answered where it differs
 * from SEMANTICS.md's {@code milvus-2.1} column; every entry names its docs/compatibility.md row
 * ("Known differences from real Milvus 2.1.0").
 */
final class RealMilvus21 {
    private static final String LOAD_CONFLICT =
            "compatibility.md 2.1.0 rows 2, 3, 4, 6: 2.1.0 appends the error kind [LoadParametersMismatch]";
    private static final String MISSING_COLLECTION =
            "compatibility.md 2.1.0 row 9: error 1 with the DescribeCollection prefix, not error 4";
    private static final String NOT_LOADED =
            "compatibility.md 2.1.0 row 19: 2.1.0's checkIfLoaded wording, same error 1";
    private static final String NOT_LOADED_SEARCH =
            "checkIfLoaded failed when search, collection:{name}, partitions:[], err = showPartitions failed,"
                    + " collection = {name}, partitionIDs = [], reason = collection {collectionId} has not been loaded into QueryNode";

    static final Expectations EXPECTATIONS = Expectations.observed("milvus-2.1.0", Profile.MILVUS_2_1)
            .expect(
                    "GetLoadingProgress",
                    failure(TransportFailure.UNIMPLEMENTED)
                            .because("compatibility.md: 2.1.0 has no GetLoadingProgress RPC"))
            .expect(
                    "GetLoadState",
                    failure(TransportFailure.UNIMPLEMENTED).because("compatibility.md: 2.1.0 has no GetLoadState RPC"))
            .expect(
                    "GetQuerySegmentInfo",
                    success(0)
                            .because(
                                    "compatibility.md contract table: 2.1.0 lists only sealed segments, none before a flush"))
            .expect(
                    "LoadBalance",
                    error(1, "DescribeCollection failed: can't find collection id : 0")
                            .because(
                                    "compatibility.md contract table: 2.1.0's LoadBalance looks up the request's collection (none, id 0)"))
            .expect(
                    "GetIndexBuildProgress",
                    success(0)
                            .because(
                                    "compatibility.md 2.1.0/2.3.5 'index build progress before flush': only flushed rows count"))
            .expect(
                    "row02",
                    error(
                                    5,
                                    "collection has already been loaded, and the number of replicas 1 is not same as the request's 2."
                                            + " Should release first then reload with the new number of replicas [LoadParametersMismatch]")
                            .because(LOAD_CONFLICT))
            .expect(
                    "row03",
                    error(
                                    5,
                                    "some partitions [{p1Id}] of collection {collectionId} has been loaded into QueryNode,"
                                            + " please release partitions firstly [LoadParametersMismatch]")
                            .because(LOAD_CONFLICT))
            .expect(
                    "row04",
                    error(
                                    5,
                                    "collection {collectionId} has been loaded into QueryNode, please release collection firstly"
                                            + " [LoadParametersMismatch]")
                            .because(LOAD_CONFLICT))
            .expect(
                    "row06",
                    error(
                                    5,
                                    "some partitions [{p1Id}] of collection {collectionId} has been loaded into QueryNode,"
                                            + " please release partitions firstly [LoadParametersMismatch]")
                            .because(LOAD_CONFLICT))
            .expect(
                    "row09.loadCollection",
                    error(1, "DescribeCollection failed: can't find collection: {name}")
                            .because(MISSING_COLLECTION))
            .expect(
                    "row09.loadPartitions",
                    error(1, "DescribeCollection failed: can't find collection: {name}")
                            .because(MISSING_COLLECTION))
            .expect(
                    "row09.releasePartitions",
                    error(1, "DescribeCollection failed: can't find collection: {name}")
                            .because(MISSING_COLLECTION))
            .expect(
                    "row09.releaseCollection",
                    error(1, "DescribeCollection failed: can't find collection: {name}")
                            .because(MISSING_COLLECTION))
            .expect("row12.search", error(1, NOT_LOADED_SEARCH).because(NOT_LOADED))
            .expect(
                    "row14",
                    error(1, "DropPartition failed: default partition cannot be deleted")
                            .because("compatibility.md 2.1.0 rows 14, 15: prefix 'DropPartition failed: '"))
            .expect(
                    "row15",
                    error(1, "DropPartition failed: partition nope does not exist")
                            .because("compatibility.md 2.1.0 rows 14, 15: prefix 'DropPartition failed: '"))
            .expect(
                    "row16.query",
                    success(List.of(1L, 101L))
                            .because(
                                    "compatibility.md 2.1.0 row 16: the dropped partition stays resident and searchable"))
            .expect(
                    "row17",
                    error(1, "CreatePartition failed: partition name = p1 already exists")
                            .because("compatibility.md 2.1.0 row 17: prefix 'CreatePartition failed: '"))
            .expect(
                    "row18",
                    error(1, "CreatePartition failed: maximum partition's number should be limit to 4096")
                            .because("compatibility.md 2.1.0 row 18: prefix 'CreatePartition failed: '"))
            .expect("row19.search", error(1, NOT_LOADED_SEARCH).because(NOT_LOADED))
            .expect(
                    "row19.query",
                    error(1, NOT_LOADED_SEARCH.replace("when search", "when query"))
                            .because(NOT_LOADED))
            .expect(
                    "row20.search",
                    errorMatching(
                                    1,
                                    "fail to search on all shard leaders, err=fail to Search, QueryNode ID={n},"
                                            + " reason=stream operation failed: partition {p2Id} hasn't been loaded or has been released")
                            .because(
                                    "compatibility.md 2.1.0 row 20: the query node refuses, with its own wording and node id"))
            .expect(
                    "row20.query",
                    errorMatching(
                                    1,
                                    "fail to search on all shard leaders, err=fail to Query, QueryNode ID = {n},"
                                            + " reason=stream query failed on nodeID {n}, err = partition {p2Id} hasn't been loaded or has been released")
                            .because(
                                    "compatibility.md 2.1.0 row 20: the query node refuses, with its own wording and node id"))
            .expect(
                    "row25.released",
                    error(
                                    1,
                                    "checkIfLoaded failed when query, collection:{name}, partitions:[p2], err = showPartitions failed,"
                                            + " collection = {name}, partitionIDs = [{p2Id}], reason = collection {collectionId} has not been loaded into QueryNode")
                            .because(NOT_LOADED))
            .build();

    private RealMilvus21() {}
}
