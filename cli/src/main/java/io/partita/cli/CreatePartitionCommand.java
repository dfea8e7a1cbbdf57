package io.partita.cli;

import io.partita.param.partition.CreatePartitionParam;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code create partition -c book -p novel}. */
@Command(name = "partition", description = "Create a partition.")
final class CreatePartitionCommand extends SessionCommand {
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

    @Option(
            names = {"-d", "--description"},
            paramLabel = "TEXT",
            description = "Ignored by Milvus 2.1; accepted for milvus_cli scripts.")
    String description;

    @Override
    int run(Session session) {
        session.client()
                .createPartition(CreatePartitionParam.newBuilder()
                        .withCollectionName(collection)
                        .withPartitionName(partition)
                        .build())
                .orThrow();
        output().done("Create partition successfully!");
        return ExitCodes.OK;
    }
}
