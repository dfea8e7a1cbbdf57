package io.partita.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binary vectors: the popcount kernel and BIN_FLAT against a bit-by-bit brute-force oracle on every
 * binary metric (HAMMING, JACCARD, SUBSTRUCTURE, SUPERSTRUCTURE), BIN_IVF_FLAT's recall against the
 * same oracle (exact once every list is probed), excluded rows, its file round trip, and Milvus's
 * refusals of metric/index pairs.
 */
class BinaryIndexTest {
    /** 200 bits: 25 bytes a row, so three whole 8-byte words and a tail of one byte. */
    private static final int DIM = 200;

    private static final int BYTES = DIM / 8;
    private static final int ROWS = 3000;

    @TempDir
    Path dir;

    private static IndexSpec spec(String type, String metric, String params) {
        return IndexSpec.parse(Map.of("index_type", type, "metric_type", metric, "params", params));
    }

    /** Rows near one of 24 random centres: each bit of the centre flipped with probability 0.08. */
    static byte[] clustered(int rows, long seed) {
        Random rnd = new Random(seed);
        Random centresRnd = new Random(99);
        byte[][] centres = new byte[24][BYTES];
        for (byte[] c : centres) {
            centresRnd.nextBytes(c);
        }
        byte[] out = new byte[rows * BYTES];
        for (int r = 0; r < rows; r++) {
            byte[] c = centres[rnd.nextInt(centres.length)];
            for (int b = 0; b < BYTES; b++) {
                int v = c[b];
                for (int bit = 0; bit < 8; bit++) {
                    if (rnd.nextDouble() < 0.08) {
                        v ^= 1 << bit;
                    }
                }
                out[r * BYTES + b] = (byte) v;
            }
        }
        return out;
    }

    private static boolean bit(byte[] v, int off, int i) {
        return (v[off + i / 8] >> (i % 8) & 1) != 0;
    }

    /** The distance bit by bit, the way the metrics are defined (Double.POSITIVE_INFINITY: no match). */
    static double oracle(String metric, byte[] q, int qo, byte[] x, int xo) {
        int differ = 0;
        int and = 0;
        int or = 0;
        boolean qInX = true;
        boolean xInQ = true;
        for (int i = 0; i < DIM; i++) {
            boolean a = bit(q, qo, i);
            boolean b = bit(x, xo, i);
            differ += a != b ? 1 : 0;
            and += a && b ? 1 : 0;
            or += a || b ? 1 : 0;
            qInX &= !a || b;
            xInQ &= !b || a;
        }
        return switch (metric) {
            case "HAMMING" -> differ;
            case "JACCARD" -> or == 0 ? 0 : 1 - (double) and / or;
            case "SUBSTRUCTURE" -> qInX ? 0 : Double.POSITIVE_INFINITY;
            case "SUPERSTRUCTURE" -> xInQ ? 0 : Double.POSITIVE_INFINITY;
            default -> throw new IllegalArgumentException(metric);
        };
    }

    /** The oracle's top k of query {@code qi}: by distance, then row; matches only. */
    static List<Integer> oracleTop(String metric, byte[] data, byte[] queries, int qi, int k, BitSet excluded) {
        List<Integer> rows = new ArrayList<>();
        double[] d = new double[data.length / BYTES];
        for (int r = 0; r < d.length; r++) {
            d[r] = oracle(metric, queries, qi * BYTES, data, r * BYTES);
            if (d[r] != Double.POSITIVE_INFINITY && (excluded == null || !excluded.get(r))) {
                rows.add(r);
            }
        }
        rows.sort(Comparator.<Integer>comparingDouble(r -> d[r]).thenComparingInt(r -> r));
        return rows.subList(0, Math.min(k, rows.size()));
    }

    private static List<Integer> rowsOf(TopK heap) {
        float[] keys = new float[heap.size()];
        long[] refs = new long[heap.size()];
        heap.drainSorted(keys, refs);
        List<Integer> out = new ArrayList<>();
        for (long r : refs) {
            out.add((int) r);
        }
        return out;
    }

    @Test
    void thePopcountKernelAgreesWithTheBitByBitOracleOnEveryMetric() {
        byte[] data = clustered(400, 1);
        Random rnd = new Random(2);
        for (int t = 0; t < 2000; t++) {
            int a = rnd.nextInt(400) * BYTES;
            int b = rnd.nextInt(400) * BYTES;
            assertThat(BinaryKernel.hamming(data, a, data, b, BYTES))
                    .isEqualTo((int) oracle("HAMMING", data, a, data, b));
            assertThat((double) BinaryKernel.jaccard(data, a, data, b, BYTES))
                    .isCloseTo(oracle("JACCARD", data, a, data, b), org.assertj.core.data.Offset.offset(1e-6));
        }
        // a row is a substructure of itself and of any superset of its bits
        byte[] sub = Arrays.copyOf(data, BYTES);
        byte[] sup = sub.clone();
        sup[BYTES - 1] |= (byte) 0x80;
        sup[3] |= 0x11;
        assertThat(BinaryKernel.key(Metric.SUBSTRUCTURE, sub, 0, sup, 0, BYTES)).isZero();
        assertThat(BinaryKernel.key(Metric.SUPERSTRUCTURE, sup, 0, sub, 0, BYTES))
                .isZero();
        assertThat(BinaryKernel.key(Metric.SUBSTRUCTURE, sup, 0, sub, 0, BYTES) == BinaryKernel.NO_MATCH)
                .isEqualTo(!Arrays.equals(sub, sup));
        assertThat(BinaryKernel.jaccard(new byte[BYTES], 0, new byte[BYTES], 0, BYTES))
                .isZero();
    }

    @Test
    void binFlatReturnsTheOraclesTopTenOnEveryMetricWithAndWithoutExcludedRows() {
        byte[] data = clustered(ROWS, 3);
        byte[] queries = clustered(12, 4);
        // structure metrics need matches: rows 0..5 are queries' supersets / subsets by construction
        for (int qi = 0; qi < 6; qi++) {
            for (int b = 0; b < BYTES; b++) {
                data[qi * BYTES + b] = (byte) (queries[qi * BYTES + b] | (qi % 2 == 0 ? 0x01 : 0));
                data[(qi + 6) * BYTES + b] = (byte) (queries[qi * BYTES + b] & 0xF7);
            }
        }
        BitSet excluded = new BitSet();
        for (int r = 0; r < ROWS; r += 5) {
            excluded.set(r);
        }
        for (String metric : new String[] {"HAMMING", "JACCARD", "SUBSTRUCTURE", "SUPERSTRUCTURE"}) {
            VectorIndex index = VectorIndexes.binaryFlat(spec("BIN_FLAT", metric, "{}"), data, ROWS, DIM);
            for (BitSet ex : Arrays.asList(null, excluded)) {
                TopK[] found = index.searchBinary(queries, 10, Map.of(), ex);
                assertThat(found).hasSize(12);
                for (int qi = 0; qi < 12; qi++) {
                    assertThat(rowsOf(found[qi]))
                            .as("%s query %d excluded %s", metric, qi, ex != null)
                            .isEqualTo(oracleTop(metric, data, queries, qi, 10, ex));
                }
            }
        }
        assertThat(oracleTop("SUBSTRUCTURE", data, queries, 0, 10, null))
                .as("the structure metrics are exercised with matches")
                .contains(0);
        assertThat(oracleTop("SUPERSTRUCTURE", data, queries, 0, 10, null)).contains(6);
    }

    @Test
    void binIvfFlatRecallsTheOraclesTopTenAndIsExactWhenEveryListIsProbed() throws Exception {
        byte[] data = clustered(ROWS, 5);
        byte[] queries = clustered(30, 6);
        for (String metric : new String[] {"HAMMING", "JACCARD"}) {
            VectorIndex index =
                    VectorIndexes.buildBinary(spec("BIN_IVF_FLAT", metric, "{\"nlist\":32}"), data, ROWS, DIM);
            assertThat(index).isInstanceOf(BinIvfIndex.class);
            double few = recall(index, metric, data, queries, 2);
            double many = recall(index, metric, data, queries, 8);
            assertThat(many).as("recall@10 nprobe 8, %s", metric).isGreaterThanOrEqualTo(0.9);
            assertThat(many).isGreaterThanOrEqualTo(few);
            assertThat(recall(index, metric, data, queries, 32))
                    .as("all lists probed is the exact scan, %s", metric)
                    .isEqualTo(1.0);
            // the structure: 32 centroids of 25 bytes, 33 offsets, 3000 row numbers, and two wrappers
            assertThat(index.ramBytesUsed())
                    .isEqualTo(48 + BinFlatIndex.SHALLOW_BYTES + (16 + 800) + (16 + 33 * 4 + 4) + (16 + ROWS * 4));

            // the file round-trips to the same answers and declared size
            Path file = dir.resolve("seg-1.idx-" + metric.length());
            IndexFile.write(file, index, DIM);
            assertThat(IndexFile.readHeader(file).ramBytes()).isEqualTo(index.ramBytesUsed());
            VectorIndex back = IndexFile.read(file, data, ROWS, DIM);
            assertThat(back.ramBytesUsed()).isEqualTo(index.ramBytesUsed());
            Map<String, String> p = Map.of("nprobe", "4");
            TopK[] a = index.searchBinary(queries, 10, p, null);
            TopK[] b = back.searchBinary(queries, 10, p, null);
            for (int qi = 0; qi < a.length; qi++) {
                assertThat(rowsOf(b[qi])).isEqualTo(rowsOf(a[qi]));
            }
        }
    }

    @Test
    void binIvfFlatNeverReturnsExcludedRowsAndRefusesABadNprobe() {
        byte[] data = clustered(ROWS, 7);
        byte[] queries = clustered(10, 8);
        VectorIndex index =
                VectorIndexes.buildBinary(spec("BIN_IVF_FLAT", "HAMMING", "{\"nlist\":16}"), data, ROWS, DIM);
        BitSet half = new BitSet();
        for (int r = 0; r < ROWS; r += 2) {
            half.set(r);
        }
        for (TopK h : index.searchBinary(queries, 10, Map.of("nprobe", "16"), half)) {
            for (int r : rowsOf(h)) {
                assertThat(half.get(r)).as("row %d is excluded", r).isFalse();
            }
        }
        assertThatThrownBy(() -> index.searchBinary(queries, 10, Map.of("nprobe", "0"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nprobe");
    }

    @Test
    void milvusRefusesTheMetricsAnIndexTypeDoesNotTake() {
        // texts of Milvus 2.3's pkg/util/indexparamcheck (bin_flat_checker.go, bin_ivf_flat_checker.go)
        assertThatThrownBy(() -> spec("BIN_IVF_FLAT", "SUBSTRUCTURE", "{\"nlist\":16}"))
                .hasMessage("metric type SUBSTRUCTURE not found or not supported, supported: [HAMMING JACCARD]");
        assertThatThrownBy(() -> spec("BIN_FLAT", "L2", "{}"))
                .hasMessage(
                        "metric type not found or not supported, supported: [HAMMING JACCARD SUBSTRUCTURE SUPERSTRUCTURE]");
        assertThatThrownBy(() -> spec("HNSW", "HAMMING", "{\"M\":8,\"efConstruction\":8}"))
                .hasMessage("metric type not found or not supported, supported: [L2 IP COSINE]");
        assertThatThrownBy(() -> spec("BIN_IVF_FLAT", "HAMMING", "{}")).hasMessage("nlist out of range: [1, 65536]");
        assertThat(spec("BIN_FLAT", "SUPERSTRUCTURE", "{}").needsBuild()).isFalse();
        assertThat(VectorIndexes.builds(spec("BIN_IVF_FLAT", "JACCARD", "{\"nlist\":4}")))
                .isTrue();
    }

    private static double recall(VectorIndex index, String metric, byte[] data, byte[] queries, int nprobe) {
        TopK[] found = index.searchBinary(queries, 10, Map.of("nprobe", String.valueOf(nprobe)), null);
        int hit = 0;
        int total = 0;
        for (int qi = 0; qi < found.length; qi++) {
            List<Integer> want = oracleTop(metric, data, queries, qi, 10, null);
            // ties at the 10th distance make any of the tied rows right: compare distances
            double tenth = oracle(metric, queries, qi * BYTES, data, want.get(want.size() - 1) * BYTES);
            for (int r : rowsOf(found[qi])) {
                hit += oracle(metric, queries, qi * BYTES, data, r * BYTES) <= tenth ? 1 : 0;
            }
            total += want.size();
        }
        return (double) hit / total;
    }
}
