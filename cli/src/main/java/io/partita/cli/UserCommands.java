package io.partita.cli;

import io.partita.param.credential.CreateCredentialParam;
import io.partita.param.credential.DeleteCredentialParam;
import io.partita.param.credential.ListCredUsersParam;
import io.partita.param.credential.UpdateCredentialParam;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * milvus_cli 1.x's user commands: {@code create user -u NAME -p PASSWORD}, {@code list users},
 * {@code delete user -u NAME}, {@code update password -u NAME} (which asks for the old and new
 * password, as milvus_cli does, unless {@code --old-password}/{@code --new-password} give them).
 */
final class UserCommands {
    private UserCommands() {}

    /** {@code create user -u NAME -p PASSWORD}. */
    @Command(name = "user", description = "Create a user with a password.")
    static final class Create extends SessionCommand {
        @Option(
                names = {"-u", "--username"},
                paramLabel = "NAME",
                description = "The user name (asked for when missing).")
        String username;

        @Option(
                names = {"-p", "--password"},
                paramLabel = "PASSWORD",
                description = "The password (asked for when missing).")
        String password;

        @Override
        int run(Session session) {
            String user = username != null ? username : session.ask("Username", null, "-u/--username");
            String pw = password != null ? password : session.ask("Password", null, "-p/--password");
            session.client()
                    .createCredential(CreateCredentialParam.newBuilder()
                            .withUsername(user)
                            .withPassword(pw)
                            .build())
                    .orThrow();
            output().done("Create user " + user + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code list users}. */
    @Command(name = "users", description = "List user names.")
    static final class ListUsers extends SessionCommand {
        @Override
        int run(Session session) {
            List<List<Object>> rows = new ArrayList<>();
            for (String name : session.client()
                    .listCredUsers(ListCredUsersParam.newBuilder().build())
                    .orThrow()
                    .getUsernamesList()) {
                rows.add(List.of(name));
            }
            output().table(List.of("username"), rows);
            return ExitCodes.OK;
        }
    }

    /** {@code delete user -u NAME}. */
    @Command(name = "user", description = "Delete a user.")
    static final class Delete extends SessionCommand {
        @Option(
                names = {"-u", "--username"},
                required = true,
                paramLabel = "NAME",
                description = "The user name.")
        String username;

        @Override
        int run(Session session) {
            session.client()
                    .deleteCredential(DeleteCredentialParam.newBuilder()
                            .withUsername(username)
                            .build())
                    .orThrow();
            output().done("Delete user " + username + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code update password -u NAME}: asks for the old password, the new one and its confirmation. */
    @Command(name = "password", description = "Change a user's password.")
    static final class UpdatePassword extends SessionCommand {
        @Option(
                names = {"-u", "--username"},
                required = true,
                paramLabel = "NAME",
                description = "The user name.")
        String username;

        @Option(names = "--old-password", paramLabel = "PASSWORD", description = "The current password.")
        String oldPassword;

        @Option(names = "--new-password", paramLabel = "PASSWORD", description = "The new password.")
        String newPassword;

        @Override
        int run(Session session) {
            String old = oldPassword != null ? oldPassword : session.ask("Old password", null, "--old-password");
            String fresh = newPassword;
            if (fresh == null) {
                fresh = session.ask("New password", null, "--new-password");
                String again = session.ask("Confirm new password", null, "--new-password");
                if (!fresh.equals(again)) {
                    throw new UsageException("the new password and its confirmation differ");
                }
            }
            session.client()
                    .updateCredential(UpdateCredentialParam.newBuilder()
                            .withUsername(username)
                            .withOldPassword(old)
                            .withNewPassword(fresh)
                            .build())
                    .orThrow();
            output().done("Update password of " + username + " successfully!");
            return ExitCodes.OK;
        }
    }
}
