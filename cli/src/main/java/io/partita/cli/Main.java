package io.partita.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Entry point of {@code partita} ({@code java -jar partita-cli.jar}, or {@code bin/partita}).
 * One-shot: {@code partita -u grpc://localhost:19530 release -c book -p novel}; without a
 * command: the interactive shell. The exit codes are those of {@link ExitCodes}.
 */
public final class Main {
    private Main() {}

    /**
     * Runs {@code partita} and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err, System.getenv()));
    }

    /**
     * Runs {@code partita} without exiting: what {@link #main} does, with its streams and
     * environment given, so tests and embedding programs can drive it.
     *
     * @param args the command line
     * @param in where the interactive shell reads lines (not closed)
     * @param out results (flushed, not closed)
     * @param err error lines and the progress bar (flushed, not closed)
     * @param env environment ({@code PARTITA_URI}, {@code PARTITA_PASSWORD})
     * @return the exit code, see {@link ExitCodes}
     */
    public static int run(
            String[] args,
            InputStream in,
            java.io.OutputStream out,
            java.io.OutputStream err,
            Map<String, String> env) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try (Session session = new Session(new Output(o, e), in, env)) {
            return Cli.execute(session, args);
        } finally {
            o.flush();
            e.flush();
        }
    }
}
