package io.partita.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HNSW finds what the exact scan finds (recall), survives its file, and reports its size. */
class HnswIndexTest {
    private static final int DIM = 32;
    private static final int ROWS = 4000;

    @TempDir
    Path dir;

    /** A seeded Gaussian mixture: 40 clusters. */
    static float[] clustered(int rows, int dim, long seed) {
        Random rnd = new Random(seed);
        int k = 40;
        float[] centers = new float[k * dim];
        for (int i = 0; i < centers.length; i++) {
            centers[i] = (float) rnd.nextGaussian() * 4;
        }
        float[] v = new float[rows * dim];
        for (int r = 0; r < rows; r++) {
            int c = rnd.nextInt(k);
            for (int d = 0; d < dim; d++) {
                v[r * dim + d] = centers[c * dim + d] + (float) rnd.nextGaussian();
            }
        }
        return v;
    }

    private static IndexSpec hnsw(String metric) {
        return IndexSpec.parse(
                Map.of("index_type", "HNSW", "metric_type", metric, "params", "{\"M\":16,\"efConstruction\":100}"));
    }

    private static double recall(VectorIndex index, float[] data, float[] queries, int k, BitSet excluded) {
        return recall(index, data, ROWS, DIM, queries, k, Map.of("ef", "128"), excluded);
    }

    /**
     * Recall@k of {@code index} against the exact scan over the same {@code rows × dim} data;
     * fails when an excluded row is returned.
     */
    static double recall(
            VectorIndex index,
            float[] data,
            int rows,
            int dim,
            float[] queries,
            int k,
            Map<String, String> params,
            BitSet excluded) {
        FlatIndex exact = VectorIndexes.flat(index.spec(), data, rows, dim);
        TopK[] approx = index.search(queries, k, params, excluded);
        TopK[] truth = exact.search(queries, k, Map.of(), excluded);
        int hit = 0;
        int total = 0;
        for (int q = 0; q < approx.length; q++) {
            long[] ra = new long[approx[q].size()];
            approx[q].drainSorted(new float[ra.length], ra);
            long[] rt = new long[truth[q].size()];
            truth[q].drainSorted(new float[rt.length], rt);
            Set<Long> want = new HashSet<>();
            for (long r : rt) {
                want.add(r);
            }
            for (long r : ra) {
                assertThat(excluded != null && excluded.get((int) r))
                        .as("an excluded row was returned")
                        .isFalse();
                if (want.contains(r)) {
                    hit++;
                }
            }
            total += rt.length;
        }
        return hit / (double) total;
    }

    /**
     * Writes {@code built} to {@code file}, reads it back over the same vectors and checks the
     * same size, spec and answers (keys and rows), then flips one byte and checks the checksum
     * catches it.
     */
    static void assertFileRoundTrip(
            Path file, VectorIndex built, float[] data, int rows, int dim, float[] queries, Map<String, String> params)
            throws java.io.IOException {
        IndexFile.write(file, built, dim);
        VectorIndex loaded = IndexFile.read(file, data, rows, dim);
        assertThat(loaded.ramBytesUsed()).isEqualTo(built.ramBytesUsed());
        assertThat(loaded.spec()).isEqualTo(built.spec());
        TopK[] a = built.search(queries, 10, params, null);
        TopK[] b = loaded.search(queries, 10, params, null);
        for (int q = 0; q < a.length; q++) {
            float[] ka = new float[a[q].size()];
            long[] ra = new long[ka.length];
            float[] kb = new float[b[q].size()];
            long[] rb = new long[kb.length];
            a[q].drainSorted(ka, ra);
            b[q].drainSorted(kb, rb);
            assertThat(rb).as(built.spec().type()).containsExactly(ra);
            assertThat(kb).as(built.spec().type()).containsExactly(ka);
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        assertThatThrownBy(() -> IndexFile.read(file, data, rows, dim)).hasMessageContaining("checksum");
        IndexFile.write(file, built, dim); // whole again, for the caller's further checks
    }

    static void normalize(float[] v) {
        for (int r = 0; r < v.length / DIM; r++) {
            double n = 0;
            for (int d = 0; d < DIM; d++) {
                n += v[r * DIM + d] * v[r * DIM + d];
            }
            for (int d = 0; d < DIM; d++) {
                v[r * DIM + d] /= (float) Math.sqrt(n);
            }
        }
    }

    /**
     * IP runs on normalized vectors, as embeddings usually are: on raw vectors inner product is
     * not a distance and every graph index (hnswlib's included) loses recall.
     */
    @Test
    void hnswRecallsAtLeastNinetyFivePercentOfTheExactTopTenOnEveryMetric() {
        float[] data = clustered(ROWS, DIM, 1);
        float[] queries = clustered(50, DIM, 2);
        for (String metric : new String[] {"L2", "IP", "COSINE"}) {
            if (metric.equals("IP")) {
                normalize(data);
                normalize(queries);
            }
            VectorIndex index = VectorIndexes.build(hnsw(metric), data, ROWS, DIM, n -> {});
            assertThat(index).isInstanceOf(HnswIndex.class);
            assertThat(recall(index, data, queries, 10, null))
                    .as("recall@10 for %s", metric)
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    /**
     * The build's batches do not depend on the thread count, so a build on a pool of three
     * threads writes the same bytes as a build on the calling thread (and answers the same).
     */
    @Test
    void aBuildOnAPoolMakesTheSameGraphAsABuildOnOneThread() throws Exception {
        float[] data = clustered(ROWS, DIM, 10);
        float[] queries = clustered(20, DIM, 11);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            VectorIndex one = VectorIndexes.build(hnsw("L2"), data, ROWS, DIM, n -> {});
            java.util.List<Integer> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
            VectorIndex three = VectorIndexes.build(hnsw("L2"), data, ROWS, DIM, progress::add, pool, 3);
            assertThat(bytes(three)).isEqualTo(bytes(one));
            assertThat(progress).last().isEqualTo(ROWS);
            assertThat(recall(three, data, queries, 10, null)).isGreaterThanOrEqualTo(0.95);
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] bytes(VectorIndex index) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        index.writeTo(new java.io.DataOutputStream(out));
        return out.toByteArray();
    }

    @Test
    void excludedRowsAreNeverReturnedAndRecallHolds() {
        float[] data = clustered(ROWS, DIM, 3);
        float[] queries = clustered(30, DIM, 4);
        BitSet excluded = new BitSet();
        for (int r = 0; r < ROWS; r += 3) {
            excluded.set(r);
        }
        VectorIndex index = VectorIndexes.build(hnsw("L2"), data, ROWS, DIM, n -> {});
        assertThat(recall(index, data, queries, 10, excluded)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void anIndexFileRoundTripsToTheSameAnswersAndSizeAndACorruptByteIsCaught() throws Exception {
        float[] data = clustered(ROWS, DIM, 5);
        float[] queries = clustered(5, DIM, 6);
        VectorIndex built = VectorIndexes.build(hnsw("COSINE"), data, ROWS, DIM, n -> {});
        Path file = dir.resolve(IndexFile.name(7, 9));
        assertFileRoundTrip(file, built, data, ROWS, DIM, queries, Map.of());
        assertThat(IndexFile.readHeader(file).ramBytes()).isEqualTo(built.ramBytesUsed());
        assertThatThrownBy(() -> IndexFile.read(file, data, ROWS + 1, DIM)).hasMessageContaining(file.toString());
    }

    @Test
    void ramBytesUsedCountsTheGraphArraysAndGrowsWithM() {
        float[] data = clustered(ROWS, DIM, 8);
        VectorIndex m8 = VectorIndexes.build(
                IndexSpec.parse(Map.of("index_type", "HNSW", "M", "8", "efConstruction", "40")),
                data,
                ROWS,
                DIM,
                n -> {});
        VectorIndex m32 = VectorIndexes.build(
                IndexSpec.parse(Map.of("index_type", "HNSW", "M", "32", "efConstruction", "40")),
                data,
                ROWS,
                DIM,
                n -> {});
        // level 0 alone holds rows × (2M + 1) ints
        assertThat(m8.ramBytesUsed()).isGreaterThan((long) ROWS * 17 * 4);
        assertThat(m32.ramBytesUsed()).isGreaterThan((long) ROWS * 65 * 4);
        assertThat(m8.ramBytesUsed()).isLessThan((long) ROWS * 17 * 4 * 2);
    }

    @Test
    void badBuildAndSearchParametersAreRefusedWithMilvusMessages() {
        assertThatThrownBy(() -> IndexSpec.parse(Map.of("index_type", "HNSW", "efConstruction", "64")))
                .hasMessage("M out of range: [1, 2048]");
        assertThatThrownBy(() -> IndexSpec.parse(Map.of("index_type", "HNSW", "M", "4000", "efConstruction", "64")))
                .hasMessage("M out of range: [1, 2048]");
        assertThatThrownBy(() -> IndexSpec.parse(Map.of("index_type", "HNSW", "M", "16", "efConstruction", "x")))
                .hasMessage("efConstruction out of range: [1, 2147483647]");
        assertThatThrownBy(() -> IndexSpec.parse(Map.of("index_type", "IVF_FLAT", "params", "{\"nlist\":0}")))
                .hasMessage("nlist out of range: [1, 65536]");
        assertThatThrownBy(() -> IndexSpec.parse(Map.of("index_type", "IVF_SQ8", "nlist", "70000")))
                .hasMessage("nlist out of range: [1, 65536]");
        assertThat(IndexSpec.parse(Map.of("index_type", "IVF_SQ8", "params", "{\"nlist\":128}"))
                        .param("nlist"))
                .isEqualTo(128);
        float[] data = clustered(200, DIM, 9);
        VectorIndex index = VectorIndexes.build(hnsw("L2"), data, 200, DIM, n -> {});
        assertThatThrownBy(() -> index.search(new float[DIM], 10, Map.of("ef", "5"), null))
                .hasMessage("ef(5) should be larger than k(10)");
    }
}
