package io.partita.grpc;

import io.partita.transport.Operations;
import io.partita.wire.CreateRoleRequest;
import io.partita.wire.DropRoleRequest;
import io.partita.wire.GrantEntity;
import io.partita.wire.GrantorEntity;
import io.partita.wire.ObjectEntity;
import io.partita.wire.OperatePrivilegeRequest;
import io.partita.wire.OperatePrivilegeType;
import io.partita.wire.OperateUserRoleRequest;
import io.partita.wire.OperateUserRoleType;
import io.partita.wire.PrivilegeEntity;
import io.partita.wire.RoleEntity;

/**
 * Codecs of the role RPCs: CreateRole, DropRole, OperateUserRole (add and remove) and
 * OperatePrivilege (grant and revoke, the 2.2 form naming the object type). A grant names the
 * param's database, else the connection's (the third argument).
 */
final class RoleCodecs {
    private RoleCodecs() {}

    static void register(CodecTable t) {
        t.put(
                Operations.CREATE_ROLE,
                (stub, p, db) -> WireValues.status(stub.createRole(CreateRoleRequest.newBuilder()
                        .setEntity(RoleEntity.newBuilder().setName(p.getRoleName()))
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
