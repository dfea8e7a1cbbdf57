package io.partita.server.auth;

import java.util.List;
import java.util.Map;

/**
 * Everything Milvus's BackupRBAC returns and RestoreRBAC takes (milvus.proto's {@code RBACMeta}):
 * the users other than {@code root} with their password hashes and roles, the created roles
 * (not {@code admin} or {@code public}), the grants of those roles and the custom privilege
 * groups. As in Milvus's rootcoord catalog (internal/metastore/kv/rootcoord/kv_catalog.go,
 * BackupRBAC), passwords travel as the server's stored hash, never in clear.
 *
 * @param users the users, sorted by name
 * @param roles the created roles, sorted
 * @param grants the grants of the created roles
 * @param groups the custom privilege groups with their privileges
 */
public record RbacBackup(List<User> users, List<String> roles, List<Grant> grants, Map<String, List<String>> groups) {
    public RbacBackup {
        users = List.copyOf(users);
        roles = List.copyOf(roles);
        grants = List.copyOf(grants);
        groups = Map.copyOf(groups);
    }

    /**
     * One backed-up user.
     *
     * @param name the user name
     * @param passwordHash the stored hash ({@code pbkdf2_sha256$iterations$salt$hash}, Base64 parts)
     * @param roles the roles the user was given
     */
    public record User(String name, String passwordHash, List<String> roles) {
        public User {
            roles = List.copyOf(roles);
        }
    }
}
