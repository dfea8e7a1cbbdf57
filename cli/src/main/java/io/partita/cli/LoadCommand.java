package io.partita.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code load -c book [-p novel ...]} (the seed's 0.x form) beside milvus_cli 1.x's {@code load
 * collection -c book} and {@code load partition -c book -p novel}.
 */
@Command(
        name = "load",
        description = "Load a collection, or some of its partitions, into query-node memory.",
        subcommands = {LoadCommand.Collection.class, LoadCommand.Partition.class})
final class LoadCommand extends LoadAction {
    @Option(
            names = {"-c", "--collection-name"},
            paramLabel = "NAME",
            description = "Name of the collection to load.")
    String collection;

    @Option(
            names = {"-p", "--partition"},
            paramLabel = "NAME",
            description = "A partition to load (repeat); none loads the whole collection.")
    List<String> partitions = new ArrayList<>();

    @Override
    int run(Session session) throws InterruptedException {
        Groups.require(collection, "load", "collection, partition");
        return load(session, collection, partitions);
    }

    /** milvus_cli 1.x: {@code load collection -c book}. */
    @Command(name = "collection", description = "Load a whole collection.")
    static final class Collection extends LoadAction {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Override
        int run(Session session) throws InterruptedException {
            return load(session, collection, List.of());
        }
    }

    /** milvus_cli 1.x: {@code load partition -c book -p novel}. */
    @Command(name = "partition", description = "Load partitions of a collection.")
    static final class Partition extends LoadAction {
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
                description = "The partition to load (repeat for more).")
        List<String> partitions = new ArrayList<>();

        @Override
        int run(Session session) throws InterruptedException {
            return load(session, collection, partitions);
        }
    }
}
