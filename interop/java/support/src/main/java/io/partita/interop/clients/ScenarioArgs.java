package io.partita.interop.clients;

/**
 * The command line every interop program takes: {@code HOST:PORT [PROFILE]}, or the environment
 * variables {@code MILVUS_ADDR} and {@code PROFILE}; {@code COLLECTION} (default {@code book})
 * renames the collection so that runs against a shared server do not collide.
 */
public record ScenarioArgs(String host, int port, String profile, String collection) {
  public static final String PROFILE_21 = "milvus-2.1";
  public static final String PROFILE_23 = "milvus-2.3";

  public ScenarioArgs {
    if (!PROFILE_21.equals(profile) && !PROFILE_23.equals(profile)) {
      throw new IllegalArgumentException("profile must be " + PROFILE_21 + " or " + PROFILE_23 + ", got: " + profile);
    }
  }

  /** Parses {@code args} (then the environment); throws IllegalArgumentException naming the bad value. */
  public static ScenarioArgs parse(String[] args) {
    String addr = args.length > 0 ? args[0] : env("MILVUS_ADDR", "127.0.0.1:19530");
    String profile = args.length > 1 ? args[1] : env("PROFILE", PROFILE_21);
    int colon = addr.lastIndexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("address must be HOST:PORT, got: " + addr);
    }
    int port;
    try {
      port = Integer.parseInt(addr.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("address port must be a number, got: " + addr);
    }
    return new ScenarioArgs(addr.substring(0, colon), port, profile, env("COLLECTION", "book"));
  }

  /** {@link #parse}, or a usage line naming the bad value on stderr and exit status 2. */
  public static ScenarioArgs parseOrExit(String[] args, String program) {
    try {
      return parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("usage: " + program + " [HOST:PORT] [" + PROFILE_21 + "|" + PROFILE_23 + "]: " + e.getMessage());
      System.exit(2);
      throw e;
    }
  }

  public boolean milvus21() {
    return PROFILE_21.equals(profile);
  }

  public String address() {
    return host + ":" + port;
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? fallback : v;
  }
}
