package io.partita.cli;

import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code create collection -c book -f book_id:INT64 -f book_intro:FLOAT_VECTOR:2 -p book_id}. */
@Command(name = "collection", description = "Create a collection.")
final class CreateCollectionCommand extends SessionCommand {
    @Option(
            names = {"-c", "--collection-name"},
            required = true,
            paramLabel = "NAME",
            description = "Name of the collection.")
    String collection;

    @Option(
            names = {"-f", "--schema-field"},
            required = true,
            paramLabel = "NAME:TYPE[:DIM|MAX_LENGTH]",
            description = "A field (repeat): name:INT64, name:FLOAT_VECTOR:128, name:VARCHAR:256, ...")
    List<String> fields;

    @Option(
            names = {"-p", "--schema-primary-field"},
            required = true,
            paramLabel = "FIELD",
            description = "Primary key field.")
    String primaryField;

    @Option(
            names = {"-A", "--schema-auto-id"},
            description = "Let the server generate primary keys.")
    boolean autoId;

    @Option(
            names = {"-d", "--schema-description"},
            paramLabel = "TEXT",
            description = "Description.")
    String description = "";

    @Option(names = "--shards-num", paramLabel = "N", description = "Shards (default: 2).")
    int shards = 2;

    @Override
    int run(Session session) {
        CreateCollectionParam.Builder b = CreateCollectionParam.newBuilder()
                .withCollectionName(collection)
                .withDescription(description)
                .withShardsNum(shards);
        boolean primaryFound = false;
        for (String spec : fields) {
            FieldType field = FieldSpecs.parse(spec, primaryField, autoId);
            primaryFound |= field.isPrimaryKey();
            b.addFieldType(field);
        }
        if (!primaryFound) {
            throw new UsageException("-p names the primary field, got \"" + primaryField + "\", which no -f defines");
        }
        session.client().createCollection(b.build()).orThrow();
        output().done("Create collection successfully!");
        return ExitCodes.OK;
    }
}
