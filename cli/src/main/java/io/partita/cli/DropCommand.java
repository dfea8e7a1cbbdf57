package io.partita.cli;

import io.partita.param.collection.DropCollectionParam;
import io.partita.param.partition.DropPartitionParam;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code drop collection|partition}. */
@Command(
        name = "drop",
        description = "Drop a collection or a partition.",
        subcommands = {DropCommand.Collection.class, DropCommand.Partition.class})
final class DropCommand extends GroupCommand {

    /** {@code drop collection -c book}. */
    @Command(name = "collection", description = "Drop a collection and its data.")
    static final class Collection extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Override
        int run(Session session) {
            return drop(this, session, collection);
        }

        static int drop(SessionCommand command, Session session, String name) {
            session.client()
                    .dropCollection(DropCollectionParam.newBuilder()
                            .withCollectionName(name)
                            .build())
                    .orThrow();
            command.output().done("Drop collection " + name + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code drop partition -c book -p novel}. */
    @Command(name = "partition", description = "Drop a partition and its data.")
    static final class Partition extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(
                names = {"-p", "--partition"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the partition.")
        String partition;

        @Override
        int run(Session session) {
            session.client()
                    .dropPartition(DropPartitionParam.newBuilder()
                            .withCollectionName(collection)
                            .withPartitionName(partition)
                            .build())
                    .orThrow();
            output().done("Drop partition " + partition + " of " + collection + " successfully!");
            return ExitCodes.OK;
        }
    }
}
