package io.partita.cli;

import io.partita.model.MutationResult;
import io.partita.param.R;
import io.partita.param.collection.FieldType;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.UpsertParam;
import io.partita.response.DescCollResponseWrapper;
import io.partita.response.MutationResultWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code insert -c book [-p novel] books.csv} (the seed's form) and milvus_cli 1.x's {@code insert
 * file -c book [-p novel] books.csv}: the first CSV row names the fields; vectors are written
 * {@code "[0.1, 0.2]"}, JSON fields as their document, Array fields as a JSON array; an empty cell
 * of a nullable field is null. An auto-id primary field is left out.
 */
@Command(
        name = "insert",
        aliases = "import",
        description = "Insert the rows of a CSV file (header = field names).",
        subcommands = {InsertCommand.File.class, DataCommands.InsertRow.class})
final class InsertCommand extends SessionCommand {
    @Option(
            names = {"-c", "--collection-name"},
            paramLabel = "NAME",
            description = "Name of the collection.")
    String collection;

    @Option(
            names = {"-p", "--partition"},
            paramLabel = "NAME",
            description = "Partition to insert into (default: _default).")
    String partition;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "CSV file; its first row names the fields.")
    Path file;

    @Override
    int run(Session session) {
        if (collection == null || file == null) {
            throw new UsageException("'insert' needs -c NAME and a CSV file (or: insert file -c NAME FILE)");
        }
        return insert(this, session, collection, partition, file);
    }

    /** milvus_cli 1.x: {@code insert file -c book [-p novel] [-t SECONDS] books.csv}. */
    @Command(name = "file", description = "Insert the rows of a CSV file (header = field names).")
    static final class File extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(
                names = {"-p", "--partition"},
                paramLabel = "NAME",
                description = "Partition to insert into (default: _default).")
        String partition;

        @Option(
                names = {"-t", "--timeout"},
                paramLabel = "SECONDS",
                description = "Accepted for milvus_cli scripts; the deadline is the global --timeout.")
        Double timeoutSeconds;

        @Parameters(index = "0", paramLabel = "FILE", description = "CSV file; its first row names the fields.")
        Path file;

        @Override
        int run(Session session) {
            return insert(this, session, collection, partition, file);
        }
    }

    /**
     * milvus_cli 1.2.1's {@code upsert file -c book [-p novel] [-t SECONDS] books.csv} and
     * {@code upsert row}: the CSV and the answers of {@code insert}, sent as an Upsert (rows whose
     * primary key is stored are replaced, the others inserted).
     */
    @Command(
            name = "upsert",
            description = "Upsert rows: replace those whose primary key is stored, insert the others.",
            subcommands = {InsertCommand.UpsertFile.class, DataCommands.UpsertRow.class})
    static final class Upsert extends GroupCommand {}

    /** {@code upsert file -c book [-p novel] [-t SECONDS] books.csv}: {@link File}'s CSV, upserted. */
    @Command(name = "file", description = "Upsert the rows of a CSV file (header = field names).")
    static final class UpsertFile extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(
                names = {"-p", "--partition"},
                paramLabel = "NAME",
                description = "Partition to upsert into (default: _default).")
        String partition;

        @Option(
                names = {"-t", "--timeout"},
                paramLabel = "SECONDS",
                description = "Accepted for milvus_cli scripts; the deadline is the global --timeout.")
        Double timeoutSeconds;

        @Parameters(index = "0", paramLabel = "FILE", description = "CSV file; its first row names the fields.")
        Path file;

        @Override
        int run(Session session) {
            return write(this, session, collection, partition, file, Write.UPSERT);
        }
    }

    /** The two calls that send columns: they differ in the call and in the words of the report. */
    enum Write {
        INSERT("Inserted", "insert_count"),
        UPSERT("Upserted", "upsert_count");

        final String done;
        final String countKey;

        Write(String done, String countKey) {
            this.done = done;
            this.countKey = countKey;
        }
    }

    static int insert(SessionCommand command, Session session, String collection, String partition, Path file) {
        return write(command, session, collection, partition, file, Write.INSERT);
    }

    static int write(
            SessionCommand command, Session session, String collection, String partition, Path file, Write write) {
        List<List<String>> records;
        try {
            records = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
        if (records.size() < 2) {
            throw new InputException(file + " has no data rows under its header", null);
        }
        DescCollResponseWrapper schema = DataCommands.describe(session, collection);
        List<String> header = records.get(0);
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        List<FieldType> types = new ArrayList<>();
        for (String name : header) {
            FieldType type = schema.getFieldByName(name.strip());
            if (type == null) {
                throw new InputException(file + ": column \"" + name + "\" is not a field of " + collection, null);
            }
            types.add(type);
            columns.put(type.getName(), new ArrayList<>());
        }
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() != header.size()) {
                throw new InputException(
                        file + ": line " + (r + 1) + " has " + record.size() + " values, the header " + header.size(),
                        null);
            }
            for (int i = 0; i < record.size(); i++) {
                FieldType t = types.get(i);
                columns.get(t.getName())
                        .add(Values.parse(
                                record.get(i), t, file.getFileName() + " line " + (r + 1) + " field " + t.getName()));
            }
        }
        return send(command, session, collection, partition, columns, write);
    }

    /**
     * Inserts or upserts the columns (field name → values) and reports the count and ids, as
     * {@code insert file} and {@code upsert file} do.
     */
    static int send(
            SessionCommand command,
            Session session,
            String collection,
            String partition,
            Map<String, List<Object>> columns,
            Write write) {
        List<InsertParam.Field> fields = new ArrayList<>();
        columns.forEach((name, values) -> fields.add(new InsertParam.Field(name, values)));
        R<MutationResult> sent;
        if (write == Write.UPSERT) {
            UpsertParam.Builder b =
                    UpsertParam.newBuilder().withCollectionName(collection).withFields(fields);
            if (partition != null) {
                b.withPartitionName(partition);
            }
            sent = session.client().upsert(b.build());
        } else {
            InsertParam.Builder b =
                    InsertParam.newBuilder().withCollectionName(collection).withFields(fields);
            if (partition != null) {
                b.withPartitionName(partition);
            }
            sent = session.client().insert(b.build());
        }
        MutationResult m = sent.orThrow();
        MutationResultWrapper result = new MutationResultWrapper(m);
        long count = write == Write.UPSERT ? m.getUpsertCnt() : result.getInsertCount();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put(write.countKey, count);
        extra.put("ids", ids(result));
        command.output()
                .done(
                        write.done + " " + count + " rows into " + collection
                                + (partition == null ? "" : "/" + partition),
                        extra);
        return ExitCodes.OK;
    }

    private static List<?> ids(MutationResultWrapper result) {
        try {
            return result.getLongIDs();
        } catch (RuntimeException e) {
            return result.getStringIDs();
        }
    }
}
