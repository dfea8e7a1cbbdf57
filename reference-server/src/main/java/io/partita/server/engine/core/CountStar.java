package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.QueryRequest;
import io.partita.server.storage.SegmentData;
import java.util.BitSet;
import java.util.List;

/**
 * {@code count(*)} as a query output field: the number of live rows matching the expression (all
 * rows when it is empty), answered as one INT64 column named {@code count(*)}. Rules and texts
 * from Milvus's proxy (internal/proxy/task_query.go): it must be the only output field and
 * cannot be paginated.
 */
final class CountStar {
    static final String NAME = "count(*)";

    private CountStar() {}

    /** True when the query asks for {@code count(*)}; refuses it mixed with fields or pagination. */
    static boolean requested(LifecycleProfile profile, QueryRequest req) {
        boolean count = false;
        for (String f : req.outputFields()) {
            if (f != null && f.trim().equalsIgnoreCase(NAME)) {
                count = true;
            }
        }
        if (!count) {
            return false;
        }
        if (req.outputFields().size() > 1) {
            throw profile.invalidParameter(
                    "count entities with other output fields is not allowed, output fields: " + req.outputFields());
        }
        if (req.limit() > 0 || req.offset() > 0) {
            throw profile.invalidParameter("count entities with pagination is not allowed");
        }
        return true;
    }

    static FieldColumn count(List<LoadedPartition> targets, Filters.Compiled filter) {
        long n = 0;
        for (LoadedPartition lp : targets) {
            for (SegmentData s : lp.segments()) {
                BitSet excluded = Filters.excluded(s, filter);
                n += excluded == null ? s.rowCount() : s.rowCount() - excluded.cardinality();
            }
        }
        return FieldColumn.longs(NAME, new long[] {n});
    }
}
