package io.partita.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks each observed step against the {@link ExpectedOutcomes} and keeps it, then writes what the
 * client observed to {@code <partita.outcomes.dir>/<client>.tsv} (sorted by step) so a run's
 * figures can be compared across clients by hand or by a later test. Thread-safe.
 */
public final class OutcomeLog {
    private final String client;
    private final ExpectedOutcomes expected;
    private final Map<String, Observed> observed = new TreeMap<>();

    /**
     * @param client a file-name-safe label, e.g. {@code official-2.1.0} or {@code official-2.6.22-v2}
     */
    public OutcomeLog(String client, ExpectedOutcomes expected) {
        this.client = client;
        this.expected = expected;
    }

    /** Records the outcome, then asserts it against the table (the record survives a failure). */
    public synchronized void checkAndRecord(Observed o) {
        observed.put(o.step(), o);
        expected.check(o);
    }

    /** The steps recorded so far. */
    public synchronized List<Observed> recorded() {
        return new ArrayList<>(observed.values());
    }

    /** Writes the TSV file and returns its path. */
    public synchronized Path write() throws IOException {
        Path dir = Path.of(System.getProperty("partita.outcomes.dir", "target/interop-outcomes"));
        Files.createDirectories(dir);
        StringBuilder b = new StringBuilder("# step\terror_code\tcode\treason (client ")
                .append(client)
                .append(")\n");
        for (Observed o : observed.values()) {
            b.append(o.toTsv()).append('\n');
        }
        Path file = dir.resolve(client + ".tsv");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }
}
