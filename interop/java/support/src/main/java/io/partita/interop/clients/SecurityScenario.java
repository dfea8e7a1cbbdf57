package io.partita.interop.clients;

/**
 * The security scenario every Java client runs (interop/run.sh's java21-sec and java26-sec), written
 * once over a {@link Client}: TLS one-way, mutual and a mutual server refusing a client without a
 * certificate; RBAC allow (has-partition on the user's collection, the one privilege its role
 * holds) and deny (create a partition there: Milvus's {@code permission deny}); the login throttle (wrong
 * passwords until {@code too many failed logins}) and a login once the lock is over.
 *
 * <p>The environment, set by run.sh: {@code SEC_MUTUAL} (HOST:PORT of the {@code --tls-mode 2}
 * server), {@code SEC_CERTS} (ca.pem, client.pem, client.key), {@code SEC_ROOT_PASSWORD},
 * {@code SEC_USER}, {@code SEC_PASSWORD}, {@code SEC_COLLECTION}.
 */
public final class SecurityScenario {
  /** How a session reaches its server. */
  public enum Tls {
    ONE_WAY,
    MUTUAL,
    /** Trusting the server but presenting no certificate. */
    NO_CLIENT_CERT
  }

  /** One client library's connection as one user. Methods answer null on success, else the error text. */
  public interface Client extends AutoCloseable {
    String listCollections();

    /** Null when the call succeeded and answered true. */
    String hasPartition(String collection, String partition);

    String createPartition(String collection, String partition);

    @Override
    void close();
  }

  /** Opens a session: host, port, user, password, TLS; may throw when the client cannot connect. */
  public interface Connector {
    Client open(String host, int port, String user, String password, Tls tls);
  }

  private SecurityScenario() {}

  /** Runs the steps; returns the exit code. {@code mutualNote} non-null: mutual TLS is skipped with that reason. */
  public static int run(String[] argv, String program, Connector connector, String mutualNote) {
    ScenarioArgs args = ScenarioArgs.parseOrExit(argv, program);
    StepReport report = new StepReport(args);
    String root = System.getenv("SEC_ROOT_PASSWORD");
    String user = System.getenv("SEC_USER");
    String password = System.getenv("SEC_PASSWORD");
    String coll = System.getenv("SEC_COLLECTION");
    String mutual = System.getenv("SEC_MUTUAL");
    String mutualHost = mutual.substring(0, mutual.lastIndexOf(':'));
    int mutualPort = Integer.parseInt(mutual.substring(mutual.lastIndexOf(':') + 1));

    report.succeeded("tls_one_way", session(connector, args.host(), args.port(), "root", root, Tls.ONE_WAY));
    if (mutualNote != null) {
      report.step("tls_mutual", true, "SKIP: " + mutualNote);
    } else {
      report.succeeded("tls_mutual", session(connector, mutualHost, mutualPort, "root", root, Tls.MUTUAL));
    }
    String refused = session(connector, mutualHost, mutualPort, "root", root, Tls.NO_CLIENT_CERT);
    report.step("tls_mutual_refused_without_cert", refused != null, "err=" + refused + " (want an error)");

    try (Client c = connector.open(args.host(), args.port(), user, password, Tls.ONE_WAY)) {
      report.succeeded("rbac_allowed", c.hasPartition(coll, "_default"));
      String denied = c.createPartition(coll, "p_denied");
      String want = "PrivilegeCreatePartition: permission deny";
      report.step("rbac_denied", denied != null && denied.contains(want), "err=" + denied + " (want " + want + ")");
    } catch (RuntimeException e) {
      report.step("rbac_allowed", false, "err=" + e);
    }

    String err = null;
    int n = 0;
    while (n < 12) {
      n++;
      err = session(connector, args.host(), args.port(), user, "wrong-password", Tls.ONE_WAY);
      if (err != null && err.contains("too many failed logins")) {
        break;
      }
    }
    report.step("throttle", err != null && err.contains("too many failed logins"),
        "after " + n + " wrong passwords: " + err);
    long deadline = System.nanoTime() + 70_000_000_000L;
    do {
      err = session(connector, args.host(), args.port(), user, password, Tls.ONE_WAY);
      if (err == null) {
        break;
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    } while (System.nanoTime() < deadline);
    report.succeeded("login_after_lock", err);
    return report.exitCode();
  }

  /** Connects and lists collections (a call every authenticated user may make): null, or the error. */
  private static String session(Connector connector, String host, int port, String user, String password, Tls tls) {
    try (Client c = connector.open(host, port, user, password, tls)) {
      return c.listCollections();
    } catch (RuntimeException e) {
      return e.toString();
    }
  }
}
