package io.partita.server.storage;

import io.partita.server.model.FieldColumn;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Deleted primary keys of a partition with the timestamp of their latest delete. A row is
 * deleted when a delete of its key is newer than the row ({@code delete seq > row seq}).
 * Not thread-safe: guarded by the owning partition's lock; readers get {@link #snapshot()}.
 */
public final class Tombstones {
    private final Map<Object, Long> latest = new HashMap<>();

    public void add(Object key, long seq) {
        latest.merge(key, seq, Math::max);
    }

    /** Keeps exactly {@code kept} (a compaction dropped the keys no remaining row needs). */
    public void replaceWith(Map<Object, Long> kept) {
        latest.clear();
        latest.putAll(kept);
    }

    public boolean isEmpty() {
        return latest.isEmpty();
    }

    public int size() {
        return latest.size();
    }

    /** A copy that can be read without the lock. */
    public Map<Object, Long> snapshot() {
        return Map.copyOf(latest);
    }

    /**
     * The deleted set of {@code seg} with these tombstones applied; returns the segment itself
     * when nothing changes.
     */
    public SegmentData apply(SegmentData seg, int pkIndex) {
        return apply(seg, pkIndex, latest);
    }

    public static SegmentData apply(SegmentData seg, int pkIndex, Map<Object, Long> deletes) {
        if (deletes.isEmpty() || seg.rowCount() == 0) {
            return seg;
        }
        FieldColumn pk = seg.column(pkIndex);
        BitSet out = null;
        for (int r = 0; r < seg.rowCount(); r++) {
            if (seg.isDeleted(r)) {
                continue;
            }
            Long del = deletes.get(pk.scalar(r));
            if (del != null && del > seg.seq()) {
                if (out == null) {
                    out = seg.deleted() == null
                            ? new BitSet(seg.rowCount())
                            : (BitSet) seg.deleted().clone();
                }
                out.set(r);
            }
        }
        return out == null ? seg : seg.withDeleted(out);
    }
}
