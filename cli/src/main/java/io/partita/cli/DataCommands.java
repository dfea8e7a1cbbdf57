package io.partita.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.partita.param.collection.DescribeCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.response.DescCollResponseWrapper;
import io.partita.v2.service.vector.request.DeleteReq;
import io.partita.v2.service.vector.request.GetReq;
import io.partita.v2.service.vector.response.QueryResp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * milvus_cli 1.2.1's prompted data commands (scripts/data_client_cli.py): {@code insert row},
 * {@code get} and {@code delete ids -c book [-p novel]}, asking milvus_cli's questions in its order.
 * {@code get} and {@code delete ids} go through {@link Session#clientV2()}, whose {@code get} and
 * id-list {@code delete} the 2.1-style client does not have.
 */
final class DataCommands {
    private DataCommands() {}

    /**
     * {@code insert row}: asks for the collection, the partition (default {@code _default}) and a
     * value for each field the server does not generate, as milvus_cli's "Enter value for NAME
     * (TYPE)"; an empty answer leaves the field out (null for a nullable field, the server's error
     * for a required one). Values are written as in a CSV cell of {@code insert file}.
     */
    @Command(name = "row", description = "Insert one row, asking for each field's value.")
    static final class InsertRow extends SessionCommand {
        @Override
        int run(Session session) {
            return row(this, session, InsertCommand.Write.INSERT);
        }
    }

    /**
     * {@code upsert row}: {@code insert row}'s questions, sent as an Upsert. As milvus_cli's
     * {@code upsert row}, it asks for an auto-id primary key too (an upsert names the row it replaces).
     */
    @Command(name = "row", description = "Upsert one row, asking for each field's value.")
    static final class UpsertRow extends SessionCommand {
        @Override
        int run(Session session) {
            return row(this, session, InsertCommand.Write.UPSERT);
        }
    }

    private static int row(SessionCommand command, Session session, InsertCommand.Write write) {
        shellOnly(session, write == InsertCommand.Write.UPSERT ? "upsert row" : "insert row");
        String collection = session.ask("Collection name", null, "-c/--collection-name");
        String partition = session.ask("Partition name", "_default", "-p/--partition");
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        for (FieldType f : describe(session, collection).getFields()) {
            if (f.isAutoID() && write == InsertCommand.Write.INSERT) {
                continue;
            }
            String value = session.ask("Enter value for " + f.getName() + " (" + typeName(f) + ")", "", "FIELD=VALUE");
            if (value.isEmpty()) {
                continue;
            }
            columns.put(f.getName(), new ArrayList<>(List.of(Values.parse(value, f, "field " + f.getName()))));
        }
        return InsertCommand.send(command, session, collection, partition, columns, write);
    }

    /**
     * {@code get}: asks for the collection, the ids as a JSON array ({@code [1,2,3]} or {@code
     * ["a","b"]}) and the fields to return; prints the entities found, one row each, or "No results
     * found.".
     */
    @Command(name = "get", description = "Get entities by primary key (asks for collection, ids, fields).")
    static final class Get extends SessionCommand {
        @Override
        int run(Session session) {
            shellOnly(session, "get");
            String collection = session.ask("Collection name", null, "-c/--collection-name");
            List<Object> ids = ids(session.ask("The IDs (e.g. [1,2,3])", null, "--ids"));
            List<String> schemaOrder = Answers.fieldNames(session, collection);
            List<String> fields = fieldList(session.ask(
                    "Fields to return(split by \",\" if multiple) " + schemaOrder, "", "-o/--output-field"));
            List<QueryResp.QueryResult> found = session.clientV2()
                    .get(GetReq.builder()
                            .collectionName(collection)
                            .ids(ids)
                            .outputFields(fields)
                            .build())
                    .getGetResults();
            if (found.isEmpty() && !output().isJson()) {
                output().done("No results found.");
                return ExitCodes.OK;
            }
            List<String> headers = new ArrayList<>();
            for (String name : schemaOrder) {
                if (found.stream().anyMatch(r -> r.getEntity().containsKey(name))) {
                    headers.add(name);
                }
            }
            for (QueryResp.QueryResult r : found) { // dynamic fields, not in the schema
                r.getEntity().keySet().stream()
                        .filter(k -> !headers.contains(k))
                        .sorted()
                        .forEach(headers::add);
            }
            List<List<Object>> rows = new ArrayList<>();
            for (QueryResp.QueryResult r : found) {
                List<Object> row = new ArrayList<>();
                headers.forEach(h -> row.add(r.getEntity().get(h)));
                rows.add(row);
            }
            output().table(headers, rows);
            return ExitCodes.OK;
        }
    }

    /**
     * {@code delete ids -c book [-p novel]}: asks for the ids as a JSON array, warns "You are trying
     * to delete N entities. This action cannot be undone!" and asks "Do you want to continue?" as
     * {@code delete entities} does ({@code --ids} and {@code -y} answer both on a command line).
     */
    @Command(name = "ids", description = "Delete entities by primary key (asks for the ids, then confirms unless -y).")
    static final class DeleteIds extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(
                names = {"-p", "--partition"},
                paramLabel = "NAME",
                description = "Only in this partition.")
        String partition;

        @Option(
                names = "--ids",
                paramLabel = "JSON",
                description = "The primary keys as a JSON array, e.g. [1,2,3] (asked for when missing).")
        String idsText;

        @Option(
                names = {"-y", "--yes"},
                description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        int run(Session session) {
            List<Object> ids =
                    ids(idsText != null ? idsText : session.ask("The IDs to delete (e.g. [1,2,3])", null, "--ids"));
            if (!DeleteCommand.confirmed(
                    this,
                    session,
                    yes,
                    "You are trying to delete " + ids.size() + " entities. This action cannot be undone!")) {
                return ExitCodes.OK;
            }
            long deleted = session.clientV2()
                    .delete(DeleteReq.builder()
                            .collectionName(collection)
                            .partitionName(partition)
                            .ids(ids)
                            .build())
                    .getDeleteCnt();
            output().done("Deleted " + deleted + " entities of " + collection, Map.of("delete_count", deleted));
            return ExitCodes.OK;
        }
    }

    /** The commands milvus_cli only offers with questions: a one-shot command line has nobody to answer them. */
    static void shellOnly(Session session, String command) {
        if (!session.interactive()) {
            throw new UsageException("'" + command + "' asks its questions in the shell: start partita without a"
                    + " command (or pipe the answers to it), then type " + command);
        }
    }

    static DescCollResponseWrapper describe(Session session, String collection) {
        return new DescCollResponseWrapper(session.client()
                .describeCollection(DescribeCollectionParam.newBuilder()
                        .withCollectionName(collection)
                        .build())
                .orThrow());
    }

    /** A field's type as the question shows it: {@code INT64}, {@code FLOAT_VECTOR}, {@code ARRAY(VARCHAR)}. */
    static String typeName(FieldType f) {
        String t = upperSnake(f.getDataType());
        return f.getDataType() == io.partita.model.DataType.Array && f.getElementType() != null
                ? t + "(" + upperSnake(f.getElementType()) + ")"
                : t;
    }

    /** The SDK's {@code FloatVector}, {@code VarChar} as milvus_cli writes them: FLOAT_VECTOR, VARCHAR. */
    private static String upperSnake(Enum<?> type) {
        return type.name()
                .replace("VarChar", "Varchar")
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toUpperCase(java.util.Locale.ROOT);
    }

    /** milvus_cli's ids answer, read as a JSON array: whole numbers are int64 keys, strings VarChar keys. */
    static List<Object> ids(String answer) {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(answer);
        } catch (JsonParseException e) {
            parsed = null;
        }
        if (parsed == null || !parsed.isJsonArray() || parsed.getAsJsonArray().isEmpty()) {
            throw new UsageException("the IDs must be a non-empty JSON array such as [1,2,3], got " + answer);
        }
        List<Object> ids = new ArrayList<>();
        JsonArray array = parsed.getAsJsonArray();
        for (JsonElement e : array) {
            JsonPrimitive p = e.isJsonPrimitive() ? e.getAsJsonPrimitive() : null;
            if (p != null && p.isString()) {
                ids.add(p.getAsString());
            } else if (p != null && p.isNumber()) {
                try {
                    ids.add(new BigDecimal(p.getAsString()).longValueExact());
                } catch (ArithmeticException | NumberFormatException x) {
                    throw new UsageException("an ID must be a whole number or a string, got " + p);
                }
            } else {
                throw new UsageException("an ID must be a whole number or a string, got " + e);
            }
        }
        return ids;
    }

    /** milvus_cli's clean-up of a field list answer: {@code "[a], 'b'"} → [a, b]. */
    static List<String> fieldList(String answer) {
        List<String> out = new ArrayList<>();
        for (String f : Answers.commaList(answer)) {
            String name = f.replaceAll("^[\\['\"]+|[\\]'\"]+$", "").strip();
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }
}
