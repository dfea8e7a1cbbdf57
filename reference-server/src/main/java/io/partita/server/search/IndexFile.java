package io.partita.server.search;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The file of one built index, beside its segment ({@code seg-<segmentId>.idx-<indexId>}):
 * a header (magic, version, type, metric, build params, rows, dim, {@code ramBytesUsed}), the
 * index's own payload ({@link VectorIndex#writeTo}) and a CRC32C of everything before it.
 * Written to {@code .tmp}, fsynced, renamed and the directory fsynced, so a crash leaves
 * either no file or a whole one (a {@code .tmp} left behind is deleted when the partition
 * opens). Readers check the checksum and that the header matches the segment.
 */
public final class IndexFile {
    private static final int MAGIC = 0x50494458; // "PIDX"
    /**
     * 2 since IVF_SQ8 codes residuals to the list centroid; a version-1 file of any other type has
     * the same payload and is read as it is, a version-1 IVF_SQ8 file is refused (and so rebuilt).
     */
    private static final int VERSION = 2;

    private IndexFile() {}

    /** What the header says: enough to charge memory before loading. */
    public record Header(IndexSpec spec, int rows, int dim, long ramBytes) {}

    /** The file name of index {@code indexId} of segment {@code segmentId}. */
    public static String name(long segmentId, long indexId) {
        return "seg-" + segmentId + ".idx-" + indexId;
    }

    /** Writes {@code index} durably to {@code file} (atomically replacing it). */
    public static void write(Path file, VectorIndex index, int dim) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        CRC32C crc = new CRC32C();
        try (FileOutputStream raw = new FileOutputStream(tmp.toFile())) {
            DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(raw, crc), 1 << 16));
            IndexSpec spec = index.spec();
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(spec.type());
            out.writeUTF(spec.metric().name());
            out.writeInt(spec.build().size());
            for (Map.Entry<String, Integer> e : spec.build().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue());
            }
            out.writeInt(index.size());
            out.writeInt(dim);
            out.writeLong(index.ramBytesUsed());
            index.writeTo(out);
            out.flush();
            new DataOutputStream(raw).writeInt((int) crc.getValue());
            raw.getChannel().force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some file systems cannot fsync a directory; the rename itself is atomic
        }
    }

    /** Reads and checks the header only. */
    public static Header readHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return header(new DataInputStream(new java.io.BufferedInputStream(in, 4096)), file);
        }
    }

    private static Header header(DataInputStream in, Path file) throws IOException {
        int version = in.readInt() == MAGIC ? in.readInt() : -1;
        if (version < 1 || version > VERSION) {
            throw new IOException("index file " + file + " has a bad magic number or version");
        }
        String type = in.readUTF();
        if (version == 1 && type.equals("IVF_SQ8")) {
            throw new IOException("index file " + file + " holds IVF_SQ8 codes of format 1 (not residuals)");
        }
        Metric metric = Metric.parse(in.readUTF());
        int n = in.readInt();
        if (metric == null || n < 0 || n > 16) {
            throw new IOException("index file " + file + " has a corrupt header");
        }
        Map<String, Integer> build = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            build.put(in.readUTF(), in.readInt());
        }
        return new Header(new IndexSpec(type, metric, build), in.readInt(), in.readInt(), in.readLong());
    }

    /**
     * Loads the index over the segment's {@code vectors} after checking the checksum, that the
     * header matches the segment ({@code rows}, {@code dim}) and that the loaded index reports
     * the {@code ramBytesUsed} the header promised (what the load was charged).
     *
     * @throws IOException naming the file when any check fails
     */
    public static VectorIndex read(Path file, float[] vectors, int rows, int dim) throws IOException {
        return read(file, rows, dim, (spec, in) -> VectorIndexes.read(spec, in, vectors, rows, dim));
    }

    /** As {@link #read(Path, float[], int, int)}, for an index of binary vectors ({@code dim} bits a row). */
    public static VectorIndex read(Path file, byte[] vectors, int rows, int dim) throws IOException {
        return read(file, rows, dim, (spec, in) -> VectorIndexes.readBinary(spec, in, vectors, rows, dim));
    }

    /**
     * As {@link #read(Path, float[], int, int)} for a nullable vector field's segment: the index
     * was built over the rows {@code valid} marks ({@link VectorIndexes#build(IndexSpec, float[],
     * boolean[], int, int, java.util.function.IntConsumer, java.util.concurrent.ExecutorService,
     * int)}); null = every row.
     */
    public static VectorIndex read(Path file, float[] vectors, boolean[] valid, int rows, int dim) throws IOException {
        return read(file, rows, dim, (spec, in) -> VectorIndexes.read(spec, in, vectors, valid, rows, dim));
    }

    /** As {@link #read(Path, float[], boolean[], int, int)}, for binary vectors. */
    public static VectorIndex read(Path file, byte[] vectors, boolean[] valid, int rows, int dim) throws IOException {
        return read(file, rows, dim, (spec, in) -> VectorIndexes.readBinary(spec, in, vectors, valid, rows, dim));
    }

    /** As {@link #read(Path, float[], int, int)}, for the postings of sparse rows (which hold their own values). */
    public static VectorIndex readSparse(Path file, int rows, int dim) throws IOException {
        return read(file, rows, dim, (spec, in) -> VectorIndexes.readSparse(spec, in, rows));
    }

    private static VectorIndex read(
            Path file, int rows, int dim, java.util.function.BiFunction<IndexSpec, ByteBuffer, VectorIndex> reader)
            throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 12 || size > Integer.MAX_VALUE) {
                throw new IOException("index file " + file + " has an impossible size " + size);
            }
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            CRC32C crc = new CRC32C();
            ByteBuffer body = map.duplicate().limit((int) size - 4);
            crc.update(body);
            if ((int) crc.getValue() != map.getInt((int) size - 4)) {
                throw new IOException("index file " + file + " failed its checksum");
            }
            ByteBuffer in = map.duplicate().limit((int) size - 4);
            Header h = header(new DataInputStream(new ByteBufferInput(in)), file);
            if (h.rows() != rows || h.dim() != dim) {
                throw new IOException("index file " + file + " is for " + h.rows() + " rows of dim " + h.dim()
                        + ", the segment has " + rows + " of dim " + dim);
            }
            VectorIndex index = reader.apply(h.spec(), in);
            if (index.ramBytesUsed() != h.ramBytes()) {
                throw new IOException("index file " + file + " loaded to " + index.ramBytesUsed()
                        + " bytes, its header says " + h.ramBytes());
            }
            return index;
        } catch (RuntimeException e) {
            throw new IOException("index file " + file + " is corrupt: " + e, e);
        }
    }

    /** An InputStream over a ByteBuffer that advances the buffer's position. */
    private static final class ByteBufferInput extends InputStream {
        private final ByteBuffer b;

        ByteBufferInput(ByteBuffer b) {
            this.b = b;
        }

        @Override
        public int read() {
            return b.hasRemaining() ? b.get() & 0xff : -1;
        }

        @Override
        public int read(byte[] dst, int off, int len) {
            if (!b.hasRemaining()) {
                return -1;
            }
            int n = Math.min(len, b.remaining());
            b.get(dst, off, n);
            return n;
        }
    }
}
