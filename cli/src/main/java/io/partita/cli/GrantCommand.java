package io.partita.cli;

import picocli.CommandLine.Command;

/** milvus_cli 1.x's {@code grant} group: roles to users, privileges to roles, privileges into groups. */
@Command(
        name = "grant",
        description = "Grant a role to a user, a privilege to a role, or privileges to a privilege group.",
        subcommands = {
            RoleCommands.GrantRole.class,
            RoleCommands.GrantPrivilege.class,
            PrivilegeGroupCommands.Grant.class
        })
final class GrantCommand extends GroupCommand {}
