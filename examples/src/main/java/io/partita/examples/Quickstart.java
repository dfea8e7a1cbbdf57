package io.partita.examples;

import io.partita.exception.MilvusServerException;
import io.partita.model.SearchResults;
import io.partita.param.R;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.response.SearchResultsWrapper;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * The whole partition memory lifecycle in one run: start an embedded reference server (or use
 * {@code --uri}), create {@code book}/{@code novel}, insert 10,000 vectors, load {@code novel}
 * with a progress bar, search it, show the memory in use, release it, show the memory freed, and
 * show that searching the released partition is refused with a clear error.
 *
 * <pre>java -jar examples/target/quickstart.jar [--uri grpc://host:19530] [--rows 10000] [--dim 128]</pre>
 *
 * Exits 0 when every step behaved as documented, 1 otherwise, 2 on a bad command line.
 */
public final class Quickstart {
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(2);

    private Quickstart() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /**
     * Runs the quickstart, printing to {@code out}.
     *
     * @return the exit status: 0 success, 1 a step failed, 2 a bad command line
     */
    public static int run(String[] args, PrintStream out) {
        ExampleArgs parsed;
        try {
            parsed = ExampleArgs.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        out.println("Partita quickstart: the partition memory lifecycle");
        try (ServerSession session = ServerSession.open(parsed, out)) {
            return walk(session, parsed, out);
        } catch (Exception e) {
            out.println("FAILED: " + e);
            return 1;
        }
    }

    private static int walk(ServerSession session, ExampleArgs args, PrintStream out) throws InterruptedException {
        Book book = new Book(session.client, args.dim());
        book.create(out);
        out.printf(
                "1. Created collection 'book' (book_id int64 primary key, word_count int64, book_intro float vector of dim %d)%n",
                args.dim());
        out.println("2. Created partition 'novel'");

        long start = System.nanoTime();
        long inserted = book.insert(args.rows());
        out.printf("3. Inserted %,d vectors into 'novel' and flushed (%d ms)%n", inserted, millisSince(start));

        out.println("4. Loading 'novel' into memory");
        start = System.nanoTime();
        session.client
                .loadPartitions(LoadPartitionsParam.newBuilder()
                        .withCollectionName(Book.COLLECTION)
                        .withPartitionNames(List.of(Book.PARTITION))
                        .withSyncLoad(false)
                        .build())
                .orThrow();
        LoadProgress.await(session.client, Book.COLLECTION, Book.PARTITION, LOAD_TIMEOUT, out);
        out.printf("   Loaded in %d ms%n", millisSince(start));

        List<Float> query = book.vector();
        SearchResults found = book.searchNovel(query, 3).orThrow();
        SearchResultsWrapper hits = new SearchResultsWrapper(found.getResults());
        List<?> words = hits.getFieldData("word_count", 0);
        out.println("5. Searched 'novel' for the 3 books nearest to a random vector:");
        List<SearchResultsWrapper.IDScore> scores = hits.getIDScore(0);
        for (int i = 0; i < scores.size(); i++) {
            out.printf(
                    "   book_id=%-6d distance=%.4f word_count=%s%n",
                    scores.get(i).getLongID(), scores.get(i).getScore(), words.get(i));
        }

        long inUseBytes = book.memoryInUseBytes();
        out.println("6. Memory in use by 'book' on the query nodes: " + Book.human(inUseBytes));

        session.client
                .releasePartitions(ReleasePartitionsParam.newBuilder()
                        .withCollectionName(Book.COLLECTION)
                        .withPartitionNames(List.of(Book.PARTITION))
                        .build())
                .orThrow();
        long afterBytes = book.memoryInUseBytes();
        out.println("7. Released 'novel'. Memory in use now: " + Book.human(afterBytes) + ", freed: "
                + Book.human(inUseBytes - afterBytes));

        R<SearchResults> refused = book.searchNovel(query, 3);
        if (refused.isSuccess()) {
            out.println("8. UNEXPECTED: a search of the released partition succeeded");
            return 1;
        }
        out.println("8. A search of the released partition is refused, as documented:");
        out.println("   " + describe(refused));
        if (inUseBytes <= 0 || afterBytes != 0) {
            out.println("UNEXPECTED: memory accounting did not go from a positive figure to 0");
            return 1;
        }
        out.println("Done.");
        return 0;
    }

    private static String describe(R<?> failed) {
        if (failed.getException() instanceof MilvusServerException e) {
            return "error_code " + e.getErrorCode() + (e.getServerCode() != 0 ? ", code " + e.getServerCode() : "")
                    + ": " + e.getReason();
        }
        return "status " + failed.getStatus() + ": " + failed.getMessage();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
