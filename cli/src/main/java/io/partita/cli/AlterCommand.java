package io.partita.cli;

import picocli.CommandLine.Command;

/** milvus_cli 1.x's {@code alter} group: properties of databases and collections. */
@Command(
        name = "alter",
        description = "Set properties of a database or a collection.",
        subcommands = {DatabaseCommands.Alter.class, CollectionPropertyCommands.Alter.class})
final class AlterCommand extends GroupCommand {}
