package io.partita.server.engine.core;

import io.partita.server.catalog.PartitionMeta;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.memory.QueryNodes;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FlushResult;
import io.partita.server.model.MutationResult;
import io.partita.server.model.QueryRequest;
import io.partita.server.storage.FramedLog;
import io.partita.server.storage.PartitionStore;
import io.partita.server.storage.SegmentData;
import io.partita.server.storage.SegmentFileReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Inserts, deletes and flushes. An insert is appended to the partition's WAL under the
 * collection lock, synced outside it (so concurrent inserts share an fsync), and then made
 * resident if the partition is loaded; it is acknowledged only after both.
 */
final class DataOps {
    private final LifecycleProfile profile;
    private final Registry registry;
    private final LoadManager loads;
    private final HybridClock clock;
    private final CompactionOps compactions;

    DataOps(
            LifecycleProfile profile,
            Registry registry,
            LoadManager loads,
            HybridClock clock,
            CompactionOps compactions) {
        this.profile = profile;
        this.registry = registry;
        this.loads = loads;
        this.clock = clock;
        this.compactions = compactions;
    }

    MutationResult insert(String collection, String partition, List<FieldColumn> columns, long numRows) {
        CollectionRuntime c = registry.get(collection);
        PartitionKeys.refuseNamedPartition(profile, c, partition);
        checkPartitionName(partition);
        PartitionRuntime p = c.meta.schema().partitionKey() == null ? partition(c, partition) : null;
        List<FieldColumn> ordered =
                InsertPreparer.prepare(profile, c.fields(), columns, numRows, clock, false, TypedText.zone(profile, c));
        long seq = 0;
        if (p != null) {
            seq = append(c, p, ordered);
        } else {
            List<List<FieldColumn>> groups = PartitionKeys.split(ordered, keyIndex(c), c.partitions.size());
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i) != null) {
                    seq = append(c, hidden(c, i), groups.get(i));
                }
            }
        }
        return new MutationResult(ordered.get(c.pkIndex()), ordered.get(0).rowCount(), seq);
    }

    /** The column index of a partition key collection's key field. */
    private static int keyIndex(CollectionRuntime c) {
        return c.fields().indexOf(c.meta.schema().partitionKey());
    }

    /** Hidden partition {@code i} of a partition key collection. */
    private PartitionRuntime hidden(CollectionRuntime c, int i) {
        return partition(c, PartitionKeys.partitionName(i));
    }

    /** Appends prepared rows to one partition's log, syncs, and publishes them; returns their timestamp. */
    private long append(CollectionRuntime c, PartitionRuntime p, List<FieldColumn> ordered) {
        int rows = ordered.get(0).rowCount();
        long seq;
        long pos;
        FramedLog wal;
        SegmentData chunk = null;
        QueryNodes.Charge reserved = null;
        c.lock.lock();
        try {
            checkAlive(c, p);
            seq = clock.next();
            chunk = new SegmentData(p.store.growingSegmentId(), seq, rows, ordered, null, true);
            reserved = loads.reserveInsert(c, p, LoadManager.residentBytes(c, chunk));
            pos = p.store.appendInsert(seq, ordered);
            wal = p.store.wal();
        } catch (IOException e) {
            if (chunk != null) {
                loads.unreserve(c, p, reserved, LoadManager.residentBytes(c, chunk));
            }
            throw profile.unexpected(
                    "failed to write the insert to the log of partition " + p.name() + ": " + e.getMessage());
        } finally {
            c.lock.unlock();
        }
        try {
            wal.syncTo(pos);
        } catch (IOException e) {
            throw profile.unexpected("failed to sync the log of partition " + p.name() + ": " + e.getMessage());
        }
        c.lock.lock();
        try {
            if (!c.dropped && c.partitions.contains(p)) {
                loads.applyInsert(c, p, chunk, reserved);
            }
        } finally {
            c.lock.unlock();
        }
        return seq;
    }

    /**
     * Upsert: the new rows are appended to the log and synced first, then their keys are deleted
     * in the same partition (every partition under a partition key) with a timestamp just older
     * than the rows, all under the collection lock
     * (so no flush can seal old and new rows together). A crash between the two leaves both rows
     * on disk, never neither.
     */
    MutationResult upsert(String collection, String partition, List<FieldColumn> columns) {
        CollectionRuntime c = registry.get(collection);
        PartitionKeys.refuseNamedPartition(profile, c, partition);
        checkPartitionName(partition);
        PartitionRuntime p = c.meta.schema().partitionKey() == null ? partition(c, partition) : null;
        List<FieldColumn> ordered =
                InsertPreparer.prepare(profile, c.fields(), columns, 0, clock, true, TypedText.zone(profile, c));
        if (p != null) {
            return upsertInto(c, p, ordered);
        }
        List<List<FieldColumn>> groups = PartitionKeys.split(ordered, keyIndex(c), c.partitions.size());
        long seq = 0;
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i) != null) {
                seq = upsertInto(c, hidden(c, i), groups.get(i)).timestamp();
            }
        }
        return new MutationResult(ordered.get(c.pkIndex()), ordered.get(0).rowCount(), seq);
    }

    /**
     * A partial upsert (Milvus 2.6 {@code partial_update}): the rows are made whole from the stored
     * rows of their keys, read by {@code reader} (a query, so the collection must be loaded), then
     * upserted as usual. The rules are {@link PartialUpserts}'s.
     */
    MutationResult partialUpsert(
            String collection,
            String partition,
            List<FieldColumn> columns,
            Function<QueryRequest, List<FieldColumn>> reader) {
        CollectionRuntime c = registry.get(collection);
        if (!profile.partialUpserts()) {
            return upsert(collection, partition, columns); // before 2.6 the flag is unknown: whole rows
        }
        PartitionKeys.refuseNamedPartition(profile, c, partition);
        checkPartitionName(partition);
        QueryRequest stored = PartialUpserts.storedRows(c, partition, columns);
        if (stored == null) {
            return upsert(collection, partition, columns); // refused there: no primary key
        }
        return upsert(collection, partition, PartialUpserts.merge(profile, c, columns, reader.apply(stored)));
    }

    private MutationResult upsertInto(CollectionRuntime c, PartitionRuntime p, List<FieldColumn> ordered) {
        int rows = ordered.get(0).rowCount();
        FieldColumn keys = ordered.get(c.pkIndex());
        List<Object> keyList = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            keyList.add(keys.scalar(r));
        }
        long seq;
        QueryNodes.Charge reserved = null;
        c.lock.lock();
        try {
            checkAlive(c, p);
            long deleteSeq = clock.next();
            seq = clock.next();
            SegmentData chunk = new SegmentData(p.store.growingSegmentId(), seq, rows, ordered, null, true);
            reserved = loads.reserveInsert(c, p, LoadManager.residentBytes(c, chunk));
            long pos;
            try {
                pos = p.store.appendInsert(seq, ordered);
                p.store.wal().syncTo(pos);
            } catch (IOException e) {
                loads.unreserve(c, p, reserved, LoadManager.residentBytes(c, chunk));
                throw e;
            }
            loads.applyInsert(c, p, chunk, reserved);
            // the delete half targets the upsert's own partition, as Milvus's upsert task gives its
            // delete message the request's partition (internal/proxy/task_upsert.go deletePreExecute);
            // with a partition key it is every partition (common.AllPartitionsID)
            for (PartitionRuntime q : c.meta.schema().partitionKey() == null ? List.of(p) : c.partitions) {
                q.store.appendDelete(deleteSeq, keyList);
                loads.applyDeletes(c, q);
            }
        } catch (IOException e) {
            throw profile.unexpected(
                    "failed to write the upsert to the log of partition " + p.name() + ": " + e.getMessage());
        } finally {
            c.lock.unlock();
        }
        return new MutationResult(keys, rows, seq);
    }

    MutationResult delete(String collection, String partition, String expr) {
        CollectionRuntime c = registry.get(collection);
        PartitionKeys.refuseNamedPartition(profile, c, partition);
        List<PartitionRuntime> targets =
                partition == null || partition.isBlank() ? c.partitions : List.of(partition(c, partition));
        // a delete by expression reads the loaded rows of a loaded partition: a partial load's
        // missing fields cannot be filtered on there, as with Milvus's query behind a delete
        Filters.Compiled filter = Filters.compile(profile, c.fields(), expr, c.residentFields);
        if (filter == null) {
            throw profile.invalidParameter("delete plan can't be empty or always true : " + expr);
        }
        int pk = c.pkIndex();
        List<Object> direct = Filters.primaryKeyTerms(c.fields().get(pk), expr);
        List<Object> all = new ArrayList<>();
        long seq;
        c.lock.lock();
        try {
            seq = clock.next();
            for (PartitionRuntime p : targets) {
                checkAlive(c, p);
                List<Object> keys = new ArrayList<>();
                if (direct != null) {
                    // "pk in [..]": Milvus records the keys without looking for the rows
                    keys.addAll(direct);
                }
                for (SegmentData s : direct != null ? List.<SegmentData>of() : residentOrStored(c, p)) {
                    BitSet excluded = Filters.excluded(s, filter);
                    for (int r = 0; r < s.rowCount(); r++) {
                        if (excluded == null || !excluded.get(r)) {
                            keys.add(s.column(pk).scalar(r));
                        }
                    }
                }
                if (!keys.isEmpty()) {
                    p.store.appendDelete(seq, keys);
                    loads.applyDeletes(c, p);
                    if (direct == null || all.isEmpty()) {
                        all.addAll(keys);
                    }
                }
            }
        } catch (IOException e) {
            throw profile.unexpected("failed to persist the delete: " + e.getMessage());
        } finally {
            c.lock.unlock();
        }
        return new MutationResult(keyColumn(c, profile.deleteAnswersKeys() ? all : List.of()), all.size(), seq);
    }

    private FieldColumn keyColumn(CollectionRuntime c, List<Object> keys) {
        String name = c.fields().get(c.pkIndex()).name();
        if (c.fields().get(c.pkIndex()).dataType() == io.partita.server.model.DataType.VARCHAR) {
            List<String> s = new ArrayList<>();
            keys.forEach(k -> s.add((String) k));
            return FieldColumn.varchars(name, s);
        }
        return FieldColumn.longs(name, keys.stream().mapToLong(k -> (Long) k).toArray());
    }

    /** The partition's rows: the loaded snapshot, or read from disk (not charged: transient). */
    private List<SegmentData> residentOrStored(CollectionRuntime c, PartitionRuntime p) throws IOException {
        LoadedPartition lp = p.loaded;
        if (lp != null) {
            return lp.segments();
        }
        List<SegmentData> out = new ArrayList<>();
        for (PartitionStore.StoredSegment f : p.store.segments()) {
            out.add(SegmentFileReader.read(f.file(), c.fields(), n -> {}, () -> false));
        }
        out.addAll(p.store.readGrowing());
        List<SegmentData> applied = new ArrayList<>(out.size());
        for (SegmentData s : out) {
            applied.add(p.store.tombstones().apply(s, c.pkIndex()));
        }
        return applied;
    }

    FlushResult flush(List<String> collections) {
        Map<String, List<Long>> sealed = new HashMap<>();
        Map<String, List<Long>> flushed = new HashMap<>();
        for (String name : collections) {
            CollectionRuntime c = registry.get(name);
            List<Long> newIds = new ArrayList<>();
            List<Long> allIds = new ArrayList<>();
            c.lock.lock();
            try {
                for (PartitionRuntime p : c.partitions) {
                    PartitionStore.FlushOutcome o = p.store.flush(registry.ttlFloor(c));
                    if (o != null) {
                        loads.applyFlush(c, p, o);
                        if (o.sealed() != null) {
                            newIds.add(o.sealed().header().segmentId());
                        }
                    }
                }
                compactions.afterFlush(c);
                for (PartitionRuntime p : c.partitions) {
                    for (PartitionStore.StoredSegment s : p.store.segments()) {
                        allIds.add(s.header().segmentId());
                    }
                }
            } catch (IOException e) {
                throw profile.unexpected("flush of collection " + name + " failed: " + e.getMessage());
            } finally {
                c.lock.unlock();
            }
            if (!newIds.isEmpty()) {
                loads.sealed(c);
            }
            sealed.put(name, newIds);
            flushed.put(name, allIds);
        }
        return new FlushResult(sealed, flushed, clock.next());
    }

    boolean flushed(List<Long> segmentIds) {
        for (CollectionRuntime c : registry.all()) {
            for (PartitionRuntime p : c.partitions) {
                if (p.store.growingRows() > 0 && segmentIds.contains(p.store.growingSegmentId())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Milvus 2.6's insert and upsert validate the partition name before looking it up, a '-' aside
     * (test_insert.py TestUpsertInvalid: {@code n-ame} is not found, {@code n12 ame} is invalid;
     * test_milvus_client_insert.py: {@code Invalid partition name: 12 s.}).
     */
    private void checkPartitionName(String partition) {
        // an empty name means _default; a blank one is validated (and refused as empty), as Milvus's
        // insert task validates any partition name the request carries
        if (profile.validatesNamesBeforeLookup() && partition != null && !partition.isEmpty()) {
            try {
                Names.check(profile, "partition", partition.replace('-', '_'));
            } catch (RuntimeException invalid) {
                Names.check(profile, "partition", partition);
            }
        }
    }

    private PartitionRuntime partition(CollectionRuntime c, String name) {
        String n = name == null || name.isBlank() ? PartitionMeta.DEFAULT_NAME : Names.trimmed(name);
        PartitionRuntime p = c.partition(n);
        if (p == null) {
            throw profile.partitionNotFound(n);
        }
        return p;
    }

    private void checkAlive(CollectionRuntime c, PartitionRuntime p) {
        if (c.dropped) {
            throw profile.collectionNotFound(c.name());
        }
        if (!c.partitions.contains(p)) {
            throw profile.partitionNotFound(p.name());
        }
    }
}
