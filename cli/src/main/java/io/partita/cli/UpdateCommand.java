package io.partita.cli;

import picocli.CommandLine.Command;

/** milvus_cli 1.x's {@code update} group; Partita serves {@code update password}. */
@Command(
        name = "update",
        description = "Update a user's password.",
        subcommands = {UserCommands.UpdatePassword.class})
final class UpdateCommand extends GroupCommand {}
