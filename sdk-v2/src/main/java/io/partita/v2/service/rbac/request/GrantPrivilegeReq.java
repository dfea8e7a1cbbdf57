package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Grants a role a privilege on an object of the client's database ({@code MilvusClientV2.grantPrivilege}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_String roleName, String objectType, String privilege, String objectName}) naming a missing required field.
 */
@Getter
public final class GrantPrivilegeReq {
    /** The role (required). */
    private final String roleName;
    /** The object type: Global, Collection or User (required). */
    private final String objectType;
    /** The privilege, as Milvus names it (required). */
    private final String privilege;
    /** The object's name, or * for every object (required). */
    private final String objectName;

    @Builder
    private GrantPrivilegeReq(String roleName, String objectType, String privilege, String objectName) {
        Checks.notBlank(roleName, "GrantPrivilegeReq.roleName");
        Checks.notBlank(objectType, "GrantPrivilegeReq.objectType");
        Checks.notBlank(privilege, "GrantPrivilegeReq.privilege");
        Checks.notBlank(objectName, "GrantPrivilegeReq.objectName");
        this.roleName = roleName;
        this.objectType = objectType;
        this.privilege = privilege;
        this.objectName = objectName;
    }

    /** Builds a {@link GrantPrivilegeReq}. */
    public static class GrantPrivilegeReqBuilder {}

    @Override
    public String toString() {
        return "GrantPrivilegeReq{" + "roleName=" + roleName + ", " + "objectType=" + objectType + ", " + "privilege="
                + privilege + ", " + "objectName=" + objectName + "}";
    }
}
