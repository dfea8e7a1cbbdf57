package io.partita.server.model;

import java.util.List;
import java.util.Map;

/**
 * The answer to Flush: per collection name, the ids of the segments sealed by this flush and
 * of all flushed segments. Flush is synchronous, so every returned segment is already flushed.
 */
public record FlushResult(
        Map<String, List<Long>> sealedSegmentIds, Map<String, List<Long>> flushedSegmentIds, long flushTimestamp) {
    public FlushResult {
        sealedSegmentIds = Map.copyOf(sealedSegmentIds);
        flushedSegmentIds = Map.copyOf(flushedSegmentIds);
    }
}
