package io.partita.cli;

import io.partita.v2.service.collection.request.AlterCollectionPropertiesReq;
import io.partita.v2.service.collection.request.DropCollectionPropertiesReq;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * milvus_cli 1.x's collection-property commands: {@code alter collection_properties -c C} (asks for the key and
 * the value) and {@code delete collection_properties -c C -k KEY} (forms read in zilliztech/milvus_cli
 * {@code milvus_cli/scripts/collection_client_cli.py}); AlterCollection, removing keys Milvus 2.5+.
 */
final class CollectionPropertyCommands {
    private CollectionPropertyCommands() {}

    /** {@code alter collection_properties -c C [-k KEY -v VALUE]}. */
    @Command(
            name = "collection_properties",
            description = "Set a property of a collection (e.g. collection.ttl.seconds).")
    static final class Alter extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(
                names = {"-k", "--key"},
                paramLabel = "KEY",
                description = "Property key (asked when missing).")
        String key;

        @Option(
                names = {"-v", "--value"},
                paramLabel = "VALUE",
                description = "Property value (asked when missing).")
        String value;

        @Override
        int run(Session session) {
            String k = key != null
                    ? key
                    : session.ask("Property key (e.g., collection.ttl.seconds, mmap.enabled)", null, "-k");
            String v = value != null ? value : session.ask("Property value for '" + k + "'", null, "-v");
            session.clientV2()
                    .alterCollectionProperties(AlterCollectionPropertiesReq.builder()
                            .collectionName(collection)
                            .property(k, v)
                            .build());
            output().done("Alter collection " + collection + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code delete collection_properties -c C -k KEY}. */
    @Command(name = "collection_properties", description = "Remove a property of a collection.")
    static final class Delete extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(
                names = {"-k", "--property-key"},
                required = true,
                paramLabel = "KEY",
                description = "The property key to remove.")
        String key;

        @Override
        int run(Session session) {
            session.clientV2()
                    .dropCollectionProperties(DropCollectionPropertiesReq.builder()
                            .collectionName(collection)
                            .propertyKeys(List.of(key))
                            .build());
            output().done("Delete property " + key + " of collection " + collection + " successfully!");
            return ExitCodes.OK;
        }
    }
}
