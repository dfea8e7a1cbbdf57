package io.partita.cli;

import picocli.CommandLine.Command;

/** milvus_cli 1.x's {@code update} group; Partita serves {@code update password} and {@code update resource_group}. */
@Command(
        name = "update",
        description = "Update a user's password or a resource group's node counts.",
        subcommands = {UserCommands.UpdatePassword.class, ResourceGroupCommands.Update.class})
final class UpdateCommand extends GroupCommand {}
