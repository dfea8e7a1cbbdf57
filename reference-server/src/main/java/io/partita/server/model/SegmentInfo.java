package io.partita.server.model;

import java.util.List;

/**
 * A loaded segment (GetQuerySegmentInfo), or a stored one (GetPersistentSegmentInfo, where
 * {@code memSizeBytes} is 0 and {@code nodeIds} empty).
 *
 * @param memSizeBytes bytes this segment occupies in memory per replica
 * @param nodeIds the query nodes holding a replica of it
 * @param state the wire {@code common.SegmentState}: 2 Growing, 3 Sealed, 4 Flushed
 */
public record SegmentInfo(
        long segmentId,
        long collectionId,
        long partitionId,
        long memSizeBytes,
        long numRows,
        List<Long> nodeIds,
        int state,
        String indexName,
        long indexId) {
    public SegmentInfo {
        nodeIds = List.copyOf(nodeIds);
    }

    public static final int STATE_GROWING = 2;
    public static final int STATE_SEALED = 3;
    public static final int STATE_FLUSHED = 4;
}
