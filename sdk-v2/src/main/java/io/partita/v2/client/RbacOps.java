package io.partita.v2.client;

import io.partita.param.credential.CreateCredentialParam;
import io.partita.param.credential.DeleteCredentialParam;
import io.partita.param.credential.ListCredUsersParam;
import io.partita.param.credential.UpdateCredentialParam;
import io.partita.param.role.AddUserToRoleParam;
import io.partita.param.role.CreateRoleParam;
import io.partita.param.role.DropRoleParam;
import io.partita.param.role.GrantRolePrivilegeParam;
import io.partita.param.role.RemoveUserFromRoleParam;
import io.partita.param.role.RevokeRolePrivilegeParam;
import io.partita.v2.service.rbac.request.CreateRoleReq;
import io.partita.v2.service.rbac.request.CreateUserReq;
import io.partita.v2.service.rbac.request.DropRoleReq;
import io.partita.v2.service.rbac.request.DropUserReq;
import io.partita.v2.service.rbac.request.GrantPrivilegeReq;
import io.partita.v2.service.rbac.request.GrantRoleReq;
import io.partita.v2.service.rbac.request.RevokePrivilegeReq;
import io.partita.v2.service.rbac.request.RevokeRoleReq;
import io.partita.v2.service.rbac.request.UpdatePasswordReq;
import java.util.List;

/**
 * RBAC calls of {@link MilvusClientV2}: users over sdk-core's credential operations, roles and
 * grants over its role operations (the same ones {@code MilvusServiceClient.createCredential},
 * {@code createRole} and the others send).
 */
final class RbacOps {
    private RbacOps() {}

    static void createUser(Session s, CreateUserReq r) {
        Failures.orThrow(s.v1.createCredential(Failures.params(() -> CreateCredentialParam.newBuilder()
                .withUsername(r.getUserName())
                .withPassword(r.getPassword())
                .build())));
    }

    static void updatePassword(Session s, UpdatePasswordReq r) {
        Failures.orThrow(s.v1.updateCredential(Failures.params(() -> UpdateCredentialParam.newBuilder()
                .withUsername(r.getUserName())
                .withOldPassword(r.getPassword())
                .withNewPassword(r.getNewPassword())
                .build())));
    }

    static void dropUser(Session s, DropUserReq r) {
        Failures.orThrow(s.v1.deleteCredential(Failures.params(() ->
                DeleteCredentialParam.newBuilder().withUsername(r.getUserName()).build())));
    }

    static List<String> listUsers(Session s) {
        return Failures.orThrow(
                        s.v1.listCredUsers(ListCredUsersParam.newBuilder().build()))
                .getUsernamesList();
    }

    static void createRole(Session s, CreateRoleReq r) {
        Failures.orThrow(s.v1.createRole(Failures.params(
                () -> CreateRoleParam.newBuilder().withRoleName(r.getRoleName()).build())));
    }

    static void dropRole(Session s, DropRoleReq r) {
        Failures.orThrow(s.v1.dropRole(Failures.params(() -> DropRoleParam.newBuilder()
                .withRoleName(r.getRoleName())
                .withForceDrop(r.isForceDrop())
                .build())));
    }

    static void grantRole(Session s, GrantRoleReq r) {
        Failures.orThrow(s.v1.addUserToRole(Failures.params(() -> AddUserToRoleParam.newBuilder()
                .withUserName(r.getUserName())
                .withRoleName(r.getRoleName())
                .build())));
    }

    static void revokeRole(Session s, RevokeRoleReq r) {
        Failures.orThrow(s.v1.removeUserFromRole(Failures.params(() -> RemoveUserFromRoleParam.newBuilder()
                .withUserName(r.getUserName())
                .withRoleName(r.getRoleName())
                .build())));
    }

    static void grantPrivilege(Session s, GrantPrivilegeReq r) {
        Failures.orThrow(s.v1.grantRolePrivilege(Failures.params(() -> GrantRolePrivilegeParam.newBuilder()
                .withRoleName(r.getRoleName())
                .withObject(r.getObjectType())
                .withObjectName(r.getObjectName())
                .withPrivilege(r.getPrivilege())
                .build())));
    }

    static void revokePrivilege(Session s, RevokePrivilegeReq r) {
        Failures.orThrow(s.v1.revokeRolePrivilege(Failures.params(() -> RevokeRolePrivilegeParam.newBuilder()
                .withRoleName(r.getRoleName())
                .withObject(r.getObjectType())
                .withObjectName(r.getObjectName())
                .withPrivilege(r.getPrivilege())
                .withDatabaseName(r.getDbName())
                .build())));
    }
}
