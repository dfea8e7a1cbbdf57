package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Revokes a privilege on an object from a role ({@code MilvusClientV2.revokePrivilege}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_String roleName, String dbName, String objectType, String privilege, String objectName}) naming a missing required field.
 */
@Getter
public final class RevokePrivilegeReq {
    /** The role (required). */
    private final String roleName;
    /** The database; the client's when not given. */
    private final String dbName;
    /** The object type: Global, Collection or User (required). */
    private final String objectType;
    /** The privilege, as Milvus names it (required). */
    private final String privilege;
    /** The object's name, or * for every object (required). */
    private final String objectName;

    @Builder
    private RevokePrivilegeReq(String roleName, String dbName, String objectType, String privilege, String objectName) {
        Checks.notBlank(roleName, "RevokePrivilegeReq.roleName");
        Checks.notBlank(objectType, "RevokePrivilegeReq.objectType");
        Checks.notBlank(privilege, "RevokePrivilegeReq.privilege");
        Checks.notBlank(objectName, "RevokePrivilegeReq.objectName");
        this.roleName = roleName;
        this.dbName = dbName;
        this.objectType = objectType;
        this.privilege = privilege;
        this.objectName = objectName;
    }

    /** Builds a {@link RevokePrivilegeReq}. */
    public static class RevokePrivilegeReqBuilder {}

    @Override
    public String toString() {
        return "RevokePrivilegeReq{" + "roleName=" + roleName + ", " + "dbName=" + dbName + ", " + "objectType="
                + objectType + ", " + "privilege=" + privilege + ", " + "objectName=" + objectName + "}";
    }
}
