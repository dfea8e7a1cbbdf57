package io.partita.server.engine.core;

import io.partita.server.model.SearchRequest;
import io.partita.server.storage.SegmentData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An iterator's snapshot: pymilvus 3 and milvus-sdk-java 2.6 pin the first answer's
 * {@code session_ts} as every later page's {@code guarantee_timestamp}, and Milvus then reads as
 * of that timestamp (internal/proxy/task_query.go and task_search.go take it as the MVCC
 * timestamp when {@code iterator} is set), so rows inserted meanwhile do not appear. Here every
 * insert lands in its own growing chunk stamped with the insert's timestamp, so the chunks newer
 * than the snapshot are left out; sealed segments are older than any live iterator's snapshot
 * unless a flush merges newer rows in meanwhile (then they are seen).
 */
final class Snapshots {
    private Snapshots() {}

    /** The snapshot timestamp carried in a search's params, 0 if none. */
    static long of(Map<String, String> params) {
        String ts = params.get(SearchRequest.SNAPSHOT_TS);
        if (ts == null) {
            return 0;
        }
        try {
            return Long.parseLong(ts.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The targets without the growing chunks written after {@code ts}; all of them when ts is 0. */
    static List<LoadedPartition> asOf(List<LoadedPartition> targets, long ts) {
        return ts <= 0 ? targets : keep(targets, s -> !s.growing() || s.seq() <= ts);
    }

    /** Each target with only the segments {@code kept} accepts (the same snapshot when it accepts all). */
    private static List<LoadedPartition> keep(List<LoadedPartition> targets, Predicate<SegmentData> kept) {
        List<LoadedPartition> out = new ArrayList<>(targets.size());
        for (LoadedPartition lp : targets) {
            List<SegmentData> segments = new ArrayList<>(lp.segments().size());
            for (SegmentData s : lp.segments()) {
                if (kept.test(s)) {
                    segments.add(s);
                }
            }
            out.add(
                    segments.size() == lp.segments().size()
                            ? lp
                            : new LoadedPartition(lp.partitionId(), segments, lp.indexes()));
        }
        return out;
    }

    /** The targets without the segments whose newest row is older than {@code floor}; all when floor is 0. */
    static List<LoadedPartition> unexpired(List<LoadedPartition> targets, long floor) {
        return floor <= 0 ? targets : keep(targets, s -> s.seq() >= floor);
    }
}
