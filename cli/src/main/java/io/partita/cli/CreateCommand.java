package io.partita.cli;

import picocli.CommandLine.Command;

/** {@code create collection|partition}. */
@Command(
        name = "create",
        description = "Create a collection, a partition or an index.",
        subcommands = {CreateCollectionCommand.class, CreatePartitionCommand.class, CreateIndexCommand.class})
final class CreateCommand extends GroupCommand {}
