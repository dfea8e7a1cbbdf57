package io.partita.server.engine.core;

import io.partita.server.search.VectorIndex;
import io.partita.server.storage.SegmentData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resident data of a loaded partition: an immutable snapshot of its segments and of the
 * built indexes they carry (by segment and field). Inserts, deletes, finished index builds and
 * dropped indexes publish a new snapshot; searches read the one current when they start.
 */
record LoadedPartition(long partitionId, List<SegmentData> segments, Map<IndexKey, VectorIndex> indexes) {
    /** Which index: the segment and the field (schema order) it indexes. */
    record IndexKey(long segmentId, int field) {}

    LoadedPartition {
        segments = List.copyOf(segments);
        indexes = Map.copyOf(indexes);
    }

    LoadedPartition(long partitionId, List<SegmentData> segments) {
        this(partitionId, segments, Map.of());
    }

    /** Bytes of the segments and of their indexes. */
    long ramBytesUsed() {
        long total = 0;
        for (SegmentData s : segments) {
            total += s.ramBytesUsed();
        }
        return total + indexBytes();
    }

    long indexBytes() {
        long total = 0;
        for (VectorIndex i : indexes.values()) {
            total += i.ramBytesUsed();
        }
        return total;
    }

    /** The index of {@code field} on segment {@code segmentId}, or null (then the exact scan serves it). */
    VectorIndex index(long segmentId, int field) {
        return indexes.get(new IndexKey(segmentId, field));
    }

    /** The resident segment with this id (sealed), or null. */
    SegmentData sealed(long segmentId) {
        for (SegmentData s : segments) {
            if (!s.growing() && s.segmentId() == segmentId) {
                return s;
            }
        }
        return null;
    }

    LoadedPartition with(SegmentData added) {
        List<SegmentData> out = new ArrayList<>(segments.size() + 1);
        out.addAll(segments);
        out.add(added);
        return new LoadedPartition(partitionId, out, indexes);
    }

    /** New segments; indexes of segments no longer present are dropped (callers uncharge them first). */
    LoadedPartition withSegments(List<SegmentData> newSegments) {
        Set<Long> ids = new HashSet<>();
        for (SegmentData s : newSegments) {
            ids.add(s.segmentId());
        }
        Map<IndexKey, VectorIndex> kept = new HashMap<>();
        for (Map.Entry<IndexKey, VectorIndex> e : indexes.entrySet()) {
            if (ids.contains(e.getKey().segmentId())) {
                kept.put(e.getKey(), e.getValue());
            }
        }
        return new LoadedPartition(partitionId, newSegments, kept);
    }

    LoadedPartition withIndex(IndexKey key, VectorIndex index) {
        Map<IndexKey, VectorIndex> out = new HashMap<>(indexes);
        out.put(key, index);
        return new LoadedPartition(partitionId, segments, out);
    }

    /** Without the indexes of {@code field}; {@link #indexBytes} of the result tells what was freed. */
    LoadedPartition withoutField(int field) {
        Map<IndexKey, VectorIndex> out = new HashMap<>(indexes);
        out.keySet().removeIf(k -> k.field() == field);
        return new LoadedPartition(partitionId, segments, out);
    }
}
