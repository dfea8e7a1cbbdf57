package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.QueryRequest;
import io.partita.server.storage.SegmentData;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Query by expression over the loaded snapshots: matching rows, in storage order, as columns.
 *
 * <p>Admission (issue 18): before the scan, the call charges {@link ResultAdmission#JVM} with its
 * largest possible result ({@code min(limit + offset, loaded rows)} rows with their output fields,
 * at most {@code maxOutputSize}), refused with {@code MemoryQuotaExhausted} when the calls in
 * flight leave no room; during the scan, once the matched rows would pass {@code maxOutputSize}
 * the call stops with Milvus's "query results exceed the maxOutputSize Limit 104857600" (read in
 * milvus-io/milvus internal/proxy/task_query.go, reduceRetrieveResults), code 1100. Milvus checks
 * the same bound as it merges results, since which rows match is known only by scanning.
 */
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
        long loadedRows = 0;
        for (LoadedPartition lp : targets) {
            for (SegmentData s : lp.segments()) {
                loadedRows += s.rowCount();
            }
        }
        long perRow = ResultAdmission.estimate(1, fields, outputs);
        long maxRows = Math.max(1, ResultAdmission.MAX_OUTPUT_BYTES / perRow);
        long bound = Math.min(Math.min(limit, loadedRows), maxRows);
        try (ResultAdmission.Ticket admitted =
                ResultAdmission.JVM.admit(profile, ResultAdmission.estimate(bound, fields, outputs))) {
            return scan(targets, filter, fields, outputs, req.offset(), limit, maxRows);
        }
    }

    private List<FieldColumn> scan(
            List<LoadedPartition> targets,
            Filters.Compiled filter,
            List<FieldSchema> fields,
            List<Integer> outputs,
            long offset,
            long limit,
            long maxRows) {
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
                    if (skipped < offset) {
                        skipped++;
                        continue;
                    }
                    if (rowList.size() >= limit) {
                        break outer;
                    }
                    if (rowList.size() >= maxRows) {
                        throw profile.invalidParameter(
                                "query results exceed the maxOutputSize Limit " + ResultAdmission.MAX_OUTPUT_BYTES);
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
