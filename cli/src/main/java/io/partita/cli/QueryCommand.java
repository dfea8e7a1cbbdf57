package io.partita.cli;

import io.partita.model.FieldData;
import io.partita.model.QueryResults;
import io.partita.param.dml.QueryParam;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code query -c book -e "book_id in [1, 2]" [-o word_count] [-p novel]}: one row per matching entity. */
@Command(name = "query", description = "Return the entities matching a boolean expression.")
final class QueryCommand extends SessionCommand {
    @Option(
            names = {"-c", "--collection-name"},
            required = true,
            paramLabel = "NAME",
            description = "Name of the collection.")
    String collection;

    @Option(
            names = {"-e", "--expr"},
            required = true,
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
        QueryResults results = session.client()
                .query(QueryParam.newBuilder()
                        .withCollectionName(collection)
                        .withExpr(expr)
                        .withOutFields(outputFields)
                        .withPartitionNames(partitions)
                        .build())
                .orThrow();
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
}
