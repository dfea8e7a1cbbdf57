package io.partita.v2.client;

import io.partita.model.PrivilegeEntity;
import io.partita.model.RoleEntity;
import io.partita.model.SelectGrantResponse;
import io.partita.model.SelectRoleResponse;
import io.partita.model.SelectUserResponse;
import io.partita.model.UserResult;
import io.partita.param.credential.CreateCredentialParam;
import io.partita.param.credential.DeleteCredentialParam;
import io.partita.param.credential.ListCredUsersParam;
import io.partita.param.credential.UpdateCredentialParam;
import io.partita.param.role.AddUserToRoleParam;
import io.partita.param.role.AlterRoleParam;
import io.partita.param.role.CreateRoleParam;
import io.partita.param.role.DropRoleParam;
import io.partita.param.role.GrantRolePrivilegeParam;
import io.partita.param.role.PrivilegeGroupParam;
import io.partita.param.role.PrivilegeV2Param;
import io.partita.param.role.RemoveUserFromRoleParam;
import io.partita.param.role.RevokeRolePrivilegeParam;
import io.partita.param.role.RoleSelection;
import io.partita.param.role.SelectGrantForRoleParam;
import io.partita.param.role.SelectRoleParam;
import io.partita.param.role.SelectUserParam;
import io.partita.v2.service.rbac.PrivilegeGroup;
import io.partita.v2.service.rbac.request.AddPrivilegesToGroupReq;
import io.partita.v2.service.rbac.request.AlterRoleReq;
import io.partita.v2.service.rbac.request.CreatePrivilegeGroupReq;
import io.partita.v2.service.rbac.request.CreateRoleReq;
import io.partita.v2.service.rbac.request.CreateUserReq;
import io.partita.v2.service.rbac.request.DescribeRoleReq;
import io.partita.v2.service.rbac.request.DescribeUserReq;
import io.partita.v2.service.rbac.request.DropPrivilegeGroupReq;
import io.partita.v2.service.rbac.request.DropRoleReq;
import io.partita.v2.service.rbac.request.DropUserReq;
import io.partita.v2.service.rbac.request.GrantPrivilegeReq;
import io.partita.v2.service.rbac.request.GrantPrivilegeReqV2;
import io.partita.v2.service.rbac.request.GrantRoleReq;
import io.partita.v2.service.rbac.request.RemovePrivilegesFromGroupReq;
import io.partita.v2.service.rbac.request.RevokePrivilegeReq;
import io.partita.v2.service.rbac.request.RevokePrivilegeReqV2;
import io.partita.v2.service.rbac.request.RevokeRoleReq;
import io.partita.v2.service.rbac.request.UpdatePasswordReq;
import io.partita.v2.service.rbac.request.UpdateUserReq;
import io.partita.v2.service.rbac.response.DescribeRoleResp;
import io.partita.v2.service.rbac.response.DescribeUserResp;
import io.partita.v2.service.rbac.response.ListPrivilegeGroupsResp;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RBAC calls of {@link MilvusClientV2}: users over sdk-core's credential operations, roles, grants,
 * listings and privilege groups over its role operations (the same ones
 * {@code MilvusServiceClient.createCredential}, {@code createRole}, {@code selectGrantForRole},
 * {@code createPrivilegeGroup} and the others send), as the official client's RBACService builds
 * its requests.
 */
final class RbacOps {
    private RbacOps() {}

    static void createUser(Session s, CreateUserReq r) {
        Failures.orThrow(s.v1.createCredential(Failures.params(() -> CreateCredentialParam.newBuilder()
                .withUsername(r.getUserName())
                .withPassword(r.getPassword())
                .withDescription(r.getDescription().isEmpty() ? null : r.getDescription())
                .build())));
    }

    /** An empty description is not sent, so the server keeps the current one (as the official client). */
    static void updatePassword(Session s, UpdatePasswordReq r) {
        Failures.orThrow(s.v1.updateCredential(Failures.params(() -> UpdateCredentialParam.newBuilder()
                .withUsername(r.getUserName())
                .withOldPassword(r.getPassword())
                .withNewPassword(r.getNewPassword())
                .withDescription(r.getDescription().isEmpty() ? null : r.getDescription())
                .build())));
    }

    /** UpdateCredential with the description only (empty clears it), as the official client's updateUser. */
    static void updateUser(Session s, UpdateUserReq r) {
        Failures.orThrow(s.v1.updateCredential(Failures.params(() -> UpdateCredentialParam.newBuilder()
                .withUsername(r.getUserName())
                .withDescription(r.getDescription())
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
        Failures.orThrow(s.v1.createRole(Failures.params(() -> CreateRoleParam.newBuilder()
                .withRoleName(r.getRoleName())
                .withDescription(r.getDescription())
                .build())));
    }

    static void alterRole(Session s, AlterRoleReq r) {
        Failures.orThrow(s.v1.alterRole(Failures.params(() -> AlterRoleParam.newBuilder()
                .withRoleName(r.getRoleName())
                .withDescription(r.getDescription())
                .build())));
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

    static List<String> listRoles(Session s) {
        return Failures.orThrow(s.v1.selectRoles(RoleSelection.all(false))).getResultsList().stream()
                .map(r -> r.getRole().getName())
                .collect(Collectors.toList());
    }

    /**
     * SelectGrant of the role on the request's database (the client's when none), then SelectRole
     * for its description, as the official client asks them.
     */
    static DescribeRoleResp describeRole(Session s, DescribeRoleReq r) {
        SelectGrantResponse grants =
                Failures.orThrow(s.v1.selectGrantForRole(Failures.params(() -> SelectGrantForRoleParam.newBuilder()
                        .withRoleName(r.getRoleName())
                        .withDatabaseName(r.getDbName() == null || r.getDbName().isEmpty() ? null : r.getDbName())
                        .build())));
        SelectRoleResponse roles = Failures.orThrow(s.v1.selectRole(Failures.params(
                () -> SelectRoleParam.newBuilder().withRoleName(r.getRoleName()).build())));
        String description = roles.getResultsCount() == 0
                ? ""
                : roles.getResults(0).getRole().getDescription();
        return DescribeRoleResp.builder()
                .roleName(r.getRoleName())
                .description(description)
                .grantInfos(grants.getEntitiesList().stream()
                        .map(g -> DescribeRoleResp.GrantInfo.builder()
                                .objectType(g.getObject().getName())
                                .objectName(g.getObjectName())
                                .roleName(g.getRole().getName())
                                .grantor(g.getGrantor().getUser().getName())
                                .privilege(g.getGrantor().getPrivilege().getName())
                                .dbName(g.getDbName())
                                .build())
                        .collect(Collectors.toList()))
                .build();
    }

    /** SelectUser with role info; an unknown user answers its name and no role, as the official client does. */
    static DescribeUserResp describeUser(Session s, DescribeUserReq r) {
        SelectUserResponse users = Failures.orThrow(s.v1.selectUser(Failures.params(() -> SelectUserParam.newBuilder()
                .withUserName(r.getUserName())
                .withIncludeRoleInfo(true)
                .build())));
        if (users.getResultsCount() == 0) {
            return DescribeUserResp.builder().userName(r.getUserName()).build();
        }
        UserResult u = users.getResults(0);
        return DescribeUserResp.builder()
                .userName(u.getUser().getName())
                .roles(u.getRolesList().stream().map(RoleEntity::getName).collect(Collectors.toList()))
                .description(u.getDescription())
                .build();
    }

    static void grantPrivilegeV2(Session s, GrantPrivilegeReqV2 r) {
        operatePrivilegeV2(s, r.getRoleName(), r.getPrivilege(), r.getDbName(), r.getCollectionName(), false);
    }

    static void revokePrivilegeV2(Session s, RevokePrivilegeReqV2 r) {
        operatePrivilegeV2(s, r.getRoleName(), r.getPrivilege(), r.getDbName(), r.getCollectionName(), true);
    }

    private static void operatePrivilegeV2(
            Session s, String role, String privilege, String db, String collection, boolean revoke) {
        Failures.orThrow(s.v1.operatePrivilegeV2(Failures.params(() -> PrivilegeV2Param.newBuilder()
                .withRoleName(role)
                .withPrivilege(privilege)
                .withDatabaseName(db)
                .withCollectionName(collection)
                .withRevocation(revoke)
                .build())));
    }

    static void createPrivilegeGroup(Session s, CreatePrivilegeGroupReq r) {
        Failures.orThrow(s.v1.createPrivilegeGroup(group(r.getGroupName(), List.of(), false)));
    }

    static void dropPrivilegeGroup(Session s, DropPrivilegeGroupReq r) {
        Failures.orThrow(s.v1.dropPrivilegeGroup(group(r.getGroupName(), List.of(), false)));
    }

    static ListPrivilegeGroupsResp listPrivilegeGroups(Session s) {
        return ListPrivilegeGroupsResp.builder()
                .privilegeGroups(Failures.orThrow(s.v1.listPrivilegeGroups()).getPrivilegeGroupsList().stream()
                        .map(g -> PrivilegeGroup.builder()
                                .groupName(g.getGroupName())
                                .privileges(g.getPrivilegesList().stream()
                                        .map(PrivilegeEntity::getName)
                                        .collect(Collectors.toList()))
                                .build())
                        .collect(Collectors.toList()))
                .build();
    }

    static void addPrivilegesToGroup(Session s, AddPrivilegesToGroupReq r) {
        Failures.orThrow(s.v1.operatePrivilegeGroup(group(r.getGroupName(), r.getPrivileges(), false)));
    }

    static void removePrivilegesFromGroup(Session s, RemovePrivilegesFromGroupReq r) {
        Failures.orThrow(s.v1.operatePrivilegeGroup(group(r.getGroupName(), r.getPrivileges(), true)));
    }

    private static PrivilegeGroupParam group(String name, List<String> privileges, boolean removal) {
        return Failures.params(() -> PrivilegeGroupParam.newBuilder()
                .withGroupName(name)
                .withPrivileges(privileges)
                .withRemoval(removal)
                .build());
    }
}
