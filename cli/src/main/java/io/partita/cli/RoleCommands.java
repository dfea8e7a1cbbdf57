package io.partita.cli;

import io.partita.param.role.AddUserToRoleParam;
import io.partita.param.role.CreateRoleParam;
import io.partita.param.role.DropRoleParam;
import io.partita.param.role.GrantRolePrivilegeParam;
import io.partita.param.role.RemoveUserFromRoleParam;
import io.partita.param.role.RevokeRolePrivilegeParam;
import io.partita.v2.service.rbac.request.DescribeRoleReq;
import io.partita.v2.service.rbac.request.DescribeUserReq;
import io.partita.v2.service.rbac.response.DescribeRoleResp;
import io.partita.v2.service.rbac.response.DescribeUserResp;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * milvus_cli 1.x's role commands: {@code create|delete|show role -r NAME}, {@code list roles},
 * {@code grant|revoke role -r ROLE -u USER}, {@code grant|revoke privilege} (asks for the role, object type,
 * object name, privilege and database), {@code list grants -r ROLE [-o NAME -t TYPE]} and {@code show user -u NAME}
 * (forms and questions read in zilliztech/milvus_cli {@code milvus_cli/scripts/role_client_cli.py} and
 * {@code user_client_cli.py}). Milvus 2.2+; the server enforces them when started with authentication.
 */
final class RoleCommands {
    private RoleCommands() {}

    /** The role name option milvus_cli gives every role command. */
    static final class RoleName {
        @Option(
                names = {"-r", "--roleName"},
                required = true,
                paramLabel = "ROLE",
                description = "The role name.")
        String name;
    }

    /** {@code create role -r NAME}. */
    @Command(name = "role", description = "Create a role.")
    static final class Create extends SessionCommand {
        @picocli.CommandLine.Mixin
        RoleName role = new RoleName();

        @Override
        int run(Session session) {
            session.client()
                    .createRole(
                            CreateRoleParam.newBuilder().withRoleName(role.name).build())
                    .orThrow();
            output().done("Create role " + role.name + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code delete role -r NAME}. */
    @Command(name = "role", description = "Drop a role.")
    static final class Delete extends SessionCommand {
        @picocli.CommandLine.Mixin
        RoleName role = new RoleName();

        @Override
        int run(Session session) {
            session.client()
                    .dropRole(DropRoleParam.newBuilder().withRoleName(role.name).build())
                    .orThrow();
            output().done("Drop role " + role.name + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code list roles}. */
    @Command(name = "roles", description = "List the roles.")
    static final class ListAll extends SessionCommand {
        @Override
        int run(Session session) {
            List<List<Object>> rows = new ArrayList<>();
            for (String r : session.clientV2().listRoles()) {
                rows.add(List.of(r));
            }
            output().table(List.of("role"), rows);
            return ExitCodes.OK;
        }
    }

    /** {@code show role -r NAME}: the role's grants. */
    @Command(name = "role", description = "Show a role's privileges.")
    static final class Show extends SessionCommand {
        @picocli.CommandLine.Mixin
        RoleName role = new RoleName();

        @Override
        int run(Session session) {
            DescribeRoleResp d = session.clientV2()
                    .describeRole(DescribeRoleReq.builder().roleName(role.name).build());
            output().table(List.of("role", "object_type", "object_name", "privilege", "db_name", "grantor"), grants(d));
            return ExitCodes.OK;
        }
    }

    /** {@code list grants -r ROLE [-o NAME] [-t TYPE]}: the role's grants, narrowed to one object when given. */
    @Command(name = "grants", description = "List a role's grants, optionally on one object.")
    static final class ListGrants extends SessionCommand {
        @picocli.CommandLine.Mixin
        RoleName role = new RoleName();

        @Option(
                names = {"-o", "--objectName"},
                paramLabel = "NAME",
                description = "Only grants on this object.")
        String objectName;

        @Option(
                names = {"-t", "--objectType"},
                paramLabel = "TYPE",
                description = "Only grants on this object type.")
        String objectType;

        @Override
        int run(Session session) {
            DescribeRoleResp d = session.clientV2()
                    .describeRole(DescribeRoleReq.builder().roleName(role.name).build());
            List<List<Object>> rows = new ArrayList<>();
            for (List<Object> row : grants(d)) {
                if ((objectType == null || objectType.equals(row.get(1)))
                        && (objectName == null || objectName.equals(row.get(2)))) {
                    rows.add(row);
                }
            }
            output().table(List.of("role", "object_type", "object_name", "privilege", "db_name", "grantor"), rows);
            return ExitCodes.OK;
        }
    }

    private static List<List<Object>> grants(DescribeRoleResp d) {
        List<List<Object>> rows = new ArrayList<>();
        for (DescribeRoleResp.GrantInfo g : d.getGrantInfos()) {
            rows.add(List.of(
                    d.getRoleName(),
                    g.getObjectType(),
                    g.getObjectName(),
                    g.getPrivilege(),
                    g.getDbName(),
                    g.getGrantor()));
        }
        return rows;
    }

    /** {@code grant role -r ROLE -u USER} and {@code revoke role -r ROLE -u USER}: binds or unbinds a user. */
    abstract static class UserBinding extends SessionCommand {
        @picocli.CommandLine.Mixin
        RoleName role = new RoleName();

        @Option(
                names = {"-u", "--username"},
                required = true,
                paramLabel = "USER",
                description = "The user name.")
        String user;
    }

    /** {@code grant role -r ROLE -u USER}. */
    @Command(name = "role", description = "Give a user a role.")
    static final class GrantRole extends UserBinding {
        @Override
        int run(Session session) {
            session.client()
                    .addUserToRole(AddUserToRoleParam.newBuilder()
                            .withRoleName(role.name)
                            .withUserName(user)
                            .build())
                    .orThrow();
            output().done("Grant role " + role.name + " to user " + user + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code revoke role -r ROLE -u USER}. */
    @Command(name = "role", description = "Take a role from a user.")
    static final class RevokeRole extends UserBinding {
        @Override
        int run(Session session) {
            session.client()
                    .removeUserFromRole(RemoveUserFromRoleParam.newBuilder()
                            .withRoleName(role.name)
                            .withUserName(user)
                            .build())
                    .orThrow();
            output().done("Revoke role " + role.name + " from user " + user + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** The five answers of milvus_cli's {@code grant privilege} and {@code revoke privilege}, options or questions. */
    abstract static class PrivilegeCommand extends SessionCommand {
        @Option(
                names = {"-r", "--roleName"},
                paramLabel = "ROLE",
                description = "Role name (asked when missing).")
        String roleName;

        @Option(
                names = {"-t", "--objectType"},
                paramLabel = "TYPE",
                description = "Global, Collection or User (asked).")
        String objectType;

        @Option(
                names = {"-o", "--objectName"},
                paramLabel = "NAME",
                description = "Object name (asked when missing).")
        String objectName;

        @Option(
                names = {"-p", "--privilege"},
                paramLabel = "PRIVILEGE",
                description = "Privilege (asked when missing).")
        String privilege;

        @Option(
                names = {"-db", "--db_name"},
                paramLabel = "NAME",
                description = "Database (asked; default: default).")
        String database;

        String[] answers(Session session) {
            String role = roleName != null ? roleName : session.ask("Role name", null, "-r");
            String type = objectType != null
                    ? objectType
                    : session.ask(
                            "The type of object for which the privilege is to be assigned. (Global, Collection, User)",
                            null,
                            "-t");
            if (!List.of("Global", "Collection", "User").contains(type)) {
                throw new UsageException("object type must be Global, Collection or User, got '" + type + "'");
            }
            String name = objectName != null
                    ? objectName
                    : session.ask("The name of the object to control access for", null, "-o");
            String p = privilege != null ? privilege : session.ask("The name of the privilege to assign.", null, "-p");
            String db = database != null
                    ? database
                    : session.canAsk()
                            ? session.ask("The name of the database to which the object belongs.", "default", "-db")
                            : "default";
            return new String[] {role, type, name, p, db};
        }

        /** Prints what was done with the {@link #answers} and returns success. */
        int done(String[] a, String verb, String preposition) {
            output().done(verb + " " + a[3] + " on " + a[1] + ":" + a[2] + " (db " + a[4] + ") " + preposition
                    + " role " + a[0] + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code grant privilege}. */
    @Command(name = "privilege", description = "Grant a privilege on an object to a role (asks for what is missing).")
    static final class GrantPrivilege extends PrivilegeCommand {
        @Override
        int run(Session session) {
            String[] a = answers(session);
            session.client()
                    .grantRolePrivilege(GrantRolePrivilegeParam.newBuilder()
                            .withRoleName(a[0])
                            .withObject(a[1])
                            .withObjectName(a[2])
                            .withPrivilege(a[3])
                            .withDatabaseName(a[4])
                            .build())
                    .orThrow();
            return done(a, "Grant", "to");
        }
    }

    /** {@code revoke privilege}. */
    @Command(
            name = "privilege",
            description = "Revoke a privilege on an object from a role (asks for what is missing).")
    static final class RevokePrivilege extends PrivilegeCommand {
        @Override
        int run(Session session) {
            String[] a = answers(session);
            session.client()
                    .revokeRolePrivilege(RevokeRolePrivilegeParam.newBuilder()
                            .withRoleName(a[0])
                            .withObject(a[1])
                            .withObjectName(a[2])
                            .withPrivilege(a[3])
                            .withDatabaseName(a[4])
                            .build())
                    .orThrow();
            return done(a, "Revoke", "from");
        }
    }

    /** {@code show user -u NAME}: the user's roles. */
    @Command(name = "user", description = "Show a user and the roles given to it.")
    static final class ShowUser extends SessionCommand {
        @Option(
                names = {"-u", "--username"},
                required = true,
                paramLabel = "USER",
                description = "The user name.")
        String user;

        @Override
        int run(Session session) {
            DescribeUserResp d = session.clientV2()
                    .describeUser(DescribeUserReq.builder().userName(user).build());
            output().table(
                            List.of("user", "roles"),
                            List.of(List.of(d.getUserName(), String.join(", ", d.getRoles()))));
            return ExitCodes.OK;
        }
    }
}
