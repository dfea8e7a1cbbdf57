package io.partita.cli;

import java.io.PrintWriter;

/** A one-line progress bar redrawn with carriage returns: {@code [##########----------]  50% loading book}. */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final boolean enabled;
    private long last = -1;

    ProgressBar(PrintWriter err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
    }

    void update(long percent) {
        if (!enabled || percent == last) {
            return;
        }
        last = percent;
        int filled = (int) (Math.max(0, Math.min(100, percent)) * WIDTH / 100);
        err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent) + " "
                + label);
        err.flush();
    }

    void finish() {
        if (enabled && last >= 0) {
            err.println();
            err.flush();
        }
    }
}
