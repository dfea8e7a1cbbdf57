package io.partita.cli;

import picocli.CommandLine.Command;

/** {@code create collection|partition|index|alias|user}. */
@Command(
        name = "create",
        description = "Create a collection, a partition, an index, an alias or a user.",
        subcommands = {
            CreateCollectionCommand.class,
            CreatePartitionCommand.class,
            CreateIndexCommand.class,
            AliasCommands.Create.class,
            UserCommands.Create.class,
            DatabaseCommands.Create.class,
            ResourceGroupCommands.Create.class,
            RoleCommands.Create.class,
            PrivilegeGroupCommands.Create.class
        })
final class CreateCommand extends GroupCommand {}
