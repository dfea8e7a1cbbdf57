package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Revokes a privilege or privilege group granted by {@code grantPrivilegeV2} ({@code MilvusClientV2.revokePrivilegeV2}, Milvus 2.5+).
 *
 * <p>Immutable; lists are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} (INVALID_PARAMS) naming a missing
 * required field ({@code roleName}, {@code privilege}).
 */
@Getter
public final class RevokePrivilegeReqV2 {
    /** The role (required). */
    private final String roleName;
    /** The privilege or privilege group, as Milvus names it (required). */
    private final String privilege;
    /** The database, or * for every database; null for the server's default. */
    private final String dbName;
    /** The collection, or * for every collection; null for every collection. */
    private final String collectionName;

    @Builder
    private RevokePrivilegeReqV2(String roleName, String privilege, String dbName, String collectionName) {
        Checks.notBlank(roleName, "RevokePrivilegeReqV2.roleName");
        Checks.notBlank(privilege, "RevokePrivilegeReqV2.privilege");
        this.roleName = roleName;
        this.privilege = privilege;
        this.dbName = dbName;
        this.collectionName = collectionName;
    }

    /** Builds a {@link RevokePrivilegeReqV2}. */
    public static class RevokePrivilegeReqV2Builder {}

    @Override
    public String toString() {
        return "RevokePrivilegeReqV2{" + "roleName=" + roleName + ", " + "privilege=" + privilege + ", " + "dbName="
                + dbName + ", " + "collectionName=" + collectionName + "}";
    }
}
