package io.partita.cli;

import java.io.IOException;

/**
 * Reads one answer from the person at the shell, after showing a question: how commands ask for
 * what milvus_cli 1.x asks for interactively ({@code query}, {@code create index}, confirmations).
 * The interactive shell installs one; a one-shot command line has none, so a missing answer is a
 * usage error there.
 */
interface Prompter {
    /**
     * Shows {@code prompt} and reads a line.
     *
     * @return the line without its end, or {@code null} at end of input
     */
    String readLine(String prompt) throws IOException;
}
