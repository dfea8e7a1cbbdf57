package io.partita.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IVF family against the exact scan on clustered data (seeded Gaussian mixtures): recall
 * grows with {@code nprobe}, excluded rows never come back, files round-trip to the same answers
 * and size, and Milvus's parameter checks hold.
 */
class IvfIndexTest {
    private static final int DIM = 32;
    private static final int ROWS = 4000;

    @TempDir
    Path dir;

    private static IndexSpec spec(String type, String metric, String params) {
        return IndexSpec.parse(Map.of("index_type", type, "metric_type", metric, "params", params));
    }

    private static double recall(VectorIndex index, float[] data, float[] queries, int nprobe, BitSet excluded) {
        return HnswIndexTest.recall(
                index, data, ROWS, DIM, queries, 10, Map.of("nprobe", String.valueOf(nprobe)), excluded);
    }

    @Test
    void ivfFlatFindsTheExactTopTenWhenEnoughListsAreProbedOnEveryMetric() {
        float[] data = HnswIndexTest.clustered(ROWS, DIM, 11);
        float[] queries = HnswIndexTest.clustered(40, DIM, 12);
        for (String metric : new String[] {"L2", "IP", "COSINE"}) {
            if (metric.equals("IP")) {
                HnswIndexTest.normalize(data);
                HnswIndexTest.normalize(queries);
            }
            VectorIndex index =
                    VectorIndexes.build(spec("IVF_FLAT", metric, "{\"nlist\":64}"), data, ROWS, DIM, n -> {});
            assertThat(index).isInstanceOf(IvfFlatIndex.class);
            double low = recall(index, data, queries, 1, null);
            double mid = recall(index, data, queries, 8, null);
            assertThat(mid).as("recall@10 nprobe 8, %s", metric).isGreaterThanOrEqualTo(0.95);
            assertThat(mid).isGreaterThanOrEqualTo(low);
            assertThat(recall(index, data, queries, 64, null))
                    .as("all lists probed is the exact scan, %s", metric)
                    .isEqualTo(1.0);
        }
    }

    @Test
    void ivfSq8AndIvfPqRecallTheExactTopTenOnClusteredData() {
        float[] data = HnswIndexTest.clustered(ROWS, DIM, 13);
        float[] queries = HnswIndexTest.clustered(40, DIM, 14);
        for (String metric : new String[] {"L2", "COSINE"}) {
            VectorIndex sq8 = VectorIndexes.build(spec("IVF_SQ8", metric, "{\"nlist\":32}"), data, ROWS, DIM, n -> {});
            assertThat(sq8).isInstanceOf(IvfSq8Index.class);
            assertThat(recall(sq8, data, queries, 16, null))
                    .as("IVF_SQ8 recall@10 %s", metric)
                    .isGreaterThanOrEqualTo(0.95);
            VectorIndex pq = VectorIndexes.build(
                    spec("IVF_PQ", metric, "{\"nlist\":32,\"m\":16,\"nbits\":8}"), data, ROWS, DIM, n -> {});
            assertThat(pq).isInstanceOf(IvfPqIndex.class);
            assertThat(recall(pq, data, queries, 16, null))
                    .as("IVF_PQ recall@10 %s (16 bytes per 128-byte vector)", metric)
                    .isGreaterThanOrEqualTo(0.8);
            // the codes are smaller than the vectors they stand for
            assertThat(sq8.ramBytesUsed()).isLessThan((long) ROWS * DIM * 4 / 2);
            assertThat(pq.ramBytesUsed()).isLessThan(sq8.ramBytesUsed());
        }
        HnswIndexTest.normalize(data);
        HnswIndexTest.normalize(queries);
        VectorIndex ip = VectorIndexes.build(spec("IVF_SQ8", "IP", "{\"nlist\":32}"), data, ROWS, DIM, n -> {});
        assertThat(recall(ip, data, queries, 16, null)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void ivfSq8CodesResidualsSoTightClustersFarApartKeepTheirOrder() {
        // 16 clusters with centres up to 200 apart in every dimension and members 0.3 around them: one
        // code step over the whole range (~0.8) is wider than a cluster, one over the residuals is not
        java.util.Random rnd = new java.util.Random(21);
        float[] centres = new float[16 * DIM];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = (rnd.nextFloat() - 0.5f) * 200;
        }
        float[] data = new float[ROWS * DIM];
        for (int r = 0; r < ROWS; r++) {
            for (int d = 0; d < DIM; d++) {
                data[r * DIM + d] = centres[(r % 16) * DIM + d] + (float) rnd.nextGaussian() * 0.3f;
            }
        }
        float[] queries = new float[40 * DIM];
        for (int q = 0; q < 40; q++) {
            for (int d = 0; d < DIM; d++) {
                queries[q * DIM + d] = data[(q * 97) * DIM + d] + (float) rnd.nextGaussian() * 0.1f;
            }
        }
        // L2: with IP, k-means keeps unit centroids, so un-normalized rows leave residuals as wide as the rows
        for (String metric : new String[] {"L2"}) {
            VectorIndex sq8 = VectorIndexes.build(spec("IVF_SQ8", metric, "{\"nlist\":64}"), data, ROWS, DIM, n -> {});

            assertThat(recall(sq8, data, queries, 64, null))
                    .as("IVF_SQ8 recall@10 with every list probed, %s", metric)
                    .isGreaterThanOrEqualTo(0.9);
        }
    }

    @Test
    void aFormatOneIvfSq8FileIsRefusedSoItIsRebuiltWhileOtherFormatOneFilesStillRead() throws Exception {
        int rows = 1500;
        float[] data = HnswIndexTest.clustered(rows, DIM, 22);
        for (String type : new String[] {"IVF_SQ8", "IVF_FLAT"}) {
            Path file = dir.resolve("v1-" + type);
            IndexFile.write(
                    file, VectorIndexes.build(spec(type, "L2", "{\"nlist\":16}"), data, rows, DIM, r -> {}), DIM);
            try (java.nio.channels.FileChannel ch =
                    java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.allocate(4).putInt(0, 1), 4); // the version after the magic
            }
            if (type.equals("IVF_SQ8")) {
                assertThatThrownBy(() -> IndexFile.readHeader(file))
                        .isInstanceOf(java.io.IOException.class)
                        .hasMessageContaining("IVF_SQ8 codes of format 1");
            } else {
                assertThat(IndexFile.readHeader(file).spec().type()).isEqualTo("IVF_FLAT");
            }
        }
    }

    @Test
    void excludedRowsAreNeverReturnedAndAHeavyFilterScansExactly() {
        float[] data = HnswIndexTest.clustered(ROWS, DIM, 15);
        float[] queries = HnswIndexTest.clustered(20, DIM, 16);
        VectorIndex index = VectorIndexes.build(spec("IVF_SQ8", "L2", "{\"nlist\":32}"), data, ROWS, DIM, n -> {});
        BitSet third = new BitSet();
        for (int r = 0; r < ROWS; r += 3) {
            third.set(r);
        }
        assertThat(recall(index, data, queries, 16, third)).isGreaterThanOrEqualTo(0.9);
        BitSet most = new BitSet();
        most.set(0, ROWS - 100);
        assertThat(recall(index, data, queries, 1, most)).isEqualTo(1.0);
    }

    @Test
    void indexFilesRoundTripToTheSameAnswersAndSizeAndACorruptByteIsCaught() throws Exception {
        int rows = 1500;
        float[] data = HnswIndexTest.clustered(rows, DIM, 17);
        float[] queries = HnswIndexTest.clustered(5, DIM, 18);
        String[][] specs = {
            {"IVF_FLAT", "COSINE", "{\"nlist\":16}"},
            {"IVF_SQ8", "IP", "{\"nlist\":16}"},
            {"IVF_PQ", "L2", "{\"nlist\":16,\"m\":8,\"nbits\":4}"},
            {"IVF_PQ", "IP", "{\"nlist\":8,\"m\":8,\"nbits\":9}"}
        };
        int n = 0;
        for (String[] s : specs) {
            VectorIndex built = VectorIndexes.build(spec(s[0], s[1], s[2]), data, rows, DIM, r -> {});
            HnswIndexTest.assertFileRoundTrip(
                    dir.resolve(IndexFile.name(7, n++)), built, data, rows, DIM, queries, Map.of("nprobe", "4"));
        }
    }

    @Test
    void aSegmentUnderMilvusIndexingThresholdIsSearchedExactly() {
        float[] data = HnswIndexTest.clustered(50, DIM, 19);
        VectorIndex index = VectorIndexes.build(spec("IVF_FLAT", "L2", "{\"nlist\":1024}"), data, 50, DIM, n -> {});
        TopK[] found = index.search(java.util.Arrays.copyOf(data, DIM), 3, Map.of("nprobe", "1"), null);
        long[] refs = new long[3];
        found[0].drainSorted(new float[3], refs);
        assertThat(refs[0]).isEqualTo(0);
        assertThat(found[0].size()).isEqualTo(3);
    }

    @Test
    void badBuildAndSearchParametersAreRefusedWithMilvusMessages() {
        assertThatThrownBy(() -> IndexSpec.parse(Map.of("index_type", "IVF_PQ", "nlist", "128")))
                .hasMessage("parameter `m` not found");
        assertThatThrownBy(() -> IndexSpec.parse(Map.of("index_type", "IVF_PQ", "nlist", "128", "m", "0")))
                .hasMessage("invalid `m`: 0");
        assertThatThrownBy(
                        () -> IndexSpec.parse(Map.of("index_type", "IVF_PQ", "nlist", "128", "m", "8", "nbits", "x")))
                .hasMessage("invalid nbits: x");
        assertThatThrownBy(
                        () -> IndexSpec.parse(Map.of("index_type", "IVF_PQ", "nlist", "128", "m", "8", "nbits", "17")))
                .hasMessage("nbits out of range: [1, 16]");
        assertThatThrownBy(() -> IndexSpec.parse(Map.of("index_type", "IVF_PQ", "nlist", "0", "m", "8")))
                .hasMessage("nlist out of range: [1, 65536]");
        IndexSpec pq = IndexSpec.parse(Map.of("index_type", "IVF_PQ", "params", "{\"nlist\":128,\"m\":7}"));
        assertThat(pq.param("nbits")).isEqualTo(8);
        assertThatThrownBy(() -> pq.checkDim(128))
                .hasMessage("dimension must be abled to be divided by `m`, dimension: 128, m: 7");
        float[] data = HnswIndexTest.clustered(200, DIM, 20);
        VectorIndex index = VectorIndexes.build(spec("IVF_FLAT", "L2", "{\"nlist\":8}"), data, 200, DIM, n -> {});
        assertThatThrownBy(() -> index.search(new float[DIM], 10, Map.of("nprobe", "0"), null))
                .hasMessage("search param nprobe out of range: [1, 65536], got 0");
    }
}
