package io.partita.cli;

import io.partita.model.ShowCollectionsResponse;
import io.partita.model.ShowPartitionsResponse;
import io.partita.model.ShowType;
import io.partita.param.collection.ShowCollectionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code list collections|partitions|indexes|aliases|users}. */
@Command(
        name = "list",
        description = "List collections, partitions, indexes, aliases or users.",
        subcommands = {
            ListCommand.Collections.class,
            ListCommand.Partitions.class,
            IndexCommands.ListIndexes.class,
            AliasCommands.ListAliases.class,
            UserCommands.ListUsers.class,
            DatabaseCommands.ListAll.class,
            ResourceGroupCommands.ListAll.class,
            RoleCommands.ListAll.class,
            RoleCommands.ListGrants.class,
            PrivilegeGroupCommands.ListAll.class
        })
final class ListCommand extends GroupCommand {

    /** {@code list collections}: names, ids and in-memory percentages. */
    @Command(name = "collections", description = "List collections with how much of each is loaded.")
    static final class Collections extends SessionCommand {
        @Override
        int run(Session session) {
            ShowCollectionsResponse all = session.client()
                    .showCollections(ShowCollectionsParam.newBuilder().build())
                    .orThrow();
            ShowCollectionsResponse loaded = session.client()
                    .showCollections(ShowCollectionsParam.newBuilder()
                            .withShowType(ShowType.InMemory)
                            .build())
                    .orThrow();
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < all.getCollectionNamesCount(); i++) {
                String name = all.getCollectionNames(i);
                int at = loaded.getCollectionNamesList().indexOf(name);
                long pct = at < 0 || loaded.getInMemoryPercentagesCount() <= at ? 0 : loaded.getInMemoryPercentages(at);
                rows.add(List.of(name, all.getCollectionIds(i), pct));
            }
            output().table(List.of("collection", "id", "loaded_percent"), rows);
            return ExitCodes.OK;
        }
    }

    /** {@code list partitions -c book}: names, ids and in-memory percentages. */
    @Command(name = "partitions", description = "List the partitions of a collection with how much of each is loaded.")
    static final class Partitions extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Override
        int run(Session session) {
            ShowPartitionsResponse all = session.client()
                    .showPartitions(ShowPartitionsParam.newBuilder()
                            .withCollectionName(collection)
                            .build())
                    .orThrow();
            ShowPartitionsResponse loaded = session.client()
                    .showPartitions(ShowPartitionsParam.newBuilder()
                            .withCollectionName(collection)
                            .withShowType(ShowType.InMemory)
                            .build())
                    .orThrow();
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < all.getPartitionNamesCount(); i++) {
                int at = loaded.getPartitionNamesList().indexOf(all.getPartitionNames(i));
                long pct = at < 0 || loaded.getInMemoryPercentagesCount() <= at
                        ? 0
                        : loaded.getInMemoryPercentagesList().get(at);
                rows.add(List.of(all.getPartitionNames(i), all.getPartitionIDs(i), pct));
            }
            output().table(List.of("partition", "id", "loaded_percent"), rows);
            return ExitCodes.OK;
        }
    }
}
