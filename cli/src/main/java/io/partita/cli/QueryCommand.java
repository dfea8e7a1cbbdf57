package io.partita.cli;

import io.partita.model.FieldData;
import io.partita.model.QueryResults;
import io.partita.param.dml.QueryParam;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code query -c book -e "book_id in [1, 2]" [-o word_count] [-p novel]}: one row per matching
 * entity. Without -c or -e (milvus_cli 1.x's bare {@code query}), the shell asks milvus_cli's
 * questions in its order: collection, expression, partitions, output fields, timeout, guarantee
 * timestamp, graceful time (seconds).
 */
@Command(name = "query", description = "Return the entities matching a boolean expression.")
final class QueryCommand extends SessionCommand {
    @Option(
            names = {"-c", "--collection-name"},
            paramLabel = "NAME",
            description = "Name of the collection.")
    String collection;

    @Option(
            names = {"-e", "--expr"},
            paramLabel = "EXPR",
            description = "Boolean expression, e.g. \"book_id in [1, 2]\".")
    String expr;

    @Option(
            names = {"-o", "--output-field"},
            paramLabel = "FIELD",
            split = ",",
            description = "Fields to return (repeat or comma-separate; the primary key always comes back).")
    List<String> outputFields = new ArrayList<>();

    @Option(
            names = {"-p", "--partition"},
            paramLabel = "NAME",
            description = "Query only this partition (repeat).")
    List<String> partitions = new ArrayList<>();

    @Override
    int run(Session session) {
        QueryParam.Builder b = QueryParam.newBuilder();
        if (collection != null && expr != null) {
            b.withCollectionName(collection)
                    .withExpr(expr)
                    .withOutFields(outputFields)
                    .withPartitionNames(partitions);
        } else {
            ask(session, b);
        }
        QueryResults results = session.client().query(b.build()).orThrow();
        List<String> headers = new ArrayList<>();
        int rowCount = 0;
        for (FieldData f : results.getFieldsDataList()) {
            headers.add(f.getFieldName());
            rowCount = Math.max(rowCount, f.getRowCount());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            List<Object> row = new ArrayList<>();
            for (FieldData f : results.getFieldsDataList()) {
                row.add(r < f.getRowCount() ? f.getValues().get(r) : null);
            }
            rows.add(row);
        }
        output().table(headers, rows);
        return ExitCodes.OK;
    }

    /** milvus_cli 1.2.1's questions for a bare {@code query} (scripts/data_client_cli.py), options answering some. */
    private void ask(Session session, QueryParam.Builder b) {
        String c = collection != null ? collection : session.ask("Collection name", null, "-c/--collection-name");
        String e = expr != null ? expr : session.ask("The query expression", null, "-e/--expr");
        List<String> parts = !partitions.isEmpty()
                ? partitions
                : Answers.commaList(session.ask(
                        "The names of partitions to query (split by \",\" if multiple, press Enter to skip)",
                        "",
                        "-p/--partition"));
        List<String> fields = !outputFields.isEmpty()
                ? outputFields
                : Answers.commaList(session.ask(
                        "Fields to return(split by \",\" if multiple) " + Answers.fieldNames(session, c),
                        "",
                        "-o/--output-field"));
        session.ask("timeout", "", "--timeout"); // the global --timeout is the deadline
        String guarantee = "Guarantee timestamp";
        long ts = Answers.number(session.ask(guarantee, "0", "--guarantee-timestamp"), guarantee);
        String graceful = "Graceful time (seconds, bounded consistency only)";
        long graceSeconds = Answers.number(session.ask(graceful, "5", "--graceful-time"), graceful);
        b.withCollectionName(c).withExpr(e).withPartitionNames(parts).withOutFields(fields);
        if (ts != 0) {
            b.withGuaranteeTimestamp(ts);
        }
        b.withGracefulTime(graceSeconds * 1000);
    }
}
