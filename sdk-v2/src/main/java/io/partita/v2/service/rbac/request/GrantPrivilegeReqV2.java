package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Grants a role a privilege or privilege group by its level ({@code MilvusClientV2.grantPrivilegeV2}, Milvus 2.5+): a cluster privilege applies to every database, a database privilege to {@code dbName}, a collection privilege to {@code collectionName}.
 *
 * <p>Immutable; lists are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} (INVALID_PARAMS) naming a missing
 * required field ({@code roleName}, {@code privilege}).
 */
@Getter
public final class GrantPrivilegeReqV2 {
    /** The role (required). */
    private final String roleName;
    /** The privilege or privilege group, as Milvus names it (required). */
    private final String privilege;
    /** The database, or * for every database; null for the server's default. */
    private final String dbName;
    /** The collection, or * for every collection; null for every collection. */
    private final String collectionName;

    @Builder
    private GrantPrivilegeReqV2(String roleName, String privilege, String dbName, String collectionName) {
        Checks.notBlank(roleName, "GrantPrivilegeReqV2.roleName");
        Checks.notBlank(privilege, "GrantPrivilegeReqV2.privilege");
        this.roleName = roleName;
        this.privilege = privilege;
        this.dbName = dbName;
        this.collectionName = collectionName;
    }

    /** Builds a {@link GrantPrivilegeReqV2}. */
    public static class GrantPrivilegeReqV2Builder {}

    @Override
    public String toString() {
        return "GrantPrivilegeReqV2{" + "roleName=" + roleName + ", " + "privilege=" + privilege + ", " + "dbName="
                + dbName + ", " + "collectionName=" + collectionName + "}";
    }
}
