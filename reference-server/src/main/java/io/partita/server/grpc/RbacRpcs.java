package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.status;
import static io.partita.server.grpc.ServerRpc.unary;
import static io.partita.wire.MilvusServiceGrpc.getAlterRoleMethod;
import static io.partita.wire.MilvusServiceGrpc.getBackupRBACMethod;
import static io.partita.wire.MilvusServiceGrpc.getCreatePrivilegeGroupMethod;
import static io.partita.wire.MilvusServiceGrpc.getCreateRoleMethod;
import static io.partita.wire.MilvusServiceGrpc.getDropPrivilegeGroupMethod;
import static io.partita.wire.MilvusServiceGrpc.getDropRoleMethod;
import static io.partita.wire.MilvusServiceGrpc.getListPrivilegeGroupsMethod;
import static io.partita.wire.MilvusServiceGrpc.getOperatePrivilegeGroupMethod;
import static io.partita.wire.MilvusServiceGrpc.getOperatePrivilegeMethod;
import static io.partita.wire.MilvusServiceGrpc.getOperatePrivilegeV2Method;
import static io.partita.wire.MilvusServiceGrpc.getOperateUserRoleMethod;
import static io.partita.wire.MilvusServiceGrpc.getRestoreRBACMethod;
import static io.partita.wire.MilvusServiceGrpc.getSelectGrantMethod;
import static io.partita.wire.MilvusServiceGrpc.getSelectRoleMethod;
import static io.partita.wire.MilvusServiceGrpc.getSelectUserMethod;

import io.partita.server.auth.AccessControl;
import io.partita.server.auth.Caller;
import io.partita.server.auth.CredentialStore;
import io.partita.server.auth.Grant;
import io.partita.server.auth.Privileges;
import io.partita.server.auth.RbacBackup;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.wire.BackupRBACMetaResponse;
import io.partita.wire.GrantEntity;
import io.partita.wire.GrantorEntity;
import io.partita.wire.ListPrivilegeGroupsResponse;
import io.partita.wire.ObjectEntity;
import io.partita.wire.OperatePrivilegeGroupRequest;
import io.partita.wire.OperatePrivilegeGroupType;
import io.partita.wire.OperatePrivilegeRequest;
import io.partita.wire.OperatePrivilegeType;
import io.partita.wire.OperatePrivilegeV2Request;
import io.partita.wire.OperateUserRoleRequest;
import io.partita.wire.OperateUserRoleType;
import io.partita.wire.PrivilegeEntity;
import io.partita.wire.PrivilegeGroupInfo;
import io.partita.wire.RBACMeta;
import io.partita.wire.RestoreRBACMetaRequest;
import io.partita.wire.RoleEntity;
import io.partita.wire.RoleResult;
import io.partita.wire.SelectGrantRequest;
import io.partita.wire.SelectGrantResponse;
import io.partita.wire.SelectRoleRequest;
import io.partita.wire.SelectRoleResponse;
import io.partita.wire.SelectUserRequest;
import io.partita.wire.SelectUserResponse;
import io.partita.wire.UserEntity;
import io.partita.wire.UserInfo;
import io.partita.wire.UserResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Role-based access control RPCs (Milvus 2.2+): roles, user-role bindings, grants (the 2.2 form
 * with an object type and the 2.5 V2 form by privilege level) and privilege groups, over
 * {@link AccessControl}. Texts and codes as Milvus's proxy and rootcoord answer them
 * (internal/proxy/impl.go, internal/rootcoord/root_coord.go), as milvus_client/test_milvus_client_rbac.py checks them.
 */
final class RbacRpcs {
    private static final Set<String> OBJECT_TYPES = Set.of("Global", "Collection", "User");
    /** Milvus's code for an invalid database name (ValidateDatabaseName). */
    private static final int CODE_DATABASE_INVALID_NAME = 802;

    private final AccessControl access;
    private final CredentialStore users;

    RbacRpcs(AccessControl access, CredentialStore users) {
        this.access = access;
        this.users = users;
    }

    /** The RBAC RPCs' declarations. */
    List<ServerRpc<?, ?>> rpcs() {
        return List.of(
                status(
                        getCreateRoleMethod(),
                        r -> access.createRole(
                                r.getEntity().getName(), r.getEntity().getDescription())),
                status(getDropRoleMethod(), r -> access.dropRole(r.getRoleName(), r.getForceDrop())),
                status(getOperateUserRoleMethod(), this::operateUserRole),
                unary(getSelectRoleMethod(), this::selectRole),
                unary(getSelectUserMethod(), this::selectUser),
                status(getOperatePrivilegeMethod(), this::operatePrivilege),
                status(getOperatePrivilegeV2Method(), this::operatePrivilegeV2),
                unary(getSelectGrantMethod(), this::selectGrant),
                status(getCreatePrivilegeGroupMethod(), r -> access.createGroup(r.getGroupName())),
                status(getDropPrivilegeGroupMethod(), r -> access.dropGroup(r.getGroupName())),
                unary(getListPrivilegeGroupsMethod(), r -> listGroups()),
                status(getOperatePrivilegeGroupMethod(), this::operateGroup));
    }

    /**
     * AlterRole (a role's description), which Milvus has since 2.6 (served under profile
     * milvus-2.6 only; the older profiles answer UNIMPLEMENTED as those servers did).
     */
    List<ServerRpc<?, ?>> since26() {
        return List.of(status(getAlterRoleMethod(), r -> access.alterRole(r.getRoleName(), r.getDescription())));
    }

    /**
     * BackupRBAC and RestoreRBAC, which Milvus has since 2.5 (served under profile milvus-2.6
     * only; 2.3 answers UNIMPLEMENTED as it did).
     */
    List<ServerRpc<?, ?>> since25() {
        return List.of(unary(getBackupRBACMethod(), r -> backup()), status(getRestoreRBACMethod(), this::restore));
    }

    private BackupRBACMetaResponse backup() {
        RbacBackup b = access.backup();
        RBACMeta.Builder meta = RBACMeta.newBuilder();
        for (RbacBackup.User u : b.users()) {
            UserInfo.Builder info = UserInfo.newBuilder().setUser(u.name()).setPassword(u.passwordHash());
            u.roles().forEach(r -> info.addRoles(role(r)));
            meta.addUsers(info);
        }
        b.roles().forEach(r -> meta.addRoles(role(r)));
        b.grants().forEach(g -> meta.addGrants(entity(g)));
        b.groups().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            PrivilegeGroupInfo.Builder info = PrivilegeGroupInfo.newBuilder().setGroupName(e.getKey());
            e.getValue()
                    .forEach(
                            p -> info.addPrivileges(PrivilegeEntity.newBuilder().setName(p)));
            meta.addPrivilegeGroups(info);
        });
        return BackupRBACMetaResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setRBACMeta(meta)
                .build();
    }

    private void restore(RestoreRBACMetaRequest r) {
        RBACMeta meta = r.getRBACMeta();
        List<RbacBackup.User> restoredUsers = new ArrayList<>();
        for (UserInfo u : meta.getUsersList()) {
            restoredUsers.add(new RbacBackup.User(
                    u.getUser(),
                    u.getPassword(),
                    u.getRolesList().stream().map(RoleEntity::getName).toList()));
        }
        List<Grant> restoredGrants = new ArrayList<>();
        for (GrantEntity e : meta.getGrantsList()) {
            String grantor = e.getGrantor().getUser().getName();
            restoredGrants.add(new Grant(
                    e.getRole().getName(),
                    e.getObject().getName(),
                    e.getObjectName(),
                    e.getDbName().isEmpty() ? Databases.DEFAULT : e.getDbName(),
                    e.getGrantor().getPrivilege().getName(),
                    grantor.isEmpty() ? CredentialStore.ROOT_USER : grantor));
        }
        Map<String, List<String>> groups = new TreeMap<>();
        for (PrivilegeGroupInfo g : meta.getPrivilegeGroupsList()) {
            if (groups.put(
                            g.getGroupName(),
                            g.getPrivilegesList().stream()
                                    .map(PrivilegeEntity::getName)
                                    .toList())
                    != null) {
                throw EngineException.of(
                        ErrorCodes.ILLEGAL_ARGUMENT,
                        ErrorCodes.CODE_PARAMETER_INVALID,
                        "failed to check if rbac restorable: privilege group [" + g.getGroupName()
                                + "] already exists: invalid parameter");
            }
        }
        access.restore(new RbacBackup(
                restoredUsers,
                meta.getRolesList().stream().map(RoleEntity::getName).toList(),
                restoredGrants,
                groups));
    }

    private void operateUserRole(OperateUserRoleRequest r) {
        if (r.getType() == OperateUserRoleType.RemoveUserFromRole) {
            access.removeUserFromRole(r.getUsername(), r.getRoleName());
        } else {
            access.addUserToRole(r.getUsername(), r.getRoleName());
        }
    }

    private SelectRoleResponse selectRole(SelectRoleRequest r) {
        String one = r.getRole().getName();
        List<String> roles;
        if (one.isEmpty()) {
            roles = access.roles();
        } else if (access.roleExists(one)) {
            roles = List.of(one);
        } else {
            throw failure(AccessControl.NO_ROLE);
        }
        SelectRoleResponse.Builder out = SelectRoleResponse.newBuilder().setStatus(Statuses.SUCCESS);
        for (String role : roles) {
            RoleResult.Builder rr = RoleResult.newBuilder()
                    .setRole(RoleEntity.newBuilder().setName(role).setDescription(access.description(role)));
            if (r.getIncludeUserInfo()) {
                access.usersOf(role)
                        .forEach(u -> rr.addUsers(UserEntity.newBuilder().setName(u)));
            }
            out.addResults(rr);
        }
        return out.build();
    }

    private SelectUserResponse selectUser(SelectUserRequest r) {
        String one = r.getUser().getName();
        List<String> known = users.listUsers();
        List<String> selected = one.isEmpty() ? known : known.contains(one) ? List.of(one) : List.of();
        SelectUserResponse.Builder out = SelectUserResponse.newBuilder().setStatus(Statuses.SUCCESS);
        for (String user : selected) {
            // Milvus 2.6 answers the description with or without role info (rootcoord's getUserResult)
            UserResult.Builder ur = UserResult.newBuilder()
                    .setUser(UserEntity.newBuilder().setName(user))
                    .setDescription(users.description(user));
            if (r.getIncludeRoleInfo()) {
                access.rolesOf(user).forEach(role -> ur.addRoles(role(role)));
            }
            out.addResults(ur);
        }
        return out.build();
    }

    private void operatePrivilege(OperatePrivilegeRequest r) {
        GrantEntity e = r.getEntity();
        if (!e.hasRole() || e.getRole().getName().isEmpty()) {
            throw failure("the role entity in the request is nil or invalid");
        }
        if (!e.hasObject() || !OBJECT_TYPES.contains(e.getObject().getName())) {
            throw failure("the object entity in the request is nil or invalid");
        }
        if (e.getObjectName().isEmpty()) {
            throw failure("the object name in the request is nil or empty");
        }
        String privilege = e.getGrantor().getPrivilege().getName();
        if (privilege.isEmpty()) {
            throw failure("the privilege name in the request is nil or empty");
        }
        String db = e.getDbName().isEmpty() ? Databases.effective("") : e.getDbName();
        apply(
                r.getType(),
                new Grant(e.getRole().getName(), e.getObject().getName(), e.getObjectName(), db, privilege, grantor()));
    }

    /**
     * The 2.5 form: the object type follows from the privilege's level (Milvus's
     * GetPrivilegeLevel): cluster privileges on every database, database ones on the database,
     * collection ones on the collection.
     */
    private void operatePrivilegeV2(OperatePrivilegeV2Request r) {
        String privilege = r.getGrantor().getPrivilege().getName();
        if (r.getRole().getName().isEmpty()) {
            throw failure("the role entity in the request is nil or invalid");
        }
        String db = r.getDbName().isEmpty() ? Databases.DEFAULT : r.getDbName();
        checkDatabaseName(db);
        String collection = r.getCollectionName().isEmpty() ? AccessControl.ANY : r.getCollectionName();
        String level = Privileges.level(privilege);
        String type = Privileges.objectType(privilege);
        Grant g = new Grant(
                r.getRole().getName(),
                type,
                type.equals("Collection") ? collection : AccessControl.ANY,
                "Cluster".equals(level) ? AccessControl.ANY : db,
                privilege,
                grantor());
        apply(r.getType(), g);
    }

    private void apply(OperatePrivilegeType type, Grant g) {
        if (type == OperatePrivilegeType.Revoke) {
            access.revoke(g);
        } else {
            access.grant(g);
        }
    }

    private SelectGrantResponse selectGrant(SelectGrantRequest r) {
        GrantEntity e = r.getEntity();
        if (!e.hasRole() || e.getRole().getName().isEmpty()) {
            throw failure("the role entity in the request is nil or invalid");
        }
        String db = e.getDbName().isEmpty() ? Databases.effective("") : e.getDbName();
        String type = e.hasObject() && !e.getObject().getName().isEmpty()
                ? e.getObject().getName()
                : null;
        String name = e.getObjectName().isEmpty() ? null : e.getObjectName();
        SelectGrantResponse.Builder out = SelectGrantResponse.newBuilder().setStatus(Statuses.SUCCESS);
        for (Grant g : access.grants(e.getRole().getName(), db, type, name)) {
            out.addEntities(entity(g));
        }
        return out.build();
    }

    private static GrantEntity entity(Grant g) {
        return GrantEntity.newBuilder()
                .setRole(role(g.role()))
                .setObject(ObjectEntity.newBuilder().setName(g.objectType()))
                .setObjectName(g.objectName())
                .setDbName(g.db())
                .setGrantor(GrantorEntity.newBuilder()
                        .setUser(UserEntity.newBuilder().setName(g.grantor()))
                        .setPrivilege(PrivilegeEntity.newBuilder().setName(g.privilege())))
                .build();
    }

    private ListPrivilegeGroupsResponse listGroups() {
        ListPrivilegeGroupsResponse.Builder out =
                ListPrivilegeGroupsResponse.newBuilder().setStatus(Statuses.SUCCESS);
        access.groups().forEach((name, privileges) -> {
            PrivilegeGroupInfo.Builder info = PrivilegeGroupInfo.newBuilder().setGroupName(name);
            privileges.forEach(
                    p -> info.addPrivileges(PrivilegeEntity.newBuilder().setName(p)));
            out.addPrivilegeGroups(info);
        });
        return out.build();
    }

    private void operateGroup(OperatePrivilegeGroupRequest r) {
        List<String> privileges =
                r.getPrivilegesList().stream().map(PrivilegeEntity::getName).toList();
        access.operateGroup(
                r.getGroupName(), privileges, r.getType() == OperatePrivilegeGroupType.AddPrivilegesToGroup);
    }

    private static String grantor() {
        String user = Caller.current();
        return user == null ? CredentialStore.ROOT_USER : user;
    }

    private static RoleEntity role(String name) {
        return RoleEntity.newBuilder().setName(name).build();
    }

    /** Milvus's ValidateDatabaseName for a grant's database ({@code *}: every database). */
    private static void checkDatabaseName(String db) {
        if (db.equals(AccessControl.ANY)) {
            return;
        }
        boolean ok = !db.isEmpty() && (db.charAt(0) == '_' || isAsciiLetter(db.charAt(0)));
        for (int i = 1; ok && i < db.length(); i++) {
            char c = db.charAt(i);
            ok = c == '_' || isAsciiLetter(c) || (c >= '0' && c <= '9');
        }
        if (!ok) {
            throw EngineException.of(
                    ErrorCodes.UNEXPECTED_ERROR,
                    CODE_DATABASE_INVALID_NAME,
                    "database name can only contain numbers, letters and underscores: invalid database name[database="
                            + db + "]");
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static EngineException failure(String reason) {
        return EngineException.of(ErrorCodes.UNEXPECTED_ERROR, ErrorCodes.CODE_UNEXPECTED, reason);
    }
}
