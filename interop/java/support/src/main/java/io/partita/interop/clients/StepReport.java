package io.partita.interop.clients;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prints one {@code STEP <name> PASS|FAIL <detail>} line per step on standard output, the format
 * interop/run.sh parses, and remembers the failures for the exit code. Not thread-safe: a
 * scenario runs its steps one after the other.
 */
public final class StepReport {
  /** What a refused search of a released partition says, in every Milvus version and profile. */
  public static final Pattern NOT_LOADED = Pattern.compile("not (been )?loaded");

  private final boolean milvus21;
  private final List<String> failed = new ArrayList<>();

  public StepReport(ScenarioArgs args) {
    this.milvus21 = args.milvus21();
  }

  public boolean step(String name, boolean ok, String detail) {
    if (!ok) {
      failed.add(name);
    }
    System.out.println("STEP " + name + (ok ? " PASS " : " FAIL ") + detail.replace('\n', ' ').replace('\r', ' '));
    System.out.flush();
    return ok;
  }

  /** A step that passes when the call succeeded; {@code error} is null on success. */
  public boolean succeeded(String name, String error) {
    return step(name, error == null, "err=" + error);
  }

  /**
   * One SEMANTICS.md lifecycle rule: under milvus-2.1 the call must fail with a message holding
   * one of {@code want21}; under milvus-2.3 it must succeed. {@code error} is null on success.
   */
  public boolean expectRule(String name, String error, String... want21) {
    if (milvus21) {
      boolean ok = error != null && Arrays.stream(want21).anyMatch(error::contains);
      return step(name, ok, "err=" + error + " (want one of " + Arrays.toString(want21) + ")");
    }
    return step(name, error == null, "err=" + error + " (want success)");
  }

  /** The documented refusal of a search of a released partition. */
  public boolean expectNotLoaded(String name, String error) {
    return step(name, error != null && NOT_LOADED.matcher(error).find(), "err=" + error);
  }

  public int exitCode() {
    return failed.isEmpty() ? 0 : 1;
  }
}
