package io.partita.rest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.partita.model.GrantEntity;
import io.partita.model.GrantorEntity;
import io.partita.model.ObjectEntity;
import io.partita.model.PrivilegeEntity;
import io.partita.model.RoleEntity;
import io.partita.model.RoleResult;
import io.partita.model.SelectGrantResponse;
import io.partita.model.SelectRoleResponse;
import io.partita.model.SelectUserResponse;
import io.partita.model.Status;
import io.partita.model.UserEntity;
import io.partita.model.UserResult;
import io.partita.param.role.DropRoleParam;
import io.partita.param.role.RoleSelection;
import io.partita.transport.Operation;
import io.partita.transport.Operations;
import io.partita.transport.TransportException;
import java.util.List;

/**
 * The RESTful v2 codecs of the role operations ({@code /v2/vectordb/roles/create, drop, list,
 * describe, grant_privilege, revoke_privilege, grant_privilege_v2, revoke_privilege_v2} and
 * {@code /v2/vectordb/users/describe, grant_role, revoke_role}; Milvus 2.5's handler_v2.go and
 * request_v2.go: RoleReq {@code roleName, dbName}, GrantReq {@code roleName, objectType,
 * objectName, privilege, dbName}, GrantV2Req {@code roleName, privilege, dbName, collectionName},
 * UserRoleReq {@code userName, roleName}; roles/describe answers the grants as
 * {@code [{"objectType","objectName","privilege","dbName","grantor"}]}, users/describe the role
 * names).
 *
 * <p>What RESTful v2 cannot express keeps the {@code /api/v1} codec, which answers UNIMPLEMENTED: a
 * forced DropRole (RoleReq has no force flag) and a SelectRole with user info (no route lists a
 * role's users). A SelectRole of one role asks roles/describe, so an unknown role gets the server's
 * refusal; a SelectGrant of one object filters roles/describe's grants by object type and name, the
 * equality the server's SelectGrant applies. A SelectUser asks users/list first, so an unknown user
 * answers no result, as over gRPC. Stateless.
 */
final class V2RoleCodecs {
    private static final String ROLES = V2Codecs.PREFIX + "/roles";
    private static final String USERS = V2Codecs.PREFIX + "/users";

    private V2RoleCodecs() {}

    static void register(CodecTable t, CodecTable v1) {
        t.put(Operations.CREATE_ROLE, (http, p, db) -> {
            if (!p.getDescription().isEmpty()) {
                // roles/create takes a name only: a description would be lost, so refuse
                throw TransportException.unsupported("CreateRole with a description", "REST");
            }
            return V2Codecs.status(http.post(
                    ROLES + "/create",
                    Body.of("").str("roleName", p.getRoleName()).json()));
        });
        Codec<DropRoleParam, Status> dropV1 = orUnsupported(v1, Operations.DROP_ROLE);
        t.put(
                Operations.DROP_ROLE,
                (http, p, db) -> p.isForceDrop()
                        ? dropV1.call(http, p, db)
                        : V2Codecs.status(http.post(
                                ROLES + "/drop",
                                Body.of("").str("roleName", p.getRoleName()).json())));
        t.put(
                Operations.OPERATE_USER_ROLE,
                (http, p, db) -> V2Codecs.status(http.post(
                        USERS + (p.isRemoval() ? "/revoke_role" : "/grant_role"),
                        Body.of("")
                                .str("userName", p.getUserName())
                                .str("roleName", p.getRoleName())
                                .json())));
        t.put(
                Operations.OPERATE_PRIVILEGE,
                (http, p, db) -> V2Codecs.status(http.post(
                        ROLES + (p.isRevocation() ? "/revoke_privilege" : "/grant_privilege"),
                        Body.v2(p.getDatabaseName() != null ? p.getDatabaseName() : db)
                                .str("roleName", p.getRoleName())
                                .str("objectType", p.getObject())
                                .str("objectName", p.getObjectName())
                                .str("privilege", p.getPrivilege())
                                .json())));
        t.put(
                Operations.OPERATE_PRIVILEGE_V2,
                (http, p, db) -> V2Codecs.status(http.post(
                        ROLES + (p.isRevocation() ? "/revoke_privilege_v2" : "/grant_privilege_v2"),
                        Body.v2(p.getDatabaseName())
                                .str("roleName", p.getRoleName())
                                .str("privilege", p.getPrivilege())
                                .str("collectionName", p.getCollectionName())
                                .json())));
        Codec<RoleSelection, SelectRoleResponse> selectRoleV1 = orUnsupported(v1, Operations.SELECT_ROLE);
        t.put(Operations.SELECT_ROLE, (http, p, db) -> {
            if (p.isIncludeUserInfo()) {
                return selectRoleV1.call(http, p, db);
            }
            SelectRoleResponse.Builder b = SelectRoleResponse.newBuilder();
            if (p.getRoleName() == null) {
                JsonObject a = http.post(ROLES + "/list", new JsonObject());
                b.setStatus(V2Codecs.status(a));
                V2Codecs.names(a).forEach(name -> b.addResults(role(name)));
                return b.build();
            }
            JsonObject a = http.post(
                    ROLES + "/describe",
                    Body.v2(db).str("roleName", p.getRoleName()).json());
            Status s = V2Codecs.status(a);
            b.setStatus(s);
            if (s.getCode() == 0) {
                b.addResults(role(p.getRoleName()));
            }
            return b.build();
        });
        t.put(Operations.SELECT_USER, (http, p, db) -> {
            JsonObject listed = http.post(USERS + "/list", new JsonObject());
            Status s = V2Codecs.status(listed);
            SelectUserResponse.Builder b = SelectUserResponse.newBuilder().setStatus(s);
            List<String> known = V2Codecs.names(listed);
            List<String> selected = p.getUserName() == null
                    ? known
                    : known.contains(p.getUserName()) ? List.of(p.getUserName()) : List.of();
            for (String user : selected) {
                UserResult.Builder u = UserResult.newBuilder()
                        .setUser(UserEntity.newBuilder().setName(user).build());
                if (p.isIncludeRoleInfo()) {
                    JsonObject a = http.post(
                            USERS + "/describe",
                            Body.of("").str("userName", user).json());
                    Status d = V2Codecs.status(a);
                    if (d.getCode() != 0) {
                        return SelectUserResponse.newBuilder().setStatus(d).build();
                    }
                    V2Codecs.names(a)
                            .forEach(r -> u.addRoles(
                                    RoleEntity.newBuilder().setName(r).build()));
                    // Milvus 2.6 answers the user's description beside the role list
                    u.setDescription(JsonValues.str(a, "description"));
                }
                b.addResults(u.build());
            }
            return b.build();
        });
        t.put(Operations.SELECT_GRANT, (http, p, db) -> {
            JsonObject a = http.post(
                    ROLES + "/describe",
                    Body.v2(p.getDatabaseName() != null ? p.getDatabaseName() : db)
                            .str("roleName", p.getRoleName())
                            .json());
            SelectGrantResponse.Builder b = SelectGrantResponse.newBuilder().setStatus(V2Codecs.status(a));
            JsonElement data = a.get("data");
            if (data != null && data.isJsonArray()) {
                for (JsonElement e : data.getAsJsonArray()) {
                    if (!e.isJsonObject()) {
                        throw new IllegalAnswerException("data must list grants, got " + e);
                    }
                    GrantEntity g = grant(p.getRoleName(), e.getAsJsonObject());
                    if ((p.getObject() == null
                                    || p.getObject().equals(g.getObject().getName()))
                            && (p.getObjectName() == null || p.getObjectName().equals(g.getObjectName()))) {
                        b.addEntities(g);
                    }
                }
            }
            return b.build();
        });
    }

    /** The {@code /api/v1} codec of the operation, or one answering UNIMPLEMENTED as the transport does for a missing codec. */
    private static <P, T> Codec<P, T> orUnsupported(CodecTable v1, Operation<P, T> operation) {
        Codec<P, T> c = v1.get(operation);
        return c != null
                ? c
                : (http, p, db) -> {
                    throw TransportException.unsupported(operation.getName(), "REST");
                };
    }

    private static RoleResult role(String name) {
        return RoleResult.newBuilder()
                .setRole(RoleEntity.newBuilder().setName(name).build())
                .build();
    }

    private static GrantEntity grant(String role, JsonObject o) {
        return GrantEntity.newBuilder()
                .setRole(RoleEntity.newBuilder().setName(role).build())
                .setObject(ObjectEntity.newBuilder()
                        .setName(JsonValues.str(o, "objectType"))
                        .build())
                .setObjectName(JsonValues.str(o, "objectName"))
                .setDbName(JsonValues.str(o, "dbName"))
                .setGrantor(GrantorEntity.newBuilder()
                        .setUser(UserEntity.newBuilder()
                                .setName(JsonValues.str(o, "grantor"))
                                .build())
                        .setPrivilege(PrivilegeEntity.newBuilder()
                                .setName(JsonValues.str(o, "privilege"))
                                .build())
                        .build())
                .build();
    }
}
