package io.partita.server.engine.core;

import io.partita.server.search.FlatSearcher;
import io.partita.server.storage.SegmentData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grouping search's reduce: walks one query's hits best first and keeps, per distinct value of
 * the group field, up to {@code group_size} hits, for at most {@code topK + offset} groups. The
 * answer lists the groups in the order their best hit ranks, each group's hits together (as
 * Milvus's proxy reduce assembles them, internal/proxy/search_reduce_util.go).
 */
final class Grouper {
    private Grouper() {}

    /** The kept groups: positions into the hits, group by group. */
    record Groups(List<List<Integer>> groups, int filledGroups) {}

    static Groups groups(List<SegmentData> segments, SearchOps.Plan plan, FlatSearcher.Hits hits) {
        return groups(segments, plan.grouping(), plan.topK() + plan.offset(), hits);
    }

    static Groups groups(List<SegmentData> segments, SearchOps.Grouping g, int maxGroups, FlatSearcher.Hits hits) {
        Map<Object, List<Integer>> groups = new LinkedHashMap<>();
        int filled = 0;
        for (int i = 0; i < hits.refs().length && filled < maxGroups; i++) {
            long ref = hits.refs()[i];
            Object value =
                    segments.get((int) (ref >>> 32)).column(g.fieldIndex()).scalar((int) ref);
            List<Integer> members = groups.get(value);
            if (members == null) {
                if (groups.size() >= maxGroups) {
                    continue;
                }
                members = new ArrayList<>(g.size());
                groups.put(value, members);
            }
            if (members.size() < g.size()) {
                members.add(i);
                if (members.size() == g.size()) {
                    filled++;
                }
            }
        }
        return new Groups(new ArrayList<>(groups.values()), filled);
    }
}
