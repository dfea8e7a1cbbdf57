package io.partita.interop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The seed's data set, the same for every client: collection {@code book} (book_id INT64 primary
 * key, word_count INT64, book_intro FLOAT_VECTOR dim 2) with partitions {@code novel} and
 * {@code poem}. Row {@code i} has book_id {@code i}, word_count {@code 10 * i} and vector
 * {@code [i, i + 1]}, so the nearest neighbour (L2) of {@link #QUERY_VECTOR} is {@link #NEAREST_ID}.
 */
public final class Scenario {
    public static final String COLLECTION = "book";
    public static final String NOVEL = "novel";
    public static final String POEM = "poem";
    public static final String PK = "book_id";
    public static final String WORD_COUNT = "word_count";
    public static final String VECTOR = "book_intro";
    public static final int DIM = 2;
    public static final int ROWS = 200;
    public static final int TOP_K = 10;
    public static final List<Float> QUERY_VECTOR = List.of(10.1f, 11.1f);
    public static final long NEAREST_ID = 10L;
    public static final String QUERY_EXPR = "book_id in [1, 2, 3]";
    /** word_count of the rows {@link #QUERY_EXPR} selects, in book_id order. */
    public static final List<Long> QUERY_WORD_COUNTS = List.of(10L, 20L, 30L);
    /** Sync loads poll the server; this bounds them. */
    public static final long LOAD_TIMEOUT_SECONDS = 30;

    private Scenario() {}

    /** book_id of every row, 0 .. ROWS-1. */
    public static List<Long> ids() {
        List<Long> ids = new ArrayList<>(ROWS);
        for (long i = 0; i < ROWS; i++) {
            ids.add(i);
        }
        return ids;
    }

    /** word_count of every row. */
    public static List<Long> wordCounts() {
        List<Long> out = new ArrayList<>(ROWS);
        for (long i = 0; i < ROWS; i++) {
            out.add(10 * i);
        }
        return out;
    }

    /** book_intro of every row. */
    public static List<List<Float>> vectors() {
        List<List<Float>> out = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            out.add(Arrays.asList((float) i, (float) i + 1));
        }
        return out;
    }
}
