package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.QueryRequest;
import io.partita.server.storage.SegmentData;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Query by expression over the loaded snapshots: matching rows, in storage order, as columns.
 *
 * <p>Admission (issue 18): before the scan, the call charges {@link ResultAdmission#JVM} with its
 * largest possible result ({@code min(limit + offset, loaded rows)} rows with their output fields,
 * at most {@code maxOutputSize}), refused with {@code MemoryQuotaExhausted} when the calls in
 * flight leave no room; once the matched rows' real size (text by its characters, not its
 * declared {@code max_length}) passes {@code maxOutputSize} the call stops with Milvus's "query results exceed the maxOutputSize Limit 104857600" (read in
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
        ReadTargets.Reading reading =
                ReadTargets.resolveWithFields(profile, c, req.partitionNames(), true, req.expr(), registry.ttlFloor(c));
        List<LoadedPartition> targets = Snapshots.asOf(reading.targets(), req.snapshotTs());
        boolean count = CountStar.requested(profile, req);
        if (req.expr().isBlank() && req.limit() <= 0 && !count) {
            throw profile.invalidParameter("empty expression should be used with limit: invalid parameter");
        }
        if (req.offset() < 0) {
            throw profile.invalidParameter("offset must be >= 0, got " + req.offset());
        }
        Filters.Compiled filter = Filters.compile(profile, fields, req.expr(), reading.resident());
        if (count) {
            return List.of(CountStar.count(targets, filter));
        }
        List<Integer> outputs = OutputFields.resolve(profile, fields, req.outputFields(), true, reading.resident());
        long limit = req.limit() <= 0 ? Long.MAX_VALUE : req.limit();
        long loadedRows = 0;
        for (LoadedPartition lp : targets) {
            for (SegmentData s : lp.segments()) {
                loadedRows += s.rowCount();
            }
        }
        // the reservation counts text at its declared length, so it is capped at maxOutputSize;
        // the answer itself is measured as gathered (what Milvus compares with maxOutputSize)
        long reserve = Math.min(
                ResultAdmission.estimate(Math.min(limit, loadedRows), fields, outputs),
                ResultAdmission.MAX_OUTPUT_BYTES);
        long maxRows = Math.max(1, ResultAdmission.MAX_OUTPUT_BYTES / ResultAdmission.minimumRowBytes(fields, outputs));
        try (ResultAdmission.Ticket admitted = ResultAdmission.JVM.admit(profile, reserve)) {
            return scan(c, req, targets, filter, outputs, limit, maxRows);
        }
    }

    private List<FieldColumn> scan(
            CollectionRuntime c,
            QueryRequest req,
            List<LoadedPartition> targets,
            Filters.Compiled filter,
            List<Integer> outputs,
            long limit,
            long maxRows) {
        List<FieldSchema> fields = c.fields();
        List<SegmentData> segments = new ArrayList<>();
        List<Integer> segList = new ArrayList<>();
        List<Integer> rowList = new ArrayList<>();
        // one row past maxOutputSize tells that the answer would exceed it
        long taken = Math.min(limit, maxRows + 1);
        if (req.pkOrder() || (req.limit() > 0 && profile.limitedQueriesInKeyOrder())) {
            pkOrdered(c, targets, filter, req.offset(), taken, segments, segList, rowList);
        } else {
            storageOrdered(c, targets, filter, req.offset(), taken, segments, segList, rowList);
        }
        if (rowList.size() > maxRows) {
            throw tooLarge();
        }
        int[] segs = segList.stream().mapToInt(Integer::intValue).toArray();
        int[] rows = rowList.stream().mapToInt(Integer::intValue).toArray();
        List<FieldColumn> out = new ArrayList<>(outputs.size());
        for (int f : outputs) {
            out.add(OutputFields.gather(segments, fields.get(f), f, segs, rows));
        }
        if (ResultAdmission.actualBytes(out) > ResultAdmission.MAX_OUTPUT_BYTES) {
            throw tooLarge();
        }
        return out;
    }

    private EngineException tooLarge() {
        return profile.invalidParameter(
                "query results exceed the maxOutputSize Limit " + ResultAdmission.MAX_OUTPUT_BYTES);
    }

    /** Receives matching rows in storage order; answers false to stop the scan. */
    private interface RowSink {
        boolean accept(int segIndex, int row);
    }

    /** Every matching row in storage order, registering each segment in {@code segments}. */
    private static void scan(
            List<LoadedPartition> targets, Filters.Compiled filter, List<SegmentData> segments, RowSink sink) {
        for (LoadedPartition lp : targets) {
            for (SegmentData s : lp.segments()) {
                int segIndex = segments.size();
                segments.add(s);
                BitSet excluded = Filters.excluded(s, filter);
                for (int r = 0; r < s.rowCount(); r++) {
                    if ((excluded == null || !excluded.get(r)) && !sink.accept(segIndex, r)) {
                        return;
                    }
                }
            }
        }
    }

    /**
     * Matching rows in storage order, one per primary key: the position is the key's first
     * matching row, the values its newest. Milvus keeps, for a primary key inserted more than once,
     * the row with the latest timestamp when it merges query results (querynode
     * MergeSegcoreRetrieveResults, internal/querynodev2/segments/result.go: {@code idTsMap}); here
     * the newer of two rows is the one in the segment with the newer last insert, or the later row
     * of one segment (rows carry no timestamp of their own). Every match is scanned, since a later
     * row can replace one already taken; only the first {@code offset + limit} keys are kept.
     */
    private static void storageOrdered(
            CollectionRuntime c,
            List<LoadedPartition> targets,
            Filters.Compiled filter,
            long offset,
            long limit,
            List<SegmentData> segments,
            List<Integer> segList,
            List<Integer> rowList) {
        int pk = c.pkIndex();
        long wanted = limit > Long.MAX_VALUE - offset ? Long.MAX_VALUE : offset + limit;
        Map<Object, Integer> position = new HashMap<>();
        List<int[]> picked = new ArrayList<>();
        scan(targets, filter, segments, (seg, row) -> {
            Object key = segments.get(seg).column(pk).scalar(row);
            Integer at = position.get(key);
            if (at != null) {
                if (newer(segments, seg, row, picked.get(at))) {
                    picked.set(at, new int[] {seg, row});
                }
            } else if (picked.size() < wanted) {
                position.put(key, picked.size());
                picked.add(new int[] {seg, row});
            }
            return true;
        });
        for (long i = offset; i < picked.size() && rowList.size() < limit; i++) {
            int[] ref = picked.get((int) i);
            segList.add(ref[0]);
            rowList.add(ref[1]);
        }
    }

    /** Whether row {@code row} of segment {@code seg} was inserted after {@code than}. */
    private static boolean newer(List<SegmentData> segments, int seg, int row, int[] than) {
        if (seg == than[0]) {
            return row > than[1];
        }
        long a = segments.get(seg).seq();
        long b = segments.get(than[0]).seq();
        return a != b ? a > b : seg > than[0];
    }

    /**
     * Every matching row sorted by primary key, then offset and limit: the order a query
     * iterator pages in (Milvus reduces an iterator's query results by primary key; the clients
     * then ask for {@code pk > last}).
     */
    private static void pkOrdered(
            CollectionRuntime c,
            List<LoadedPartition> targets,
            Filters.Compiled filter,
            long offset,
            long limit,
            List<SegmentData> segments,
            List<Integer> segList,
            List<Integer> rowList) {
        int pk = c.pkIndex();
        List<long[]> refs = new ArrayList<>();
        scan(targets, filter, segments, (seg, row) -> refs.add(new long[] {seg, row}));
        java.util.Comparator<long[]> byPk = (a, b) -> {
            Object x = segments.get((int) a[0]).column(pk).scalar((int) a[1]);
            Object y = segments.get((int) b[0]).column(pk).scalar((int) b[1]);
            if (x instanceof Long lx && y instanceof Long ly) {
                return Long.compare(lx, ly);
            }
            return String.valueOf(x).compareTo(String.valueOf(y));
        };
        refs.sort(byPk);
        // one row per primary key, its newest (see storageOrdered)
        List<long[]> distinct = new ArrayList<>(refs.size());
        for (long[] ref : refs) {
            int last = distinct.size() - 1;
            if (last >= 0 && byPk.compare(distinct.get(last), ref) == 0) {
                long[] kept = distinct.get(last);
                if (newer(segments, (int) ref[0], (int) ref[1], new int[] {(int) kept[0], (int) kept[1]})) {
                    distinct.set(last, ref);
                }
            } else {
                distinct.add(ref);
            }
        }
        for (long i = offset; i < distinct.size() && rowList.size() < limit; i++) {
            long[] ref = distinct.get((int) i);
            segList.add((int) ref[0]);
            rowList.add((int) ref[1]);
        }
    }
}
