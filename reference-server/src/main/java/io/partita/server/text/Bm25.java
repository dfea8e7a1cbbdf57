package io.partita.server.text;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The BM25 function of full-text search. {@link #row} is what Milvus's BM25 function writes
 * for a text (milvus-io/milvus internal/util/function/bm25_function.go): each token hashed to a
 * 32-bit term id ({@link #termId}: CRC-32 (IEEE) of the token's first 100 UTF-8 bytes, as
 * pkg/util/typeutil/hash.go {@code HashString2LessUint32}) with its count as the value, in
 * Milvus's sparse row form (little-endian uint32 index, float32 value, indices increasing).
 * {@link Scorer} scores a document row against a query row with the collection's statistics:
 * {@code Σ q(t) · idf(t) · tf·(k1+1) / (tf + k1·(1 − b + b·dl/avgdl))}, with
 * {@code idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5))} (the Lucene/knowhere form).
 */
public final class Bm25 {
    /** Milvus's default {@code bm25_k1}. */
    public static final float DEFAULT_K1 = 1.2f;
    /** Milvus's default {@code bm25_b}. */
    public static final float DEFAULT_B = 0.75f;

    private static final int HASHED_BYTES = 100;

    private Bm25() {}

    /** The term id of a token. */
    public static long termId(String token) {
        byte[] b = token.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(b, 0, Math.min(b.length, HASHED_BYTES));
        long v = crc.getValue();
        return v == 0xFFFFFFFFL ? 0 : v; // % MaxUint32: the one value above the range wraps to 0
    }

    /** The sparse row of these tokens: term id → count. */
    public static byte[] row(List<String> tokens) {
        TreeMap<Long, Integer> counts = new TreeMap<>();
        for (String t : tokens) {
            counts.merge(termId(t), 1, Integer::sum);
        }
        ByteBuffer out = ByteBuffer.allocate(counts.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
        counts.forEach((id, n) -> {
            out.putInt((int) (long) id);
            out.putFloat(n);
        });
        return out.array();
    }

    /** The document length of a row: the sum of its term counts. */
    public static float length(byte[] row) {
        ByteBuffer b = ByteBuffer.wrap(row).order(ByteOrder.LITTLE_ENDIAN);
        float sum = 0;
        for (int at = 0; at < row.length; at += 8) {
            sum += b.getFloat(at + 4);
        }
        return sum;
    }

    /**
     * Document statistics for one query: the number of documents, their total length, and per
     * query term the number of documents holding it. Fed row by row ({@link #add}).
     */
    public static final class Stats {
        private final long[] terms;
        private final long[] df;
        private long docs;
        private double totalLength;

        /** Statistics for the terms of {@code query} (a row). */
        public Stats(byte[] query) {
            ByteBuffer b = ByteBuffer.wrap(query).order(ByteOrder.LITTLE_ENDIAN);
            terms = new long[query.length / 8];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = b.getInt(i * 8) & 0xFFFFFFFFL;
            }
            df = new long[terms.length];
        }

        /** Counts one document. */
        public void add(byte[] row) {
            docs++;
            ByteBuffer b = ByteBuffer.wrap(row).order(ByteOrder.LITTLE_ENDIAN);
            int t = 0;
            for (int at = 0; at < row.length; at += 8) {
                long id = b.getInt(at) & 0xFFFFFFFFL;
                totalLength += b.getFloat(at + 4);
                while (t < terms.length && terms[t] < id) {
                    t++;
                }
                if (t < terms.length && terms[t] == id) {
                    df[t]++;
                }
            }
        }

        /**
         * Counts a whole segment at once, from its postings: its document count, total length and
         * per query term (in the query row's order) the documents holding it.
         */
        public void addSegment(long segmentDocs, double segmentLength, long[] segmentDf) {
            docs += segmentDocs;
            totalLength += segmentLength;
            for (int i = 0; i < df.length; i++) {
                df[i] += segmentDf[i];
            }
        }

        /** The query's term ids (uint32 values), increasing: the order of {@link #addSegment}'s {@code df}. */
        public long[] terms() {
            return terms.clone();
        }

        public long docs() {
            return docs;
        }

        /** The average document length (1 when there are no documents). */
        public double avgdl() {
            return docs == 0 || totalLength == 0 ? 1 : totalLength / docs;
        }

        /** The inverse document frequency of each query term, in the query row's order. */
        double[] idf() {
            double[] idf = new double[terms.length];
            for (int i = 0; i < terms.length; i++) {
                idf[i] = Math.log(1 + (docs - df[i] + 0.5) / (df[i] + 0.5));
            }
            return idf;
        }
    }

    /** Scores document rows against one query row. Not thread-safe: one per query and thread. */
    public static final class Scorer {
        private final Map<Long, Integer> position = new HashMap<>();
        private final double[] weight; // q(t) · idf(t)
        private final double k1;
        private final double b;
        private final double avgdl;

        public Scorer(byte[] query, Stats stats, double k1, double b) {
            ByteBuffer q = ByteBuffer.wrap(query).order(ByteOrder.LITTLE_ENDIAN);
            double[] idf = stats.idf();
            weight = new double[idf.length];
            for (int i = 0; i < idf.length; i++) {
                position.put(q.getInt(i * 8) & 0xFFFFFFFFL, i);
                weight[i] = q.getFloat(i * 8 + 4) * idf[i];
            }
            this.k1 = k1;
            this.b = b;
            this.avgdl = stats.avgdl();
        }

        /** The BM25 score of one document row (0 when it shares no term with the query). */
        public float score(byte[] row) {
            ByteBuffer d = ByteBuffer.wrap(row).order(ByteOrder.LITTLE_ENDIAN);
            double dl = 0;
            for (int at = 0; at < row.length; at += 8) {
                dl += d.getFloat(at + 4);
            }
            double norm = norm(dl);
            double sum = 0;
            for (int at = 0; at < row.length; at += 8) {
                Integer i = position.get(d.getInt(at) & 0xFFFFFFFFL);
                if (i != null) {
                    sum += termScore(i, d.getFloat(at + 4), norm);
                }
            }
            return (float) sum;
        }

        /** A document's length normalization {@code k1·(1 − b + b·dl/avgdl)}. */
        public double norm(double dl) {
            return k1 * (1 - b + b * dl / avgdl);
        }

        /**
         * The share of query term {@code i} (the query row's order) in a document's score: adding
         * these in increasing term order gives exactly {@link #score}'s sum (postings search this way).
         */
        public double termScore(int i, double tf, double norm) {
            return weight[i] * tf * (k1 + 1) / (tf + norm);
        }
    }
}
