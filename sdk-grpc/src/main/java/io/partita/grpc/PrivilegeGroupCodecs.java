package io.partita.grpc;

import io.partita.model.ListPrivilegeGroupsResponse;
import io.partita.model.PrivilegeEntity;
import io.partita.model.PrivilegeGroupInfo;
import io.partita.transport.Operations;
import io.partita.wire.CreatePrivilegeGroupRequest;
import io.partita.wire.DropPrivilegeGroupRequest;
import io.partita.wire.ListPrivilegeGroupsRequest;
import io.partita.wire.OperatePrivilegeGroupRequest;
import io.partita.wire.OperatePrivilegeGroupType;

/**
 * Codecs of the privilege-group RPCs (Milvus 2.5+): CreatePrivilegeGroup, DropPrivilegeGroup,
 * ListPrivilegeGroups and OperatePrivilegeGroup (add and remove privileges).
 */
final class PrivilegeGroupCodecs {
    private PrivilegeGroupCodecs() {}

    static void register(CodecTable t) {
        t.put(
                Operations.CREATE_PRIVILEGE_GROUP,
                (stub, p, db) -> WireValues.status(stub.createPrivilegeGroup(CreatePrivilegeGroupRequest.newBuilder()
                        .setGroupName(p.getGroupName())
                        .build())));
        t.put(
                Operations.DROP_PRIVILEGE_GROUP,
                (stub, p, db) -> WireValues.status(stub.dropPrivilegeGroup(DropPrivilegeGroupRequest.newBuilder()
                        .setGroupName(p.getGroupName())
                        .build())));
        t.put(Operations.OPERATE_PRIVILEGE_GROUP, (stub, p, db) -> {
            OperatePrivilegeGroupRequest.Builder r = OperatePrivilegeGroupRequest.newBuilder()
                    .setGroupName(p.getGroupName())
                    .setType(
                            p.isRemoval()
                                    ? OperatePrivilegeGroupType.RemovePrivilegesFromGroup
                                    : OperatePrivilegeGroupType.AddPrivilegesToGroup);
            p.getPrivileges()
                    .forEach(x -> r.addPrivileges(
                            io.partita.wire.PrivilegeEntity.newBuilder().setName(x)));
            return WireValues.status(stub.operatePrivilegeGroup(r.build()));
        });
        t.put(Operations.LIST_PRIVILEGE_GROUPS, (stub, p, db) -> {
            io.partita.wire.ListPrivilegeGroupsResponse a =
                    stub.listPrivilegeGroups(ListPrivilegeGroupsRequest.getDefaultInstance());
            ListPrivilegeGroupsResponse.Builder b =
                    ListPrivilegeGroupsResponse.newBuilder().setStatus(WireValues.status(a.getStatus()));
            for (io.partita.wire.PrivilegeGroupInfo g : a.getPrivilegeGroupsList()) {
                PrivilegeGroupInfo.Builder info =
                        PrivilegeGroupInfo.newBuilder().setGroupName(g.getGroupName());
                g.getPrivilegesList()
                        .forEach(x -> info.addPrivileges(PrivilegeEntity.newBuilder()
                                .setName(x.getName())
                                .build()));
                b.addPrivilegeGroups(info.build());
            }
            return b.build();
        });
    }
}
