package io.partita.cli;

import picocli.CommandLine.Command;

/** milvus_cli 1.x's {@code revoke} group: the inverse of {@code grant}. */
@Command(
        name = "revoke",
        description = "Revoke a role from a user, a privilege from a role, or privileges from a privilege group.",
        subcommands = {
            RoleCommands.RevokeRole.class,
            RoleCommands.RevokePrivilege.class,
            PrivilegeGroupCommands.Revoke.class
        })
final class RevokeCommand extends GroupCommand {}
