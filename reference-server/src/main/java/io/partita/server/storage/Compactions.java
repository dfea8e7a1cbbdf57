package io.partita.server.storage;

import io.partita.server.model.FieldSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The files of a partition compaction and their crash-safe switch. A compaction writes its new
 * segment as {@code cmp-<id>.seg} and its truncated delete log as {@code deletes.cmp} (names the
 * partition's recovery does not read), syncs them, then writes and syncs {@code compaction.manifest}
 * naming the new and the replaced files: that rename is the switch. Then the new files take their
 * final names and the replaced segments (and their index files) are deleted; the manifest goes
 * last. At open, {@link #recover} finishes a switch whose manifest exists and deletes the new files
 * of one whose manifest does not, so a crash leaves the old files or the new ones, never both.
 */
public final class Compactions {
    static final String MANIFEST = "compaction.manifest";
    static final String DELETES = "deletes.cmp";

    /** The switch points, in order; a test hook may stop the process at any of them. */
    public static final String SEGMENT_WRITTEN = "segment-written";

    public static final String MANIFEST_WRITTEN = "manifest-written";
    public static final String RENAMED = "renamed";

    private static volatile Consumer<String> crashHook = point -> {};

    private Compactions() {}

    /** The new files, synced, and the manifest that names them. */
    record Swap(Path dir, long targetId, List<Path> sources) {}

    /**
     * Tests only: called at each switch point ({@link #SEGMENT_WRITTEN}, {@link #MANIFEST_WRITTEN},
     * {@link #RENAMED}); throwing from it leaves the files as a crash at that point would.
     */
    public static void crashHook(Consumer<String> hook) {
        crashHook = hook == null ? point -> {} : hook;
    }

    /** Writes and syncs the new segment ({@code merged}, null when no row is left) and delete log, then the manifest. */
    static Swap write(
            Path dir,
            List<FieldSchema> fields,
            SegmentData merged,
            List<PartitionStore.StoredSegment> sources,
            Map<Object, Long> keptDeletes)
            throws IOException {
        long targetId = merged == null ? 0 : merged.segmentId();
        if (merged != null) {
            SegmentFileWriter.write(dir.resolve("cmp-" + targetId + ".seg"), fields, merged);
        }
        Path deletes = dir.resolve(DELETES);
        Files.deleteIfExists(deletes);
        Map<Long, List<Object>> bySeq = new TreeMap<>();
        keptDeletes.forEach(
                (k, seq) -> bySeq.computeIfAbsent(seq, s -> new ArrayList<>()).add(k));
        try (FramedLog log = FramedLog.open(deletes, new ArrayList<>())) {
            long end = 0;
            for (Map.Entry<Long, List<Object>> e : bySeq.entrySet()) {
                end = log.append(DeleteCodec.encode(e.getKey(), e.getValue()));
            }
            log.syncTo(end);
            log.channel().force(true);
        }
        SegmentFileWriter.syncDirectory(dir);
        crashHook.accept(SEGMENT_WRITTEN);
        StringBuilder m = new StringBuilder("target ").append(targetId).append('\n');
        List<Path> files = new ArrayList<>();
        for (PartitionStore.StoredSegment s : sources) {
            m.append("source ").append(s.file().getFileName()).append('\n');
            files.add(s.file());
        }
        Path tmp = dir.resolve(MANIFEST + ".tmp");
        Files.writeString(tmp, m.toString(), StandardCharsets.UTF_8);
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, dir.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        SegmentFileWriter.syncDirectory(dir);
        crashHook.accept(MANIFEST_WRITTEN);
        return new Swap(dir, targetId, files);
    }

    /** After the switch: the new files take their names, the replaced ones go, then the manifest. */
    static void commit(Swap swap) throws IOException {
        Path dir = swap.dir();
        if (swap.targetId() != 0) {
            Path cmp = dir.resolve("cmp-" + swap.targetId() + ".seg");
            if (Files.exists(cmp)) {
                Files.move(cmp, dir.resolve("seg-" + swap.targetId() + ".seg"), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Path deletes = dir.resolve(DELETES);
        if (Files.exists(deletes)) {
            Files.move(
                    deletes,
                    dir.resolve("deletes.log"),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        SegmentFileWriter.syncDirectory(dir);
        crashHook.accept(RENAMED);
        for (Path source : swap.sources()) {
            Files.deleteIfExists(source);
            String seg = source.getFileName().toString();
            String prefix = seg.substring(0, seg.length() - ".seg".length()) + ".idx-";
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, prefix + "*")) {
                for (Path idx : ds) {
                    Files.deleteIfExists(idx);
                }
            }
        }
        SegmentFileWriter.syncDirectory(dir);
        Files.deleteIfExists(dir.resolve(MANIFEST));
        SegmentFileWriter.syncDirectory(dir);
    }

    /** At open, before anything else is read: finishes or undoes a compaction a crash cut short. */
    static void recover(Path dir) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        Files.deleteIfExists(dir.resolve(MANIFEST + ".tmp"));
        if (Files.exists(manifest)) {
            long target = 0;
            List<Path> sources = new ArrayList<>();
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (line.startsWith("target ")) {
                    target = Long.parseLong(line.substring(7).trim());
                } else if (line.startsWith("source ")) {
                    sources.add(dir.resolve(line.substring(7).trim()));
                }
            }
            commit(new Swap(dir, target, sources));
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "cmp-*.seg*")) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir.resolve(DELETES));
    }
}
