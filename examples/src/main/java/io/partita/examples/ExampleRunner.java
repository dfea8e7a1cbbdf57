package io.partita.examples;

import java.io.PrintStream;

/** Runs one example body against a {@link ServerSession} and turns its outcome into an exit status. */
final class ExampleRunner {
    /** The part of an example that talks to the server. */
    @FunctionalInterface
    interface Body {
        /** @return the exit status: 0 when everything behaved as documented */
        int run(ServerSession session, ExampleArgs args, PrintStream out) throws Exception;
    }

    private ExampleRunner() {}

    /** @return 0 success, 1 a step failed, 2 a bad command line */
    static int run(String title, String[] args, PrintStream out, Body body) {
        ExampleArgs parsed;
        try {
            parsed = ExampleArgs.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        out.println(title);
        try (ServerSession session = ServerSession.open(parsed, out)) {
            return body.run(session, parsed, out);
        } catch (Exception e) {
            out.println("FAILED: " + e);
            return 1;
        }
    }

    /** Creates {@code book}/{@code novel} and inserts a small data set, saying so. */
    static Book prepareBook(ServerSession session, ExampleArgs args, PrintStream out) {
        Book book = new Book(session.client, args.dim());
        book.create(out);
        int rows = Math.min(args.rows(), 1_000);
        book.insert(rows);
        out.printf(
                "Prepared collection 'book' with partition 'novel' holding %,d vectors of dim %d%n", rows, args.dim());
        return book;
    }
}
