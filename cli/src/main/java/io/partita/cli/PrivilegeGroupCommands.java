package io.partita.cli;

import io.partita.v2.service.rbac.PrivilegeGroup;
import io.partita.v2.service.rbac.request.AddPrivilegesToGroupReq;
import io.partita.v2.service.rbac.request.CreatePrivilegeGroupReq;
import io.partita.v2.service.rbac.request.DropPrivilegeGroupReq;
import io.partita.v2.service.rbac.request.ListPrivilegeGroupsReq;
import io.partita.v2.service.rbac.request.RemovePrivilegesFromGroupReq;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * milvus_cli 1.x's privilege-group commands: {@code create|delete privilege_group -n NAME},
 * {@code list privilege_groups} and {@code grant|revoke privilege_group -n NAME -p P1,P2} (forms read in
 * zilliztech/milvus_cli {@code milvus_cli/scripts/privilege_group_cli.py}); Milvus 2.5+. The privileges are
 * checked by the server, which names an unknown one.
 */
final class PrivilegeGroupCommands {
    private PrivilegeGroupCommands() {}

    /** The group name option. */
    static final class GroupName {
        @Option(
                names = {"-n", "--name"},
                required = true,
                paramLabel = "NAME",
                description = "The privilege group's name.")
        String name;
    }

    /** {@code create privilege_group -n NAME}. */
    @Command(name = "privilege_group", description = "Create a privilege group.")
    static final class Create extends SessionCommand {
        @picocli.CommandLine.Mixin
        GroupName group = new GroupName();

        @Override
        int run(Session session) {
            session.clientV2()
                    .createPrivilegeGroup(CreatePrivilegeGroupReq.builder()
                            .groupName(group.name)
                            .build());
            output().done("Create privilege group " + group.name + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code delete privilege_group -n NAME [-y]}. */
    @Command(name = "privilege_group", description = "Drop a privilege group (asks first unless -y).")
    static final class Delete extends SessionCommand {
        @picocli.CommandLine.Mixin
        GroupName group = new GroupName();

        @Option(
                names = {"-y", "--yes"},
                description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        int run(Session session) {
            if (!DeleteCommand.confirmed(
                    this, session, yes, "Warning! You are trying to delete privilege group '" + group.name + "'.")) {
                return ExitCodes.OK;
            }
            session.clientV2()
                    .dropPrivilegeGroup(DropPrivilegeGroupReq.builder()
                            .groupName(group.name)
                            .build());
            output().done("Drop privilege group " + group.name + " successfully!");
            return ExitCodes.OK;
        }
    }

    /**
     * {@code list privilege_groups}: one row per group and privilege (the built-in groups hold dozens, which one
     * row per group would make too wide for a terminal).
     */
    @Command(name = "privilege_groups", description = "List the privilege groups and their privileges.")
    static final class ListAll extends SessionCommand {
        @Override
        int run(Session session) {
            List<List<Object>> rows = new ArrayList<>();
            for (PrivilegeGroup g : session.clientV2()
                    .listPrivilegeGroups(ListPrivilegeGroupsReq.builder().build())
                    .getPrivilegeGroups()) {
                for (String p : g.getPrivileges()) {
                    rows.add(List.of(g.getGroupName(), p));
                }
                if (g.getPrivileges().isEmpty()) {
                    rows.add(List.of(g.getGroupName(), "-"));
                }
            }
            output().table(List.of("privilege_group", "privilege"), rows);
            return ExitCodes.OK;
        }
    }

    /** The group and its comma-separated privileges, as {@code grant|revoke privilege_group} take them. */
    abstract static class Membership extends SessionCommand {
        @picocli.CommandLine.Mixin
        GroupName group = new GroupName();

        @Option(
                names = {"-p", "--privileges"},
                required = true,
                paramLabel = "P1,P2",
                description = "Comma-separated privileges.")
        String privileges;

        List<String> privilegeList() {
            List<String> out = new ArrayList<>();
            for (String p : privileges.split(",")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
            if (out.isEmpty()) {
                throw new UsageException("-p/--privileges names no privilege: '" + privileges + "'");
            }
            return out;
        }
    }

    /** {@code grant privilege_group -n NAME -p P1,P2}: adds privileges to the group. */
    @Command(name = "privilege_group", description = "Add privileges to a privilege group.")
    static final class Grant extends Membership {
        @Override
        int run(Session session) {
            List<String> list = privilegeList();
            session.clientV2()
                    .addPrivilegesToGroup(AddPrivilegesToGroupReq.builder()
                            .groupName(group.name)
                            .privileges(list)
                            .build());
            output().done("Add " + String.join(", ", list) + " to privilege group " + group.name + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code revoke privilege_group -n NAME -p P1,P2}: removes privileges from the group. */
    @Command(name = "privilege_group", description = "Remove privileges from a privilege group.")
    static final class Revoke extends Membership {
        @Override
        int run(Session session) {
            List<String> list = privilegeList();
            session.clientV2()
                    .removePrivilegesFromGroup(RemovePrivilegesFromGroupReq.builder()
                            .groupName(group.name)
                            .privileges(list)
                            .build());
            output().done("Remove " + String.join(", ", list) + " from privilege group " + group.name
                    + " successfully!");
            return ExitCodes.OK;
        }
    }
}
