package io.partita.server.search;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * SPARSE_INVERTED_INDEX and SPARSE_WAND over one sealed segment's sparse rows: postings per term
 * (term id → the rows holding it, increasing, and their values) in flat primitive arrays, plus
 * what BM25 needs from the segment (each row's length, the rows' total length, per term its
 * largest value and shortest row for MaxScore's bounds, derived when built or read), so a search
 * touches only the rows in its query terms' postings and the collection's N, avgdl and document
 * frequencies are sums over segments. Inner-product searches answer exactly what
 * {@link SparseVectors#scan} answers (same float sums in the same order, rows sharing no term as
 * score-0 candidates when the heap still takes them); the engine scores BM25 from the postings
 * with the same arithmetic as its scan. Both types build the same structure (SPARSE_WAND's pruning
 * changes speed, never results, in Milvus). Immutable once built; safe for concurrent searches.
 */
public final class SparseInvertedIndex implements VectorIndex {
    private static final long SHALLOW_BYTES = 64;

    private final IndexSpec spec;
    private final int rows;
    /** Term ids (uint32 bit patterns) in unsigned increasing order. */
    private final int[] terms;
    /** Postings of {@code terms[i]}: {@code docs}/{@code values} from {@code offsets[i]} to {@code offsets[i+1]}. */
    private final int[] offsets;

    private final int[] docs;
    private final float[] values;
    /** Each row's length: the sum of its values, added in the row's order as the scan adds them. */
    private final double[] lengths;

    private final double totalLength;
    /** Per term: its largest value, and the shortest row holding it (BM25's per-term bound). */
    private final float[] maxValues;

    private final double[] minLengths;

    private SparseInvertedIndex(
            IndexSpec spec, int rows, int[] terms, int[] offsets, int[] docs, float[] values, double[] lengths) {
        this.spec = spec;
        this.rows = rows;
        this.terms = terms;
        this.offsets = offsets;
        this.docs = docs;
        this.values = values;
        this.lengths = lengths;
        double total = 0;
        for (double l : lengths) {
            total += l;
        }
        this.totalLength = total;
        this.maxValues = new float[terms.length];
        this.minLengths = new double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            float max = Float.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                max = Math.max(max, values[p]);
                min = Math.min(min, lengths[docs[p]]);
            }
            maxValues[i] = max;
            minLengths[i] = min;
        }
    }

    /** Builds the postings of {@code rows} (valid sparse rows, one per segment row). */
    public static SparseInvertedIndex build(IndexSpec spec, byte[][] rows) {
        Map<Integer, int[]> counts = new HashMap<>();
        long pairs = 0;
        double[] lengths = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            ByteBuffer b = ByteBuffer.wrap(rows[r]).order(ByteOrder.LITTLE_ENDIAN);
            double dl = 0;
            for (int at = 0; at < rows[r].length; at += SparseVectors.PAIR_BYTES) {
                counts.computeIfAbsent(b.getInt(at), t -> new int[1])[0]++;
                dl += b.getFloat(at + 4);
                pairs++;
            }
            lengths[r] = dl;
        }
        if (pairs > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many postings for one segment: " + pairs);
        }
        int[] terms = new int[counts.size()];
        int n = 0;
        for (int t : counts.keySet()) {
            terms[n++] = t;
        }
        sortUnsigned(terms);
        int[] offsets = new int[terms.length + 1];
        Map<Integer, Integer> slot = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            offsets[i + 1] = offsets[i] + counts.get(terms[i])[0];
            slot.put(terms[i], i);
        }
        int[] fill = Arrays.copyOf(offsets, terms.length);
        int[] docs = new int[(int) pairs];
        float[] values = new float[(int) pairs];
        for (int r = 0; r < rows.length; r++) {
            ByteBuffer b = ByteBuffer.wrap(rows[r]).order(ByteOrder.LITTLE_ENDIAN);
            for (int at = 0; at < rows[r].length; at += SparseVectors.PAIR_BYTES) {
                int i = slot.get(b.getInt(at));
                docs[fill[i]] = r;
                values[fill[i]++] = b.getFloat(at + 4);
            }
        }
        return new SparseInvertedIndex(spec, rows.length, terms, offsets, docs, values, lengths);
    }

    private static void sortUnsigned(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] ^= Integer.MIN_VALUE; // unsigned order as signed order
        }
        Arrays.sort(a);
        for (int i = 0; i < a.length; i++) {
            a[i] ^= Integer.MIN_VALUE;
        }
    }

    /** Reads what {@link #writeTo} wrote. */
    static SparseInvertedIndex read(IndexSpec spec, ByteBuffer in, int rows) {
        ByteBuffer b = in.slice().order(ByteOrder.BIG_ENDIAN);
        int nTerms = b.getInt();
        int nPairs = b.getInt();
        int nRows = b.getInt();
        if (nTerms < 0 || nPairs < 0 || nRows != rows) {
            throw new IllegalArgumentException(
                    "sparse index payload: " + nTerms + " terms, " + nPairs + " postings, " + nRows + " rows");
        }
        int[] terms = new int[nTerms];
        b.asIntBuffer().get(terms);
        b.position(b.position() + 4 * nTerms);
        int[] offsets = new int[nTerms + 1];
        b.asIntBuffer().get(offsets);
        b.position(b.position() + 4 * (nTerms + 1));
        int[] docs = new int[nPairs];
        b.asIntBuffer().get(docs);
        b.position(b.position() + 4 * nPairs);
        float[] values = new float[nPairs];
        b.asFloatBuffer().get(values);
        b.position(b.position() + 4 * nPairs);
        double[] lengths = new double[nRows];
        b.asDoubleBuffer().get(lengths);
        if (offsets[nTerms] != nPairs) {
            throw new IllegalArgumentException("sparse index payload: offsets end at " + offsets[nTerms]);
        }
        return new SparseInvertedIndex(spec, nRows, terms, offsets, docs, values, lengths);
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(terms.length);
        out.writeInt(docs.length);
        out.writeInt(rows);
        for (int t : terms) {
            out.writeInt(t);
        }
        for (int o : offsets) {
            out.writeInt(o);
        }
        for (int d : docs) {
            out.writeInt(d);
        }
        for (float v : values) {
            out.writeFloat(v);
        }
        for (double l : lengths) {
            out.writeDouble(l);
        }
    }

    @Override
    public IndexSpec spec() {
        return spec;
    }

    @Override
    public int size() {
        return rows;
    }

    @Override
    public long ramBytesUsed() {
        return SHALLOW_BYTES
                + arrayBytes(terms.length, 4)
                + arrayBytes(offsets.length, 4)
                + arrayBytes(docs.length, 4)
                + arrayBytes(values.length, 4)
                + arrayBytes(lengths.length, 8)
                + arrayBytes(maxValues.length, 4)
                + arrayBytes(minLengths.length, 8);
    }

    private static long arrayBytes(int n, int width) {
        return 16 + (long) n * width; // array header and elements
    }

    @Override
    public TopK[] search(float[] queries, int topK, Map<String, String> searchParams, BitSet excluded) {
        throw new UnsupportedOperationException(spec.type() + " searches sparse rows");
    }

    @Override
    public TopK[] searchSparse(byte[][] queries, int topK, Map<String, String> searchParams, BitSet excluded) {
        TopK[] heaps = new TopK[queries.length];
        for (int i = 0; i < heaps.length; i++) {
            heaps[i] = new TopK(topK);
        }
        scan(queries, excluded, heaps, 0);
        return heaps;
    }

    /**
     * The inner-product search {@link SparseVectors#scan} does, through the postings: the same
     * heaps get the same candidates (refs {@code segIndex << 32 | row}).
     */
    public void scan(byte[][] queries, BitSet excluded, TopK[] heaps, int segIndex) {
        long base = (long) segIndex << 32;
        float[] acc = new float[rows];
        BitSet touched = new BitSet(rows);
        for (int q = 0; q < queries.length; q++) {
            ByteBuffer b = ByteBuffer.wrap(queries[q]).order(ByteOrder.LITTLE_ENDIAN);
            for (int at = 0; at < queries[q].length; at += SparseVectors.PAIR_BYTES) {
                int i = slot(b.getInt(at));
                if (i < 0) {
                    continue;
                }
                float qv = b.getFloat(at + 4);
                for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                    int d = docs[p];
                    acc[d] += qv * values[p];
                    touched.set(d);
                }
            }
            TopK heap = heaps[q];
            for (int d = touched.nextSetBit(0); d >= 0; d = touched.nextSetBit(d + 1)) {
                if (excluded == null || !excluded.get(d)) {
                    heap.offer(-acc[d], base | d);
                }
                acc[d] = 0;
            }
            if (heap.threshold() >= 0f) {
                // rows sharing no term score 0 and are candidates too, as in the scan
                for (int d = touched.nextClearBit(0); d < rows; d = touched.nextClearBit(d + 1)) {
                    if (excluded == null || !excluded.get(d)) {
                        heap.offer(-0f, base | d);
                    }
                    if (heap.threshold() < 0f) {
                        break;
                    }
                }
            }
            touched.clear();
        }
    }

    /** @return the position of term id {@code term} (a uint32 bit pattern), or -1 when no row holds it */
    public int slot(int term) {
        int lo = 0;
        int hi = terms.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Integer.compareUnsigned(terms[mid], term);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** @return the first posting of the term at {@code slot} */
    public int start(int slot) {
        return offsets[slot];
    }

    /** @return one past the last posting of the term at {@code slot}; its count is {@code end - start} */
    public int end(int slot) {
        return offsets[slot + 1];
    }

    /** @return the row of posting {@code p} */
    public int doc(int p) {
        return docs[p];
    }

    /** @return the value (a BM25 row's term count) of posting {@code p} */
    public float value(int p) {
        return values[p];
    }

    /** @return the length of row {@code row} (the sum of its values) */
    public double length(int row) {
        return lengths[row];
    }

    /** @return the largest value in the postings of the term at {@code slot} */
    public float maxValue(int slot) {
        return maxValues[slot];
    }

    /** @return the shortest length of a row holding the term at {@code slot} */
    public double minLength(int slot) {
        return minLengths[slot];
    }

    /** @return the sum of the rows' lengths (BM25's total document length of this segment) */
    public double totalLength() {
        return totalLength;
    }
}
