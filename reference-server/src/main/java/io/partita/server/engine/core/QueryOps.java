package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.QueryRequest;
import io.partita.server.storage.SegmentData;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Query by expression over the loaded snapshots: matching rows, in storage order, as columns. */
final class QueryOps {
    private final LifecycleProfile profile;
    private final Registry registry;

    QueryOps(LifecycleProfile profile, Registry registry) {
        this.profile = profile;
        this.registry = registry;
    }

    List<FieldColumn> query(QueryRequest req) {
        CollectionRuntime c = registry.get(req.collectionName());
        List<FieldSchema> fields = c.fields();
        List<LoadedPartition> targets = ReadTargets.resolve(profile, c, req.partitionNames(), true);
        boolean count = CountStar.requested(profile, req);
        if (req.expr().isBlank() && req.limit() <= 0 && !count) {
            throw profile.invalidParameter("empty expression should be used with limit");
        }
        if (req.offset() < 0) {
            throw profile.invalidParameter("offset must be >= 0, got " + req.offset());
        }
        Filters.Compiled filter = Filters.compile(profile, fields, req.expr());
        if (count) {
            return List.of(CountStar.count(targets, filter));
        }
        List<Integer> outputs = OutputFields.resolve(profile, fields, req.outputFields(), true);
        long limit = req.limit() <= 0 ? Long.MAX_VALUE : req.limit();
        List<SegmentData> segments = new ArrayList<>();
        List<Integer> segList = new ArrayList<>();
        List<Integer> rowList = new ArrayList<>();
        long skipped = 0;
        outer:
        for (LoadedPartition lp : targets) {
            for (SegmentData s : lp.segments()) {
                int segIndex = segments.size();
                segments.add(s);
                BitSet excluded = Filters.excluded(s, filter);
                for (int r = 0; r < s.rowCount(); r++) {
                    if (excluded != null && excluded.get(r)) {
                        continue;
                    }
                    if (skipped < req.offset()) {
                        skipped++;
                        continue;
                    }
                    if (rowList.size() >= limit) {
                        break outer;
                    }
                    segList.add(segIndex);
                    rowList.add(r);
                }
            }
        }
        int[] segs = segList.stream().mapToInt(Integer::intValue).toArray();
        int[] rows = rowList.stream().mapToInt(Integer::intValue).toArray();
        List<FieldColumn> out = new ArrayList<>(outputs.size());
        for (int f : outputs) {
            out.add(OutputFields.gather(segments, fields.get(f), f, segs, rows));
        }
        return out;
    }
}
