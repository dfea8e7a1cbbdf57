package io.partita.cli;

import io.partita.param.collection.ReleaseCollectionParam;
import io.partita.param.partition.ReleasePartitionsParam;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code release -c book [-p novel ...]}: frees the memory of a collection or of some partitions. */
@Command(name = "release", description = "Release a collection, or some of its partitions, from memory.")
final class ReleaseCommand extends SessionCommand {
    @Option(
            names = {"-c", "--collection-name"},
            required = true,
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
        if (partitions.isEmpty()) {
            session.client()
                    .releaseCollection(ReleaseCollectionParam.newBuilder()
                            .withCollectionName(collection)
                            .build())
                    .orThrow();
            output().done("Release collection " + collection + " successfully!");
        } else {
            session.client()
                    .releasePartitions(ReleasePartitionsParam.newBuilder()
                            .withCollectionName(collection)
                            .withPartitionNames(partitions)
                            .build())
                    .orThrow();
            output().done("Release partitions " + partitions + " of " + collection + " successfully!");
        }
        return ExitCodes.OK;
    }
}
