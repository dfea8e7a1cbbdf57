package io.partita.server.search;

import java.util.Arrays;

/**
 * Visited marks for graph searches: an {@code int[]} stamped with an epoch, so starting a new
 * search costs nothing. Each search thread keeps one inside its {@link HnswSearch} (sized to the
 * largest segment it has searched: 4 bytes per row, never charged to the query nodes, holding
 * no reference to any index, so a release still frees every index). Not thread-safe.
 */
final class Visited {
    private int[] marks = new int[0];
    int epoch;

    /** Starts a search over {@code rows} nodes; returns the marks, where {@link #epoch} means visited. */
    int[] begin(int rows) {
        if (marks.length < rows) {
            marks = new int[rows];
            epoch = 0;
        }
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(marks, 0);
            epoch = 1;
        }
        return marks;
    }
}
