package io.partita.server.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The route table of the Milvus 2.1 HTTP API (the proxy's {@code /api/v1} handlers): every route
 * maps one HTTP method and path to one {@code MilvusService} RPC. GET routes read a JSON body
 * too, as Milvus 2.1 did. Immutable and thread-safe.
 */
final class Routes {
    static final String PREFIX = "/api/v1";

    private static final List<Route> ALL = List.of(
            Route.of("POST", "/dummy", "Dummy"),
            Route.of("POST", "/collection", "CreateCollection"),
            Route.of("DELETE", "/collection", "DropCollection"),
            Route.of("GET", "/collection/existence", "HasCollection"),
            Route.of("GET", "/collection", "DescribeCollection"),
            Route.of("POST", "/collection/load", "LoadCollection"),
            Route.of("DELETE", "/collection/load", "ReleaseCollection"),
            Route.of("GET", "/collection/statistics", "GetCollectionStatistics"),
            Route.of("GET", "/collections", "ShowCollections"),
            Route.of("POST", "/partition", "CreatePartition"),
            Route.of("DELETE", "/partition", "DropPartition"),
            Route.of("GET", "/partition/existence", "HasPartition"),
            Route.of("POST", "/partitions/load", "LoadPartitions"),
            Route.of("DELETE", "/partitions/load", "ReleasePartitions"),
            Route.of("GET", "/partition/statistics", "GetPartitionStatistics"),
            Route.of("GET", "/partitions", "ShowPartitions"),
            Route.of("POST", "/alias", "CreateAlias"),
            Route.of("DELETE", "/alias", "DropAlias"),
            Route.of("PATCH", "/alias", "AlterAlias"),
            Route.of("POST", "/index", "CreateIndex"),
            Route.of("GET", "/index", "DescribeIndex"),
            Route.of("GET", "/index/state", "GetIndexState"),
            Route.of("GET", "/index/progress", "GetIndexBuildProgress"),
            Route.of("DELETE", "/index", "DropIndex"),
            Route.of("POST", "/entities", "Insert"),
            Route.of("DELETE", "/entities", "Delete"),
            Route.of("POST", "/search", "Search"),
            Route.of("POST", "/query", "Query"),
            Route.of("POST", "/persist", "Flush"),
            Route.of("GET", "/distance", "CalcDistance"),
            Route.of("GET", "/persist/state", "GetFlushState"),
            Route.of("GET", "/persist/segment-info", "GetPersistentSegmentInfo"),
            Route.of("GET", "/query-segment-info", "GetQuerySegmentInfo"),
            Route.of("GET", "/replicas", "GetReplicas"),
            Route.of("GET", "/metrics", "GetMetrics"),
            Route.of("POST", "/load-balance", "LoadBalance"),
            Route.of("GET", "/compaction/state", "GetCompactionState"),
            Route.of("GET", "/compaction/plans", "GetCompactionStateWithPlans"),
            Route.of("POST", "/compaction", "ManualCompaction"),
            Route.of("POST", "/import", "Import"),
            Route.of("GET", "/import/state", "GetImportState"),
            Route.of("GET", "/import/tasks", "ListImportTasks"),
            Route.of("POST", "/credential", "CreateCredential"),
            Route.of("PATCH", "/credential", "UpdateCredential"),
            Route.of("DELETE", "/credential", "DeleteCredential"),
            Route.of("GET", "/credential/users", "ListCredUsers"),
            // Partita extensions: RPCs newer than Milvus 2.1's HTTP API, so REST clients can wait for loads.
            Route.of("GET", "/collection/loading-progress", "GetLoadingProgress"),
            Route.of("GET", "/collection/load-state", "GetLoadState"));

    private static final Map<String, Route> BY_KEY = index();

    private Routes() {}

    /** @return every route, in the order of Milvus's table */
    static List<Route> all() {
        return ALL;
    }

    /** @return the route for this method and path below {@link #PREFIX} */
    static Optional<Route> find(String method, String path) {
        return Optional.ofNullable(BY_KEY.get(method + " " + path));
    }

    /** @return whether some method serves this path (to tell 405 from 404) */
    static boolean knownPath(String path) {
        return ALL.stream().anyMatch(r -> r.path().equals(path));
    }

    private static Map<String, Route> index() {
        Map<String, Route> m = new HashMap<>();
        for (Route r : ALL) {
            m.put(r.method() + " " + r.path(), r);
        }
        return Map.copyOf(m);
    }
}
