package io.partita.server.storage;

import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * One partition's data on disk, under {@code dir}: flushed segment files
 * ({@code seg-<id>.seg}), the write-ahead log of unflushed inserts ({@code wal-<gen>.log}) and
 * the delete log ({@code deletes.log}). Not thread-safe: the caller holds the collection's
 * lock; only syncing the WAL returned by {@link #wal()} may happen without it (group commit).
 */
public final class PartitionStore implements AutoCloseable {
    private final Path dir;
    private volatile List<FieldSchema> fields;
    private final int pkIndex;
    private final LongSupplier ids;
    private final List<StoredSegment> segments = new ArrayList<>();
    private final Tombstones tombstones = new Tombstones();
    /** Created on the first delete; null before. */
    private FramedLog deletes;
    /** Created on the first insert after open or flush; null while there is no unflushed data. */
    private FramedLog wal;

    private int walGen;
    private long growingSegmentId;
    private long walRows;
    private long deletedCount;
    private long maxSeq;

    private final List<String> corruptFiles = new ArrayList<>();

    /** A flushed segment file and its header. */
    public record StoredSegment(Path file, SegmentHeader header) {}

    /**
     * What a flush did.
     *
     * @param sealed the new segment file, or null when every flushed row was deleted
     * @param merged its rows in memory (null with {@code sealed})
     * @param growingSegmentId the id the flushed rows carried while growing
     * @param sealedSeq the newest timestamp sealed
     */
    public record FlushOutcome(StoredSegment sealed, SegmentData merged, long growingSegmentId, long sealedSeq) {}

    private PartitionStore(Path dir, List<FieldSchema> fields, int pkIndex, LongSupplier ids) {
        this.dir = dir;
        this.fields = List.copyOf(fields);
        this.pkIndex = pkIndex;
        this.ids = ids;
    }

    /**
     * Opens (creating) the partition directory and recovers it: segment headers are checked,
     * WAL records already sealed into a segment are dropped, a torn log tail is cut off.
     *
     * @param ids allocator of new segment ids
     */
    public static PartitionStore open(Path dir, List<FieldSchema> fields, int pkIndex, LongSupplier ids)
            throws IOException {
        PartitionStore s = new PartitionStore(dir, fields, pkIndex, ids);
        if (!Files.isDirectory(dir)) {
            // a new partition: files are created on its first write
            s.growingSegmentId = ids.getAsLong();
            return s;
        }
        Compactions.recover(dir);
        List<byte[]> deleteRecords = new ArrayList<>();
        if (Files.exists(s.deletesPath())) {
            s.deletes = FramedLog.open(s.deletesPath(), deleteRecords);
        }
        for (byte[] r : deleteRecords) {
            DeleteCodec.Delete d = DeleteCodec.decode(r);
            for (Object k : d.keys()) {
                s.tombstones.add(k, d.seq());
            }
            s.deletedCount += d.keys().size();
            s.maxSeq = Math.max(s.maxSeq, d.seq());
        }
        s.recoverFiles();
        return s;
    }

    private void recoverFiles() throws IOException {
        List<Path> wals = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (n.startsWith("seg-") && n.endsWith(".seg")) {
                    try {
                        segments.add(new StoredSegment(p, SegmentFileReader.readHeader(p)));
                    } catch (CorruptSegmentException e) {
                        corruptFiles.add(e.getMessage());
                    }
                } else if (n.startsWith("wal-") && n.endsWith(".log")) {
                    wals.add(p);
                } else if (n.endsWith(".tmp")) {
                    Files.delete(p);
                }
            }
        }
        segments.sort(Comparator.comparingLong(s -> s.header().segmentId()));
        long sealedSeq = 0;
        for (StoredSegment s : segments) {
            sealedSeq = Math.max(sealedSeq, s.header().seq());
        }
        maxSeq = Math.max(maxSeq, sealedSeq);
        wals.sort(Comparator.comparingInt(PartitionStore::walGeneration));
        List<byte[]> kept = new ArrayList<>();
        for (Path w : wals) {
            walGen = Math.max(walGen, walGeneration(w));
            List<byte[]> records = new ArrayList<>();
            try (FramedLog log = FramedLog.open(w, records)) {
                for (byte[] r : records) {
                    long seq = java.nio.ByteBuffer.wrap(r)
                            .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                            .getLong();
                    if (seq > sealedSeq) {
                        kept.add(r);
                    }
                }
            }
        }
        growingSegmentId = ids.getAsLong();
        if (wals.size() == 1 && kept.size() == countRecords(wals.get(0))) {
            wal = FramedLog.open(wals.get(0), new ArrayList<>());
        } else if (kept.isEmpty()) {
            for (Path w : wals) {
                Files.deleteIfExists(w);
            }
        } else {
            // rewrite what survives into a fresh log, then drop the old ones
            walGen++;
            wal = FramedLog.open(walPath(walGen), new ArrayList<>());
            long end = 0;
            for (byte[] r : kept) {
                end = wal.append(r);
            }
            wal.syncTo(end);
            if (!wals.isEmpty()) {
                SegmentFileWriter.syncDirectory(dir);
            }
            for (Path w : wals) {
                Files.deleteIfExists(w);
            }
        }
        for (byte[] r : kept) {
            SegmentData chunk = ColumnCodec.decodeBatch(r, fields, growingSegmentId);
            walRows += chunk.rowCount();
            maxSeq = Math.max(maxSeq, chunk.seq());
        }
    }

    private static int countRecords(Path w) throws IOException {
        List<byte[]> records = new ArrayList<>();
        FramedLog.open(w, records).close();
        return records.size();
    }

    private static int walGeneration(Path p) {
        String n = p.getFileName().toString();
        return Integer.parseInt(n.substring(4, n.length() - 4));
    }

    private Path walPath(int gen) {
        return dir.resolve("wal-" + gen + ".log");
    }

    private Path deletesPath() {
        return dir.resolve("deletes.log");
    }

    /** Appends an insert batch to the WAL (not yet durable); returns the position to sync {@link #wal()} to. */
    public long appendInsert(long seq, List<FieldColumn> columns) throws IOException {
        if (wal == null) {
            Files.createDirectories(dir);
            walGen++;
            wal = FramedLog.open(walPath(walGen), new ArrayList<>());
        }
        long pos = wal.append(ColumnCodec.encodeBatch(seq, columns));
        walRows += columns.get(0).rowCount();
        maxSeq = Math.max(maxSeq, seq);
        return pos;
    }

    /** The current WAL, to call {@link FramedLog#syncTo} on outside the lock (group commit). */
    public FramedLog wal() {
        return wal;
    }

    /** Appends a delete and syncs it; tombstones take effect at once. */
    public void appendDelete(long seq, List<Object> keys) throws IOException {
        if (deletes == null) {
            Files.createDirectories(dir);
            deletes = FramedLog.open(deletesPath(), new ArrayList<>());
        }
        long pos = deletes.append(DeleteCodec.encode(seq, keys));
        deletes.syncTo(pos);
        for (Object k : keys) {
            tombstones.add(k, seq);
        }
        deletedCount += keys.size();
        maxSeq = Math.max(maxSeq, seq);
    }

    /** The unflushed rows, decoded from the WAL, as growing chunks. */
    public List<SegmentData> readGrowing() throws IOException {
        if (wal == null) {
            return List.of();
        }
        List<byte[]> records = new ArrayList<>();
        FramedLog.readValid(wal.channel(), wal.endPosition(), records);
        List<SegmentData> out = new ArrayList<>(records.size());
        for (byte[] r : records) {
            out.add(ColumnCodec.decodeBatch(r, fields, growingSegmentId));
        }
        return out;
    }

    /**
     * Seals the WAL's rows (minus deleted ones) into a new segment file and starts a new log.
     * Returns null when there was nothing to seal.
     */
    public FlushOutcome flush() throws IOException {
        return flush(0);
    }

    /**
     * As {@link #flush()}, leaving out the rows of inserts older than {@code expiredBefore} (a
     * collection's TTL: Milvus's compaction drops expired rows the same way); 0 keeps every row.
     */
    public FlushOutcome flush(long expiredBefore) throws IOException {
        List<SegmentData> chunks = readGrowing();
        if (chunks.isEmpty()) {
            return null;
        }
        SegmentData merged = merge(chunks, expiredBefore);
        long flushedGrowingId = growingSegmentId;
        StoredSegment sealed = null;
        if (merged.rowCount() > 0) {
            Path file = dir.resolve("seg-" + merged.segmentId() + ".seg");
            SegmentFileWriter.write(file, fields, merged);
            sealed = new StoredSegment(file, SegmentFileReader.readHeader(file));
            segments.add(sealed);
        }
        FramedLog old = wal;
        wal = null;
        old.close();
        Files.deleteIfExists(old.path());
        walRows = 0;
        growingSegmentId = ids.getAsLong();
        return new FlushOutcome(sealed, sealed == null ? null : merged, flushedGrowingId, merged.seq());
    }

    /**
     * What a compaction of this partition did.
     *
     * @param sources the segments replaced (their files are gone)
     * @param target the new segment, or null when every row of the sources was deleted
     * @param removedRows deleted rows left out of the new file
     * @param droppedTombstones deleted keys no longer kept (no remaining row is older than their delete)
     */
    public record CompactOutcome(
            List<StoredSegment> sources, StoredSegment target, long removedRows, long droppedTombstones) {}

    /** Deleted rows that are still stored in sealed segments or the WAL (what a compaction would drop or keep). */
    public long deletedCount() {
        return deletedCount;
    }

    /**
     * Rewrites every sealed segment into one new segment without its deleted rows, and truncates
     * the delete log to the keys that still have an older row in the WAL. Returns null when there is
     * nothing to gain (one segment, no deleted row). Crash-safe: the new segment and delete log are
     * written and synced under names recovery ignores, then a manifest naming the swap is synced (the
     * switch), then the files are renamed and the old ones deleted; {@link #open} finishes a swap
     * whose manifest exists and discards the new files of one whose manifest does not.
     */
    public CompactOutcome compact() throws IOException {
        if (segments.isEmpty()) {
            return null;
        }
        List<SegmentData> sealed = new ArrayList<>(segments.size());
        long deletedRows = 0;
        for (StoredSegment f : segments) {
            SegmentData s = tombstones.apply(SegmentFileReader.read(f.file(), fields, n -> {}, () -> false), pkIndex);
            deletedRows += s.rowCount() - s.liveRowCount();
            sealed.add(s);
        }
        // keys whose delete still applies to an unflushed row stay; every other one has no row left
        java.util.Map<Object, Long> kept = new java.util.HashMap<>();
        java.util.Map<Object, Long> all = tombstones.snapshot();
        for (SegmentData g : readGrowing()) {
            for (int r = 0; r < g.rowCount(); r++) {
                Object k = g.column(pkIndex).scalar(r);
                Long del = all.get(k);
                if (del != null && del > g.seq()) {
                    kept.put(k, del);
                }
            }
        }
        if (deletedRows == 0 && segments.size() < 2 && kept.size() == all.size()) {
            return null;
        }
        SegmentData merged = merge(sealed, ids.getAsLong(), Long.MIN_VALUE);
        List<StoredSegment> sources = List.copyOf(segments);
        StoredSegment target = null;
        if (deletes != null) {
            deletes.close();
            deletes = null;
        }
        Compactions.Swap swap = Compactions.write(dir, fields, merged.rowCount() > 0 ? merged : null, sources, kept);
        Compactions.commit(swap);
        segments.clear();
        if (merged.rowCount() > 0) {
            Path file = dir.resolve("seg-" + merged.segmentId() + ".seg");
            target = new StoredSegment(file, SegmentFileReader.readHeader(file));
            segments.add(target);
        }
        if (Files.exists(deletesPath())) {
            deletes = FramedLog.open(deletesPath(), new ArrayList<>());
        }
        long dropped = (long) all.size() - kept.size();
        tombstones.replaceWith(kept);
        deletedCount = 0; // the kept keys apply only to unflushed rows
        return new CompactOutcome(sources, target, deletedRows, dropped);
    }

    /** Concatenates growing chunks into one sealed segment, dropping deleted and expired rows. */
    private SegmentData merge(List<SegmentData> chunks, long expiredBefore) {
        return merge(chunks, chunks.get(0).segmentId(), expiredBefore);
    }

    /**
     * Concatenates {@code chunks} into one segment {@code segmentId}, dropping deleted rows and
     * those of chunks older than {@code expiredBefore} (the TTL floor; {@code Long.MIN_VALUE} keeps all).
     */
    private SegmentData merge(List<SegmentData> chunks, long segmentId, long expiredBefore) {
        List<Integer> live = new ArrayList<>();
        long seq = 0;
        int base = 0;
        for (SegmentData c : chunks) {
            SegmentData applied = tombstones.apply(c, pkIndex);
            for (int r = 0; r < c.rowCount(); r++) {
                if (!applied.isDeleted(r) && c.seq() >= expiredBefore) {
                    live.add(base + r);
                }
            }
            base += c.rowCount();
            seq = Math.max(seq, c.seq());
        }
        int[] rows = live.stream().mapToInt(Integer::intValue).toArray();
        List<FieldColumn> cols = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            List<FieldColumn> parts = new ArrayList<>(chunks.size());
            for (SegmentData c : chunks) {
                parts.add(c.column(i));
            }
            cols.add(Columns.select(parts, rows));
        }
        return new SegmentData(segmentId, seq, rows.length, cols, null, false);
    }

    public List<StoredSegment> segments() {
        return List.copyOf(segments);
    }

    /** Messages naming segment files whose header failed its checks at open; such a partition cannot load. */
    public List<String> corruptFiles() {
        return List.copyOf(corruptFiles);
    }

    public Tombstones tombstones() {
        return tombstones;
    }

    public long growingSegmentId() {
        return growingSegmentId;
    }

    /** Rows in the WAL (unflushed). */
    public long growingRows() {
        return walRows;
    }

    /** Rows inserted and durable (flushed + unflushed), not counting deletes, as Milvus's statistics do. */
    public long insertedRows() {
        long total = walRows;
        for (StoredSegment s : segments) {
            total += s.header().rowCount();
        }
        return total;
    }

    /** Highest timestamp stored in this partition. */
    public long maxSeq() {
        return maxSeq;
    }

    public List<FieldSchema> fields() {
        return fields;
    }

    /**
     * AddCollectionField: from now on rows are read and sealed with this schema (the new field
     * last); what was stored before reads the new field as null or its default. Call under the
     * collection's lock.
     */
    public void setFields(List<FieldSchema> newFields) {
        fields = List.copyOf(newFields);
    }

    public int pkIndex() {
        return pkIndex;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException {
        if (wal != null) {
            wal.close();
        }
        if (deletes != null) {
            deletes.close();
        }
    }

    /**
     * TruncateCollection: deletes every file of the partition (segments, their index files, the
     * WAL and the delete log) and leaves the store open and empty, so the partition takes inserts
     * again; a restart finds no rows. Timestamps keep rising. Call under the collection's lock.
     */
    public void truncate() throws IOException {
        destroy();
        wal = null;
        deletes = null;
        segments.clear();
        tombstones.replaceWith(java.util.Map.of());
        corruptFiles.clear();
        walRows = 0;
        deletedCount = 0;
        growingSegmentId = ids.getAsLong();
    }

    /** Closes and deletes every file of the partition. */
    public void destroy() throws IOException {
        close();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }
}
