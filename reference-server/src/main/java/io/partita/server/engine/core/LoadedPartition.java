package io.partita.server.engine.core;

import io.partita.server.storage.SegmentData;
import java.util.ArrayList;
import java.util.List;

/**
 * The resident data of a loaded partition: an immutable snapshot. Inserts and deletes publish
 * a new snapshot; searches read the one current when they start.
 */
record LoadedPartition(long partitionId, List<SegmentData> segments) {
    LoadedPartition {
        segments = List.copyOf(segments);
    }

    long ramBytesUsed() {
        long total = 0;
        for (SegmentData s : segments) {
            total += s.ramBytesUsed();
        }
        return total;
    }

    LoadedPartition with(SegmentData added) {
        List<SegmentData> out = new ArrayList<>(segments.size() + 1);
        out.addAll(segments);
        out.add(added);
        return new LoadedPartition(partitionId, out);
    }

    LoadedPartition withSegments(List<SegmentData> newSegments) {
        return new LoadedPartition(partitionId, newSegments);
    }
}
