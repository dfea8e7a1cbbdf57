package io.partita.cli;

import io.partita.v2.service.collection.request.RenameCollectionReq;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * milvus_cli 1.x's {@code rename collection -old OLD -new NEW} (read in zilliztech/milvus_cli
 * {@code milvus_cli/scripts/collection_client_cli.py}); RenameCollection, Milvus 2.2+.
 */
@Command(
        name = "rename",
        description = "Rename a collection.",
        subcommands = {RenameCommand.Collection.class})
final class RenameCommand extends GroupCommand {

    /** {@code rename collection -old OLD -new NEW}. */
    @Command(name = "collection", description = "Rename a collection; its data, partitions and loads stay.")
    static final class Collection extends SessionCommand {
        @Option(
                names = {"-old", "--old-collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "The collection's current name.")
        String oldName;

        @Option(
                names = {"-new", "--new-collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Its new name.")
        String newName;

        @Override
        int run(Session session) {
            session.clientV2()
                    .renameCollection(RenameCollectionReq.builder()
                            .collectionName(oldName)
                            .newCollectionName(newName)
                            .build());
            output().done("Rename collection " + oldName + " to " + newName + " successfully!");
            return ExitCodes.OK;
        }
    }
}
