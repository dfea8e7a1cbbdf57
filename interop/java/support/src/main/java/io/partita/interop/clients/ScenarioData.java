package io.partita.interop.clients;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows every interop client inserts (interop/README.md): book_id {@code i}, word_count
 * {@code 1000 + i}, book_intro {@code [i / 100, i / 50]}; ids 0..19 go to {@code novel}, ids
 * 100..109 to {@code _default}, so a hit with an id under 100 comes from {@code novel}.
 */
public final class ScenarioData {
  public static final String PARTITION = "novel";
  public static final String DEFAULT_PARTITION = "_default";
  public static final String PK = "book_id";
  public static final String WORD_COUNT = "word_count";
  public static final String VECTOR = "book_intro";
  public static final int DIM = 2;
  public static final int NOVEL_FIRST_ID = 0;
  public static final int NOVEL_ROWS = 20;
  public static final int DEFAULT_FIRST_ID = 100;
  public static final int DEFAULT_ROWS = 10;
  public static final int TOP_K = 100;
  public static final String QUERY_EXPR = "book_id >= 0";
  public static final List<Float> QUERY_VECTOR = List.of(0.1f, 0.2f);
  /** Sync loads poll the server for at most this long. */
  public static final long LOAD_TIMEOUT_SECONDS = 60;

  private ScenarioData() {
  }

  public static List<Long> ids(int first, int n) {
    List<Long> out = new ArrayList<>(n);
    for (long i = first; i < first + n; i++) {
      out.add(i);
    }
    return out;
  }

  public static List<Long> wordCounts(int first, int n) {
    List<Long> out = new ArrayList<>(n);
    for (long i = first; i < first + n; i++) {
      out.add(1000 + i);
    }
    return out;
  }

  public static List<List<Float>> vectors(int first, int n) {
    List<List<Float>> out = new ArrayList<>(n);
    for (int i = first; i < first + n; i++) {
      out.add(List.of(i / 100f, i / 50f));
    }
    return out;
  }

  /** True when there is at least one hit and every hit is a row of {@code novel}. */
  public static boolean allFromNovel(List<Long> ids) {
    return !ids.isEmpty() && ids.stream().allMatch(id -> id < DEFAULT_FIRST_ID);
  }
}
