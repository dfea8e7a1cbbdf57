package io.partita.server.engine.core;

import io.partita.server.catalog.IndexMeta;
import io.partita.server.memory.QueryNodes;
import io.partita.server.memory.ResourceGroups;
import io.partita.server.model.QueryNodeMetrics;
import io.partita.server.model.ReplicaInfo;
import io.partita.server.model.SegmentInfo;
import io.partita.server.storage.PartitionStore;
import io.partita.server.storage.SegmentData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Segment, replica and query-node reports. Node ids are 1-based, as Milvus numbers its nodes. */
final class Introspection {
    private final Registry registry;
    private final QueryNodes nodes;

    Introspection(Registry registry, QueryNodes nodes) {
        this.registry = registry;
        this.nodes = nodes;
    }

    List<SegmentInfo> querySegments(String collection) {
        CollectionRuntime c = registry.get(collection);
        List<SegmentInfo> out = new ArrayList<>();
        c.lock.lock();
        try {
            IndexMeta index =
                    c.meta.indexes().isEmpty() ? null : c.meta.indexes().get(0);
            for (PartitionRuntime p : c.partitions) {
                LoadedPartition lp = p.loaded;
                if (lp == null) {
                    continue;
                }
                List<Long> nodeIds = nodeIds(p);
                Map<Long, long[]> bySegment = new LinkedHashMap<>();
                Map<Long, Boolean> growing = new LinkedHashMap<>();
                for (SegmentData s : lp.segments()) {
                    long[] acc = bySegment.computeIfAbsent(s.segmentId(), k -> new long[2]);
                    acc[0] += s.ramBytesUsed();
                    acc[1] += s.liveRowCount();
                    growing.put(s.segmentId(), s.growing());
                }
                for (Map.Entry<Long, long[]> e : bySegment.entrySet()) {
                    out.add(new SegmentInfo(
                            e.getKey(),
                            c.id(),
                            p.id(),
                            e.getValue()[0],
                            e.getValue()[1],
                            nodeIds,
                            growing.get(e.getKey()) ? SegmentInfo.STATE_GROWING : SegmentInfo.STATE_SEALED,
                            index == null ? "" : index.name(),
                            index == null ? 0 : index.id()));
                }
            }
        } finally {
            c.lock.unlock();
        }
        return out;
    }

    private List<Long> nodeIds(PartitionRuntime p) {
        List<Long> ids = new ArrayList<>();
        if (p.charge != null) {
            for (int n = 0; n < nodes.count(); n++) {
                if (p.charge.bytesOn(n) > 0) {
                    ids.add((long) n + 1);
                }
            }
        }
        return ids;
    }

    List<SegmentInfo> persistentSegments(String collection) {
        CollectionRuntime c = registry.get(collection);
        List<SegmentInfo> out = new ArrayList<>();
        c.lock.lock();
        try {
            for (PartitionRuntime p : c.partitions) {
                for (PartitionStore.StoredSegment s : p.store.segments()) {
                    out.add(new SegmentInfo(
                            s.header().segmentId(),
                            c.id(),
                            p.id(),
                            0,
                            s.header().rowCount(),
                            List.of(),
                            SegmentInfo.STATE_FLUSHED,
                            "",
                            0));
                }
                if (p.store.growingRows() > 0) {
                    out.add(new SegmentInfo(
                            p.store.growingSegmentId(),
                            c.id(),
                            p.id(),
                            0,
                            p.store.growingRows(),
                            List.of(),
                            SegmentInfo.STATE_GROWING,
                            "",
                            0));
                }
            }
        } finally {
            c.lock.unlock();
        }
        return out;
    }

    List<ReplicaInfo> replicas(String collection) {
        CollectionRuntime c = registry.get(collection);
        List<ReplicaInfo> out = new ArrayList<>();
        c.lock.lock();
        try {
            List<Long> loaded = new ArrayList<>();
            for (PartitionRuntime p : c.partitions) {
                if (p.loadedOrLoading()) {
                    loaded.add(p.id());
                }
            }
            for (int r = 0; r < c.replicaIds.size(); r++) {
                List<Long> nodeIds = new ArrayList<>();
                for (int n : c.groups.get(r)) {
                    nodeIds.add((long) n + 1);
                }
                String rg = r < c.replicaGroups.size() ? c.replicaGroups.get(r) : ResourceGroups.DEFAULT;
                out.add(new ReplicaInfo(c.replicaIds.get(r), c.id(), loaded, nodeIds, rg));
            }
        } finally {
            c.lock.unlock();
        }
        return out;
    }

    List<QueryNodeMetrics> queryNodes() {
        List<QueryNodeMetrics> out = new ArrayList<>();
        QueryNodes.Usage usage = nodes.usage(); // one moment for all nodes
        for (int n = 0; n < nodes.count(); n++) {
            out.add(new QueryNodeMetrics(n + 1, nodes.capacityBytes(), usage.usedBytes()[n], usage.diskBytes()[n]));
        }
        return out;
    }

    /** GetMetrics system_info, in the shape of Milvus's answer (nodes_info with hardware_infos). */
    String systemInfoJson() {
        StringBuilder b = new StringBuilder("{\"nodes_info\":[");
        List<QueryNodeMetrics> list = queryNodes();
        for (int i = 0; i < list.size(); i++) {
            QueryNodeMetrics m = list.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"identifier\":")
                    .append(m.nodeId())
                    .append(",\"connected\":[],\"infos\":{\"has_error\":false,\"name\":\"querynode")
                    .append(m.nodeId())
                    .append("\",\"type\":\"querynode\",\"id\":")
                    .append(m.nodeId())
                    .append(",\"hardware_infos\":{\"memory\":")
                    .append(m.capacityBytes())
                    .append(",\"memory_usage\":")
                    .append(m.usedBytes())
                    .append("}}}");
        }
        return b.append("],\"response\":\"ok\"}").toString();
    }
}
