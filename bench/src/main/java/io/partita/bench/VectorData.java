package io.partita.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

/**
 * Seeded benchmark vectors, written as raw little-endian float32 ({@code numpy.fromfile(...,
 * dtype='<f4')}) so the Python side (faiss, hnswlib) searches exactly the same data.
 */
final class VectorData {
    private VectorData() {}

    /** Uniform in [-1, 1). */
    static float[] uniform(int rows, int dim, long seed) {
        Random rnd = new Random(seed);
        float[] v = new float[rows * dim];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextFloat() * 2 - 1;
        }
        return v;
    }

    /** A Gaussian mixture: {@code clusters} centres N(0, 3²), points N(centre, 1). */
    static float[] clustered(int rows, int dim, int clusters, long seed) {
        Random rnd = new Random(seed);
        float[] centres = new float[clusters * dim];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = (float) rnd.nextGaussian() * 3;
        }
        float[] v = new float[rows * dim];
        for (int r = 0; r < rows; r++) {
            int c = rnd.nextInt(clusters);
            for (int d = 0; d < dim; d++) {
                v[r * dim + d] = centres[c * dim + d] + (float) rnd.nextGaussian();
            }
        }
        return v;
    }

    static void write(Path file, float[] v) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            int i = 0;
            while (i < v.length) {
                b.clear();
                while (b.remaining() >= 4 && i < v.length) {
                    b.putFloat(v[i++]);
                }
                b.flip();
                while (b.hasRemaining()) {
                    ch.write(b);
                }
            }
        }
    }
}
