package io.partita.examples;

import io.partita.client.MilvusClient;
import io.partita.param.collection.GetLoadingProgressParam;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Waits for a partition load by polling {@code GetLoadingProgress}, drawing a text progress bar:
 * redrawn in place on a terminal, one line per change otherwise (logs, tests).
 */
final class LoadProgress {
    private static final int WIDTH = 40;
    private static final Duration POLL = Duration.ofMillis(50);

    private LoadProgress() {}

    /** @return the bar for a percentage, e.g. {@code [####################....................]  50%} */
    static String bar(long percent) {
        int filled = (int) (Math.max(0, Math.min(100, percent)) * WIDTH / 100);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent);
    }

    /**
     * Polls until the load reaches 100%.
     *
     * @throws IllegalStateException when it does not within {@code timeout}
     */
    static void await(MilvusClient client, String collection, String partition, Duration timeout, PrintStream out)
            throws InterruptedException {
        boolean terminal = System.console() != null && out == System.out;
        long deadline = System.nanoTime() + timeout.toNanos();
        long shown = -1;
        while (true) {
            long percent = client.getLoadingProgress(GetLoadingProgressParam.newBuilder()
                            .withCollectionName(collection)
                            .withPartitionNames(List.of(partition))
                            .build())
                    .orThrow()
                    .getProgress();
            if (percent != shown) {
                out.print(terminal ? "\r   " + bar(percent) : "   " + bar(percent) + System.lineSeparator());
                shown = percent;
            }
            if (percent >= 100) {
                if (terminal) {
                    out.println();
                }
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("loading " + collection + "/" + partition + " stopped at " + percent
                        + "% after " + timeout.toSeconds() + " s");
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
