package io.partita.cli;

import io.partita.param.collection.ReleaseCollectionParam;
import io.partita.param.partition.ReleasePartitionsParam;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code release -c book [-p novel ...]} (the seed's 0.x form) beside milvus_cli 1.x's {@code
 * release collection -c book} and {@code release partition -c book -p novel}: frees the memory of
 * a collection or of some partitions.
 */
@Command(
        name = "release",
        description = "Release a collection, or some of its partitions, from memory.",
        subcommands = {ReleaseCommand.Collection.class, ReleaseCommand.Partition.class})
final class ReleaseCommand extends SessionCommand {
    @Option(
            names = {"-c", "--collection-name"},
            paramLabel = "NAME",
            description = "Name of the collection to release partition.")
    String collection;

    @Option(
            names = {"-p", "--partition"},
            paramLabel = "NAME",
            description = "The name of the partition to release (repeat); none releases the collection.")
    List<String> partitions = new ArrayList<>();

    @Override
    int run(Session session) {
        Groups.require(collection, "release", "collection, partition");
        return release(this, session, collection, partitions);
    }

    static int release(SessionCommand command, Session session, String collection, List<String> partitions) {
        if (partitions.isEmpty()) {
            session.client()
                    .releaseCollection(ReleaseCollectionParam.newBuilder()
                            .withCollectionName(collection)
                            .build())
                    .orThrow();
            command.output().done("Release collection " + collection + " successfully!");
        } else {
            session.client()
                    .releasePartitions(ReleasePartitionsParam.newBuilder()
                            .withCollectionName(collection)
                            .withPartitionNames(partitions)
                            .build())
                    .orThrow();
            command.output().done("Release partitions " + partitions + " of " + collection + " successfully!");
        }
        return ExitCodes.OK;
    }

    /** milvus_cli 1.x: {@code release collection -c book}. */
    @Command(name = "collection", description = "Release a whole collection.")
    static final class Collection extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Override
        int run(Session session) {
            return release(this, session, collection, List.of());
        }
    }

    /** milvus_cli 1.x: {@code release partition -c book -p novel}. */
    @Command(name = "partition", description = "Release partitions of a collection.")
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
                description = "The partition to release (repeat for more).")
        List<String> partitions = new ArrayList<>();

        @Override
        int run(Session session) {
            return release(this, session, collection, partitions);
        }
    }
}
