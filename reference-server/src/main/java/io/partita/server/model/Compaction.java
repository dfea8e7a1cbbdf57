package io.partita.server.model;

import java.util.List;

/**
 * One compaction of a collection (ManualCompaction, or automatic when a partition's deleted rows
 * pass the threshold): its id and one plan per partition that was rewritten. Partita compacts
 * synchronously, so a compaction that is returned has completed.
 *
 * @param id the compaction id (GetCompactionState's {@code compactionID})
 * @param collection the collection compacted
 * @param plans one merge per partition rewritten (empty when there was nothing to compact)
 */
public record Compaction(long id, String collection, List<Plan> plans) {
    public Compaction {
        plans = List.copyOf(plans);
    }

    /**
     * One partition's merge: its sealed segments {@code sources} rewritten into {@code target}
     * without their deleted rows.
     *
     * @param sources the segment ids replaced
     * @param target the new segment's id, or 0 when every row was deleted
     * @param removedRows deleted rows dropped from the files
     * @param droppedTombstones deleted keys dropped from the delete log (no row they apply to remains)
     * @param freedBytes memory charged before minus after on a loaded partition (0 when not loaded)
     */
    public record Plan(List<Long> sources, long target, long removedRows, long droppedTombstones, long freedBytes) {
        public Plan {
            sources = List.copyOf(sources);
        }
    }
}
