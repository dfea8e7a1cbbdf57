package io.partita.server.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.search.IndexFile;
import io.partita.server.search.IndexSpec;
import io.partita.server.search.Metric;
import io.partita.server.search.SparseInvertedIndex;
import io.partita.server.search.SparseVectors;
import io.partita.server.search.TopK;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Postings answer exactly what the scan answers: on a random corpus (Zipf-like term counts, four
 * segments, deleted/filtered rows excluded), BM25 top-k through every segment's postings, through
 * none, and through some, give the same keys and rows bit for bit; so does the inner-product
 * search of plain sparse rows, also when fewer rows share a term with the query than k; and an
 * index written to its file and read back answers the same and reports the bytes its header says.
 */
class Bm25PostingsTest {
    private static final IndexSpec BM25 = new IndexSpec(IndexSpec.SPARSE_INVERTED_INDEX, Metric.BM25, Map.of());
    private static final IndexSpec IP = new IndexSpec(IndexSpec.SPARSE_WAND, Metric.IP, Map.of());

    @TempDir
    Path dir;

    @Test
    void bm25TopKThroughPostingsIsTheScansTopKBitForBit() throws Exception {
        Random rnd = new Random(42);
        List<byte[][]> segments = new ArrayList<>();
        List<BitSet> excluded = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            int n = 300 + rnd.nextInt(400);
            byte[][] rows = new byte[n][];
            BitSet ex = new BitSet(n);
            for (int r = 0; r < n; r++) {
                rows[r] = bm25Row(rnd, 1 + rnd.nextInt(12));
                if (rnd.nextInt(7) == 0) {
                    ex.set(r);
                }
            }
            segments.add(rows);
            excluded.add(s == 2 ? null : ex);
            at.add(s);
        }
        List<SparseInvertedIndex> none = Arrays.asList(null, null, null, null);
        List<SparseInvertedIndex> all = new ArrayList<>();
        for (byte[][] rows : segments) {
            all.add(SparseInvertedIndex.build(BM25, rows));
        }
        List<SparseInvertedIndex> some = Arrays.asList(all.get(0), null, all.get(2), null);
        // one segment's postings through its file, as a load reads them
        Path file = dir.resolve("seg-1.idx-1");
        IndexFile.write(file, all.get(3), 0);
        SparseInvertedIndex reread = (SparseInvertedIndex) IndexFile.readSparse(file, segments.get(3).length, 0);
        assertThat(reread.ramBytesUsed()).isEqualTo(all.get(3).ramBytesUsed());
        assertThat(IndexFile.readHeader(file).ramBytes()).isEqualTo(all.get(3).ramBytesUsed());
        List<SparseInvertedIndex> fromFile = Arrays.asList(all.get(0), all.get(1), all.get(2), reread);

        byte[][] queries = new byte[40][];
        for (int q = 0; q < queries.length; q++) {
            queries[q] = bm25Row(rnd, 1 + rnd.nextInt(5));
        }
        for (int k : new int[] {1, 10, 100, 5000}) {
            String scan = bm25(queries, segments, none, excluded, at, k);
            assertThat(scan).contains("-"); // hits were found
            assertThat(bm25(queries, segments, all, excluded, at, k))
                    .as("k=%d", k)
                    .isEqualTo(scan);
            assertThat(bm25(queries, segments, some, excluded, at, k))
                    .as("k=%d", k)
                    .isEqualTo(scan);
            assertThat(bm25(queries, segments, fromFile, excluded, at, k))
                    .as("k=%d", k)
                    .isEqualTo(scan);
        }
    }

    @Test
    void innerProductThroughPostingsIsTheScanIncludingRowsSharingNoTerm() {
        Random rnd = new Random(7);
        int n = 800;
        byte[][] rows = new byte[n][];
        for (int r = 0; r < n; r++) {
            rows[r] = ipRow(rnd, 1 + rnd.nextInt(10), 2000);
        }
        BitSet ex = new BitSet(n);
        for (int r = 0; r < n; r += 5) {
            ex.set(r);
        }
        SparseInvertedIndex index = SparseInvertedIndex.build(IP, rows);
        byte[][] queries = new byte[30][];
        for (int q = 0; q < queries.length; q++) {
            queries[q] = ipRow(rnd, 1 + rnd.nextInt(4), 2000);
        }
        for (int k : new int[] {1, 10, 50, 700}) {
            for (BitSet e : Arrays.asList(null, ex)) {
                TopK[] scan = heaps(queries.length, k);
                SparseVectors.scan(queries, rows, e, scan, 3);
                TopK[] postings = heaps(queries.length, k);
                index.scan(queries, e, postings, 3);
                assertThat(drain(postings)).as("k=%d", k).isEqualTo(drain(scan));
            }
        }
    }

    private static String bm25(
            byte[][] queries,
            List<byte[][]> rows,
            List<SparseInvertedIndex> indexes,
            List<BitSet> excluded,
            List<Integer> at,
            int k) {
        TopK[] heaps = heaps(queries.length, k);
        Bm25Postings.search(queries, 1.2, 0.75, rows, indexes, excluded, at, heaps);
        return drain(heaps);
    }

    private static TopK[] heaps(int nq, int k) {
        TopK[] h = new TopK[nq];
        for (int i = 0; i < nq; i++) {
            h[i] = new TopK(k);
        }
        return h;
    }

    /** Every heap's keys (as raw bits) and refs, best first. */
    private static String drain(TopK[] heaps) {
        StringBuilder b = new StringBuilder();
        for (TopK h : heaps) {
            int n = h.size();
            float[] keys = new float[h.capacity()];
            long[] refs = new long[h.capacity()];
            h.drainSorted(keys, refs);
            for (int i = 0; i < n; i++) {
                b.append(Float.floatToRawIntBits(keys[i]))
                        .append(keys[i] < 0 ? "-" : "")
                        .append('@')
                        .append(refs[i])
                        .append(' ');
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** A BM25 row: term ids drawn Zipf-like from 300 (spread over the uint32 range), counts as values. */
    private static byte[] bm25Row(Random rnd, int tokens) {
        TreeMap<Long, Integer> counts = new TreeMap<>();
        for (int t = 0; t < tokens; t++) {
            int rank = (int) Math.floor(Math.pow(300, rnd.nextDouble())) - 1;
            counts.merge(((long) rank * 14_316_557L) & 0xFFFFFFFEL, 1, Integer::sum);
        }
        ByteBuffer out = ByteBuffer.allocate(counts.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
        counts.forEach((id, c) -> out.putInt((int) (long) id).putFloat(c));
        return out.array();
    }

    private static byte[] ipRow(Random rnd, int pairs, int vocabulary) {
        TreeMap<Long, Float> values = new TreeMap<>();
        for (int t = 0; t < pairs; t++) {
            values.put((long) rnd.nextInt(vocabulary), rnd.nextFloat());
        }
        ByteBuffer out = ByteBuffer.allocate(values.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
        values.forEach((id, v) -> out.putInt((int) (long) id).putFloat(v));
        return out.array();
    }
}
