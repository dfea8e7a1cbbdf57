package io.partita.server.http;

import io.partita.server.engine.Engine;
import io.partita.server.model.CollectionInfo;
import io.partita.server.model.PartitionInfo;
import io.partita.server.model.QueryNodeMetrics;
import io.partita.server.model.SegmentInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code /metrics} page in the Prometheus text format (version 0.0.4): memory and load state
 * read from the engine at scrape time, plus the HTTP API's own request counters. Read-only; it
 * never changes engine state.
 */
final class PrometheusText {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {}

    static String render(Engine engine, RouteMetrics routes, RequestBodies bodies) {
        StringBuilder out = new StringBuilder(4096);
        queryNodes(engine, out);
        collections(engine, out);
        routes.render(out);
        requestBodies(bodies, out);
        return out.toString();
    }

    private static void requestBodies(RequestBodies bodies, StringBuilder out) {
        header(
                out,
                "partita_http_request_body_bytes_in_flight",
                "gauge",
                "Bytes of HTTP request bodies being read or handled now.");
        out.append("partita_http_request_body_bytes_in_flight ")
                .append(bodies.inFlightBytes())
                .append('\n');
        header(
                out,
                "partita_http_request_body_budget_bytes",
                "gauge",
                "Most bytes of HTTP request bodies held at once; past it bodies are refused with 429.");
        out.append("partita_http_request_body_budget_bytes ")
                .append(bodies.budgetBytes())
                .append('\n');
    }

    private static void queryNodes(Engine engine, StringBuilder out) {
        List<QueryNodeMetrics> nodes = engine.queryNodes();
        header(out, "partita_querynode_capacity_bytes", "gauge", "Memory capacity of each simulated query node.");
        for (QueryNodeMetrics n : nodes) {
            out.append("partita_querynode_capacity_bytes{node_id=\"")
                    .append(n.nodeId())
                    .append("\"} ")
                    .append(n.capacityBytes())
                    .append('\n');
        }
        header(out, "partita_querynode_used_bytes", "gauge", "Loaded bytes charged to each simulated query node.");
        for (QueryNodeMetrics n : nodes) {
            out.append("partita_querynode_used_bytes{node_id=\"")
                    .append(n.nodeId())
                    .append("\"} ")
                    .append(n.usedBytes())
                    .append('\n');
        }
        header(
                out,
                "partita_querynode_mmap_bytes",
                "gauge",
                "Memory-mapped bytes (mmap.enabled columns) each simulated query node holds on disk.");
        for (QueryNodeMetrics n : nodes) {
            out.append("partita_querynode_mmap_bytes{node_id=\"")
                    .append(n.nodeId())
                    .append("\"} ")
                    .append(n.mmapBytes())
                    .append('\n');
        }
    }

    private static void collections(Engine engine, StringBuilder out) {
        StringBuilder loadedCollections = new StringBuilder();
        StringBuilder loadedPartitions = new StringBuilder();
        StringBuilder progress = new StringBuilder();
        for (CollectionInfo c : engine.showCollections(List.of(), false)) {
            String coll = "collection=\"" + escape(c.name()) + "\"";
            Map<Long, String> partitionNames = new HashMap<>();
            Map<Long, Long> bytesByPartition = new HashMap<>();
            long total = 0;
            try {
                for (PartitionInfo p : engine.showPartitions(c.name(), List.of(), false)) {
                    partitionNames.put(p.partitionId(), p.name());
                    bytesByPartition.put(p.partitionId(), 0L);
                }
                for (SegmentInfo s : loadedSegments(engine, c.name())) {
                    bytesByPartition.merge(s.partitionId(), s.memSizeBytes(), Long::sum);
                    total += s.memSizeBytes();
                }
                progress.append("partita_collection_load_progress_percent{")
                        .append(coll)
                        .append("} ")
                        .append(engine.loadingProgress(c.name(), List.of()))
                        .append('\n');
            } catch (RuntimeException droppedMeanwhile) {
                continue; // the collection went away between listing and reading; skip it this scrape
            }
            loadedCollections
                    .append("partita_collection_loaded_bytes{")
                    .append(coll)
                    .append("} ")
                    .append(total)
                    .append('\n');
            bytesByPartition.forEach((id, bytes) -> loadedPartitions
                    .append("partita_partition_loaded_bytes{")
                    .append(coll)
                    .append(",partition=\"")
                    .append(escape(partitionNames.getOrDefault(id, String.valueOf(id))))
                    .append("\"} ")
                    .append(bytes)
                    .append('\n'));
        }
        header(
                out,
                "partita_collection_loaded_bytes",
                "gauge",
                "Bytes of a collection loaded in query nodes (all replicas).");
        out.append(loadedCollections);
        header(
                out,
                "partita_partition_loaded_bytes",
                "gauge",
                "Bytes of a partition loaded in query nodes (all replicas).");
        out.append(loadedPartitions);
        header(out, "partita_collection_load_progress_percent", "gauge", "Loading progress of a collection, 0..100.");
        out.append(progress);
    }

    private static List<SegmentInfo> loadedSegments(Engine engine, String collection) {
        try {
            return engine.querySegmentInfo(collection);
        } catch (RuntimeException notLoaded) {
            return List.of();
        }
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
