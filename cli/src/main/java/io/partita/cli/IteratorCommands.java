package io.partita.cli;

import io.partita.orm.iterator.QueryIterator;
import io.partita.orm.iterator.SearchIterator;
import io.partita.response.QueryResultsWrapper.RowRecord;
import io.partita.v2.common.IndexParam;
import io.partita.v2.service.vector.request.QueryIteratorReq;
import io.partita.v2.service.vector.request.SearchIteratorReq;
import io.partita.v2.service.vector.request.data.FloatVec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/**
 * milvus_cli 1.2.1's {@code query_iterator} and {@code search_iterator}
 * (milvus_cli/scripts/collection_client_cli.py): each asks its questions in milvus_cli's order, opens
 * the SDK's iterator through {@link Session#clientV2()} and prints one batch at a time ("--- Batch
 * N (k results) ---" and a table), asking "Continue to next batch?" between batches, then the total.
 */
final class IteratorCommands {
    private IteratorCommands() {}

    /** {@code query_iterator}: collection, filter, output fields, batch size (1000), limit (0: none). */
    @Command(name = "query_iterator", description = "Query in batches, for large results (asks its questions).")
    static final class Query extends SessionCommand {
        @Override
        int run(Session session) {
            DataCommands.shellOnly(session, "query_iterator");
            String collection = session.ask("Collection name", null, "-c/--collection-name");
            String filter = session.ask("Filter expression", null, "-e/--expr");
            List<String> outputFields = DataCommands.fieldList(session.ask(
                    "Output fields (comma separated) " + Answers.fieldNames(session, collection), "", "-o"));
            long batchSize = number(session, "Batch size", "1000");
            long limit = number(session, "Limit (0 for no limit)", "0");
            QueryIterator iterator = session.clientV2()
                    .queryIterator(QueryIteratorReq.builder()
                            .collectionName(collection)
                            .expr(filter)
                            .outputFields(outputFields)
                            .batchSize(batchSize)
                            .limit(limit > 0 ? limit : -1)
                            .build());
            return page(session, iterator::next, iterator::close, outputFields);
        }
    }

    /**
     * {@code search_iterator}: collection, vector field, vector, batch size (100), limit (1000), filter,
     * output fields; the metric is the field's index's, L2 when it has none, as milvus_cli takes it.
     */
    @Command(name = "search_iterator", description = "Search in batches, for large results (asks its questions).")
    static final class Search extends SessionCommand {
        @Override
        int run(Session session) {
            DataCommands.shellOnly(session, "search_iterator");
            String collection = session.ask("Collection name", null, "-c/--collection-name");
            List<String> fieldNames = Answers.fieldNames(session, collection);
            String field = HybridSearchCommand.choice(session, "Vector field", fieldNames, null);
            List<Float> vector = Values.floats(
                    session.ask("Search vector (e.g., [0.1, 0.2, ...])", null, "--vector"), "the search vector");
            long batchSize = number(session, "Batch size", "100");
            long limit = number(session, "Limit", "1000");
            Map<String, String> index = SearchCommand.indexOf(session, collection, field);
            String metric = index == null ? "L2" : index.getOrDefault("metric_type", "L2");
            String filter = session.ask("Filter expression (optional)", "", "-e/--expr");
            List<String> outputFields =
                    DataCommands.fieldList(session.ask("Output fields (comma separated) " + fieldNames, "", "-o"));
            SearchIterator iterator = session.clientV2()
                    .searchIterator(SearchIteratorReq.builder()
                            .collectionName(collection)
                            .vectorFieldName(field)
                            .vectors(List.of(new FloatVec(vector)))
                            .metricType(IndexParam.MetricType.valueOf(metric.toUpperCase(Locale.ROOT)))
                            .batchSize(batchSize)
                            .limit(limit)
                            .expr(filter)
                            .outputFields(outputFields)
                            .build());
            List<String> columns = new ArrayList<>(List.of(SearchIterator.DISTANCE));
            columns.addAll(outputFields);
            return page(session, iterator::next, iterator::close, columns);
        }
    }

    private static long number(Session session, String question, String defaultValue) {
        return Answers.number(session.ask(question, defaultValue, "--option"), question);
    }

    /** Prints batches until the iterator is spent or the user stops, then the total; closes the iterator. */
    private static int page(Session session, Supplier<List<RowRecord>> next, Runnable close, List<String> fields) {
        PrintWriter err = session.output().err();
        int total = 0;
        int batch = 0;
        try {
            while (true) {
                List<RowRecord> rows = next.get();
                if (rows.isEmpty()) {
                    break;
                }
                batch++;
                total += rows.size();
                err.println();
                err.println("--- Batch " + batch + " (" + rows.size() + " results) ---");
                err.flush();
                List<String> headers = headers(rows.get(0), fields);
                session.output().table(headers, cells(rows, headers));
                if (!HybridSearchCommand.yes(session, "Continue to next batch?")) {
                    break;
                }
            }
        } finally {
            close.run();
        }
        err.println();
        err.println("Total results retrieved: " + total);
        err.flush();
        return ExitCodes.OK;
    }

    /** The primary key first (the one field every record has besides those asked for), then the fields. */
    private static List<String> headers(RowRecord first, List<String> fields) {
        List<String> headers = new ArrayList<>();
        for (String key : first.getFieldValues().keySet()) {
            if (!fields.contains(key)) {
                headers.add(key);
            }
        }
        for (String f : fields) {
            if (first.contains(f)) {
                headers.add(f);
            }
        }
        return headers;
    }

    /** One line per record, a cell per header; a field a record lacks is an empty cell. */
    private static List<List<Object>> cells(List<RowRecord> rows, List<String> headers) {
        List<List<Object>> cells = new ArrayList<>();
        for (RowRecord r : rows) {
            List<Object> line = new ArrayList<>();
            for (String h : headers) {
                line.add(r.contains(h) ? r.get(h) : "");
            }
            cells.add(line);
        }
        return cells;
    }
}
