package io.partita.cli;

import picocli.CommandLine.Command;

/** {@code create collection|partition}. */
@Command(name = "create", description = "Create a collection or a partition.",
    subcommands = {CreateCollectionCommand.class, CreatePartitionCommand.class})
final class CreateCommand extends GroupCommand {
}
