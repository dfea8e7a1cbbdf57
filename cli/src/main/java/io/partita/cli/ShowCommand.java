package io.partita.cli;

import io.partita.param.collection.GetLoadingProgressParam;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code show ...}: milvus_cli 1.x's read-only views, plus Partita's {@code show memory}. */
@Command(
        name = "show",
        description =
                "Show a collection, partition, index, alias, load progress or state, statistics, replicas or memory.",
        subcommands = {
            DescribeCommand.Collection.class,
            DescribeCommand.Partition.class,
            ShowCommand.LoadingProgress.class,
            StatsCommands.LoadState.class,
            StatsCommands.CollectionStats.class,
            StatsCommands.PartitionStats.class,
            StatsCommands.Replicas.class,
            StatsCommands.QuerySegments.class,
            IndexCommands.ShowIndex.class,
            IndexCommands.ShowProgress.class,
            AliasCommands.Show.class,
            ShowMemoryCommand.class,
            ResourceGroupCommands.Show.class,
            DatabaseCommands.Show.class,
            CompactionCommands.State.class,
            CompactionCommands.Plans.class,
            CompactionCommands.FlushState.class,
            RoleCommands.Show.class,
            RoleCommands.ShowUser.class
        })
final class ShowCommand extends GroupCommand {

    /** {@code show loading_progress -c book [-p novel ...]}. */
    @Command(name = "loading_progress", description = "Show how far a load has got (0-100) and the load state.")
    static final class LoadingProgress extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(
                names = {"-p", "--partition"},
                paramLabel = "NAME",
                description = "A partition (repeat); none means the collection.")
        List<String> partitions = new ArrayList<>();

        @Override
        int run(Session session) {
            long progress = session.client()
                    .getLoadingProgress(GetLoadingProgressParam.newBuilder()
                            .withCollectionName(collection)
                            .withPartitionNames(partitions)
                            .build())
                    .orThrow()
                    .getProgress();
            String state = DescribeCommand.loadState(session, collection, partitions);
            List<Object> row = List.of(collection, String.join(",", partitions), progress, state);
            output().table(List.of("collection", "partitions", "loading_progress", "state"), List.of(row));
            return ExitCodes.OK;
        }
    }
}
