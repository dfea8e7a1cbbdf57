package io.partita.testing;

import static io.partita.testing.Outcome.error;
import static io.partita.testing.Outcome.errorMatching;
import static io.partita.testing.Outcome.failure;
import static io.partita.testing.Outcome.success;

import io.partita.testing.ContractSupport.Profile;
import io.partita.transport.TransportFailure;

/**
 * What real Milvus 2.3.5 (the {@code milvus} 2.3.5 wheel, interop/oracle) answered where it differs
 * from SEMANTICS.md's {@code milvus-2.3} column; every entry names its docs/compatibility.md row
 * ("Known differences from real Milvus 2.3.5"). 2.3.5 refuses to load a collection without an
 * index, so every fixture collection gets a FLAT index first.
 */
final class RealMilvus23 {
    static final Expectations EXPECTATIONS = Expectations.observed("milvus-2.3.5", Profile.MILVUS_2_3)
            .indexFirst()
            .expect(
                    "GetLoadingProgress@http",
                    failure(TransportFailure.UNIMPLEMENTED)
                            .because(
                                    "compatibility.md contract table: 2.3.5's /api/v1 HTTP API has no GetLoadingProgress route (HTTP 404)"))
            .expect(
                    "GetLoadState@http",
                    failure(TransportFailure.UNIMPLEMENTED)
                            .because(
                                    "compatibility.md contract table: 2.3.5's /api/v1 HTTP API has no GetLoadState route (HTTP 404)"))
            .expect(
                    "GetQuerySegmentInfo",
                    success(0)
                            .because(
                                    "compatibility.md contract table: 2.3.5 lists only sealed segments, none before a flush"))
            .expect(
                    "GetIndexBuildProgress",
                    success(0)
                            .because(
                                    "compatibility.md 2.3.5 'index build progress before flush': only flushed rows count"))
            .expect(
                    "CalcDistance",
                    error(1, "service unavailable: CalcDistance deprecated")
                            .withCode(2)
                            .because(
                                    "compatibility.md contract table: 2.3.5 answers CalcDistance deprecated; the reference server answers UNIMPLEMENTED"))
            .expect(
                    "row10.inMemory",
                    error(1, "partition not loaded[partition={p1Id}]")
                            .withCode(201)
                            .because(
                                    "compatibility.md contract table, row 10: after releasing p1, ShowPartitions InMemory naming p1 is refused"))
            .expect(
                    "LoadBalance",
                    error(4, "collection not found[collection=0]")
                            .withCode(100)
                            .because(
                                    "compatibility.md contract table: 2.3.5's LoadBalance needs a collection; the reference server has none to balance"))
            .expect(
                    "row15",
                    success()
                            .because(
                                    "compatibility.md 2.3.5 row 15: dropping a missing partition is an idempotent no-op"))
            .expect(
                    "row17",
                    success()
                            .because(
                                    "compatibility.md 2.3.5 row 17: creating an existing partition is an idempotent no-op"))
            .expect(
                    "row18",
                    error(1, "partition number (4096) exceeds max configuration (4096), collection: {name}")
                            .withCode(65535)
                            .because("compatibility.md 2.3.5 row 18: 2.3.5's own wording and code 65535"))
            .expect(
                    "row20.search",
                    errorMatching(
                                    1,
                                    "failed to search/query delegator {n} for channel {*}: fail to Search, QueryNode ID={n},"
                                            + " reason=partition not loaded[partition=[{p2Id}]]")
                            .withCode(65535)
                            .because(
                                    "compatibility.md 2.3.5 row 20: code 65535 with the delegator's wording, node id and channel"))
            .expect(
                    "row20.query",
                    errorMatching(
                                    1,
                                    "failed to search/query delegator {n} for channel {*}: fail to Query, QueryNode ID = {n},"
                                            + " reason=partition not loaded[partition=[{p2Id}]]")
                            .withCode(65535)
                            .because(
                                    "compatibility.md 2.3.5 row 20: code 65535 with the delegator's wording, node id and channel"))
            .expect(
                    "row23",
                    error(1, "partition not loaded[partition={p2Id}]")
                            .withCode(201)
                            .because(
                                    "compatibility.md 2.3.5 row 23: ShowPartitions InMemory of a partition not loaded is refused"))
            .build();

    private RealMilvus23() {}
}
