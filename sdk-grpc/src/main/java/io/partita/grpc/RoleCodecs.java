package io.partita.grpc;

import io.partita.model.RoleResult;
import io.partita.model.SelectGrantResponse;
import io.partita.model.SelectRoleResponse;
import io.partita.model.SelectUserResponse;
import io.partita.model.UserResult;
import io.partita.transport.Operations;
import io.partita.wire.CreateRoleRequest;
import io.partita.wire.DropRoleRequest;
import io.partita.wire.GrantEntity;
import io.partita.wire.GrantorEntity;
import io.partita.wire.ObjectEntity;
import io.partita.wire.OperatePrivilegeRequest;
import io.partita.wire.OperatePrivilegeType;
import io.partita.wire.OperatePrivilegeV2Request;
import io.partita.wire.OperateUserRoleRequest;
import io.partita.wire.OperateUserRoleType;
import io.partita.wire.PrivilegeEntity;
import io.partita.wire.RoleEntity;
import io.partita.wire.SelectGrantRequest;
import io.partita.wire.SelectRoleRequest;
import io.partita.wire.SelectUserRequest;

/**
 * Codecs of the role RPCs: CreateRole, DropRole, OperateUserRole (add and remove),
 * OperatePrivilege (grant and revoke, the 2.2 form naming the object type), OperatePrivilegeV2
 * (the 2.5 form by privilege level), and the listings SelectRole, SelectUser and SelectGrant, whose
 * protocol answers become the {@code io.partita.model} values of the same names. A grant or grant
 * listing names the param's database, else the connection's (the third argument).
 */
final class RoleCodecs {
    private RoleCodecs() {}

    static void register(CodecTable t) {
        t.put(
                Operations.CREATE_ROLE,
                (stub, p, db) -> WireValues.status(stub.createRole(CreateRoleRequest.newBuilder()
                        .setEntity(
                                RoleEntity.newBuilder().setName(p.getRoleName()).setDescription(p.getDescription()))
                        .build())));
        t.put(
                Operations.ALTER_ROLE,
                (stub, p, db) -> WireValues.status(stub.alterRole(io.partita.wire.AlterRoleRequest.newBuilder()
                        .setRoleName(p.getRoleName())
                        .setDescription(p.getDescription())
                        .build())));
        t.put(
                Operations.DROP_ROLE,
                (stub, p, db) -> WireValues.status(stub.dropRole(DropRoleRequest.newBuilder()
                        .setRoleName(p.getRoleName())
                        .setForceDrop(p.isForceDrop())
                        .build())));
        t.put(
                Operations.OPERATE_USER_ROLE,
                (stub, p, db) -> WireValues.status(stub.operateUserRole(OperateUserRoleRequest.newBuilder()
                        .setUsername(p.getUserName())
                        .setRoleName(p.getRoleName())
                        .setType(
                                p.isRemoval()
                                        ? OperateUserRoleType.RemoveUserFromRole
                                        : OperateUserRoleType.AddUserToRole)
                        .build())));
        t.put(
                Operations.OPERATE_PRIVILEGE,
                (stub, p, db) -> WireValues.status(stub.operatePrivilege(OperatePrivilegeRequest.newBuilder()
                        .setEntity(grant(
                                p.getRoleName(),
                                p.getObject(),
                                p.getObjectName(),
                                p.getPrivilege(),
                                p.getDatabaseName(),
                                db))
                        .setType(p.isRevocation() ? OperatePrivilegeType.Revoke : OperatePrivilegeType.Grant)
                        .build())));
        t.put(Operations.OPERATE_PRIVILEGE_V2, (stub, p, db) -> {
            OperatePrivilegeV2Request.Builder r = OperatePrivilegeV2Request.newBuilder()
                    .setRole(RoleEntity.newBuilder().setName(p.getRoleName()))
                    .setGrantor(GrantorEntity.newBuilder()
                            .setPrivilege(PrivilegeEntity.newBuilder().setName(p.getPrivilege())))
                    .setType(p.isRevocation() ? OperatePrivilegeType.Revoke : OperatePrivilegeType.Grant);
            // as the official client: an absent database or collection is left for the server to default
            if (p.getDatabaseName() != null) {
                r.setDbName(p.getDatabaseName());
            }
            if (p.getCollectionName() != null) {
                r.setCollectionName(p.getCollectionName());
            }
            return WireValues.status(stub.operatePrivilegeV2(r.build()));
        });
        t.put(Operations.SELECT_ROLE, (stub, p, db) -> {
            SelectRoleRequest.Builder r = SelectRoleRequest.newBuilder().setIncludeUserInfo(p.isIncludeUserInfo());
            if (p.getRoleName() != null) {
                r.setRole(RoleEntity.newBuilder().setName(p.getRoleName()));
            }
            io.partita.wire.SelectRoleResponse a = stub.selectRole(r.build());
            SelectRoleResponse.Builder b = SelectRoleResponse.newBuilder().setStatus(WireValues.status(a.getStatus()));
            for (io.partita.wire.RoleResult x : a.getResultsList()) {
                RoleResult.Builder rr = RoleResult.newBuilder().setRole(role(x.getRole()));
                x.getUsersList().forEach(u -> rr.addUsers(user(u)));
                b.addResults(rr.build());
            }
            return b.build();
        });
        t.put(Operations.SELECT_USER, (stub, p, db) -> {
            SelectUserRequest.Builder r = SelectUserRequest.newBuilder().setIncludeRoleInfo(p.isIncludeRoleInfo());
            if (p.getUserName() != null) {
                r.setUser(io.partita.wire.UserEntity.newBuilder().setName(p.getUserName()));
            }
            io.partita.wire.SelectUserResponse a = stub.selectUser(r.build());
            SelectUserResponse.Builder b = SelectUserResponse.newBuilder().setStatus(WireValues.status(a.getStatus()));
            for (io.partita.wire.UserResult x : a.getResultsList()) {
                UserResult.Builder ur =
                        UserResult.newBuilder().setUser(user(x.getUser())).setDescription(x.getDescription());
                x.getRolesList().forEach(role -> ur.addRoles(role(role)));
                b.addResults(ur.build());
            }
            return b.build();
        });
        t.put(Operations.SELECT_GRANT, (stub, p, db) -> {
            GrantEntity.Builder e = GrantEntity.newBuilder()
                    .setRole(RoleEntity.newBuilder().setName(p.getRoleName()))
                    .setDbName(p.getDatabaseName() != null ? p.getDatabaseName() : db);
            if (p.getObject() != null) {
                e.setObject(ObjectEntity.newBuilder().setName(p.getObject()));
            }
            if (p.getObjectName() != null) {
                e.setObjectName(p.getObjectName());
            }
            io.partita.wire.SelectGrantResponse a = stub.selectGrant(
                    SelectGrantRequest.newBuilder().setEntity(e).build());
            SelectGrantResponse.Builder b =
                    SelectGrantResponse.newBuilder().setStatus(WireValues.status(a.getStatus()));
            a.getEntitiesList().forEach(g -> b.addEntities(grant(g)));
            return b.build();
        });
    }

    private static io.partita.model.RoleEntity role(RoleEntity r) {
        return io.partita.model.RoleEntity.newBuilder()
                .setName(r.getName())
                .setDescription(r.getDescription())
                .build();
    }

    private static io.partita.model.UserEntity user(io.partita.wire.UserEntity u) {
        return io.partita.model.UserEntity.newBuilder().setName(u.getName()).build();
    }

    private static io.partita.model.GrantEntity grant(GrantEntity g) {
        return io.partita.model.GrantEntity.newBuilder()
                .setRole(role(g.getRole()))
                .setObject(io.partita.model.ObjectEntity.newBuilder()
                        .setName(g.getObject().getName())
                        .build())
                .setObjectName(g.getObjectName())
                .setDbName(g.getDbName())
                .setGrantor(io.partita.model.GrantorEntity.newBuilder()
                        .setUser(user(g.getGrantor().getUser()))
                        .setPrivilege(io.partita.model.PrivilegeEntity.newBuilder()
                                .setName(g.getGrantor().getPrivilege().getName())
                                .build())
                        .build())
                .build();
    }

    private static GrantEntity grant(
            String role, String object, String objectName, String privilege, String database, String connectionDb) {
        return GrantEntity.newBuilder()
                .setRole(RoleEntity.newBuilder().setName(role))
                .setObject(ObjectEntity.newBuilder().setName(object))
                .setObjectName(objectName)
                .setDbName(database != null ? database : connectionDb)
                .setGrantor(GrantorEntity.newBuilder()
                        .setPrivilege(PrivilegeEntity.newBuilder().setName(privilege)))
                .build();
    }
}
