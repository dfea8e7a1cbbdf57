package io.partita.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 CSV with Apache Commons CSV: comma-separated, fields in double quotes may hold
 * commas, doubled quotes and newlines; empty lines are skipped.
 */
final class Csv {
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private Csv() {}

    /**
     * @return the records, the header first
     * @throws IllegalArgumentException naming the record when the text is not valid CSV
     */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord r : parser) {
                records.add(r.toList());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(
                    "not valid CSV after record " + records.size() + ": " + e.getMessage(), e);
        }
        return records;
    }
}
