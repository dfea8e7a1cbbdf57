package io.partita.rest;

import io.partita.model.ListPrivilegeGroupsResponse;
import io.partita.model.PrivilegeEntity;
import io.partita.model.PrivilegeGroupInfo;
import io.partita.transport.Operations;
import java.util.Arrays;

/**
 * The RESTful v2 codecs of the privilege-group operations ({@code /v2/vectordb/privilege_groups/
 * create, drop, list, add_privileges_to_group, remove_privileges_from_group}; Milvus 2.5's
 * handler_v2.go and request_v2.go: PrivilegeGroupReq {@code privilegeGroupName, privileges}; list
 * answers {@code data.privilegeGroups} as {@code [{"privilegeGroupName","privileges"}]} with the
 * privileges joined by commas). Stateless.
 */
final class V2PrivilegeGroupCodecs {
    private static final String GROUPS = V2Codecs.PREFIX + "/privilege_groups";

    private V2PrivilegeGroupCodecs() {}

    static void register(CodecTable t) {
        t.put(
                Operations.CREATE_PRIVILEGE_GROUP,
                (http, p, db) -> V2Codecs.status(http.post(
                        GROUPS + "/create",
                        Body.of("").str("privilegeGroupName", p.getGroupName()).json())));
        t.put(
                Operations.DROP_PRIVILEGE_GROUP,
                (http, p, db) -> V2Codecs.status(http.post(
                        GROUPS + "/drop",
                        Body.of("").str("privilegeGroupName", p.getGroupName()).json())));
        t.put(
                Operations.OPERATE_PRIVILEGE_GROUP,
                (http, p, db) -> V2Codecs.status(http.post(
                        GROUPS + (p.isRemoval() ? "/remove_privileges_from_group" : "/add_privileges_to_group"),
                        Body.of("")
                                .str("privilegeGroupName", p.getGroupName())
                                .strs("privileges", p.getPrivileges())
                                .json())));
        t.put(Operations.LIST_PRIVILEGE_GROUPS, (http, p, db) -> {
            com.google.gson.JsonObject a = http.post(GROUPS + "/list", new com.google.gson.JsonObject());
            ListPrivilegeGroupsResponse.Builder b =
                    ListPrivilegeGroupsResponse.newBuilder().setStatus(V2Codecs.status(a));
            com.google.gson.JsonObject data = JsonValues.obj(a, "data");
            if (data != null) {
                for (com.google.gson.JsonObject g : JsonValues.objs(data, "privilegeGroups")) {
                    PrivilegeGroupInfo.Builder info =
                            PrivilegeGroupInfo.newBuilder().setGroupName(JsonValues.str(g, "privilegeGroupName"));
                    String joined = JsonValues.str(g, "privileges");
                    if (!joined.isEmpty()) {
                        Arrays.stream(joined.split(","))
                                .forEach(x -> info.addPrivileges(
                                        PrivilegeEntity.newBuilder().setName(x).build()));
                    }
                    b.addPrivilegeGroups(info.build());
                }
            }
            return b.build();
        });
    }
}
