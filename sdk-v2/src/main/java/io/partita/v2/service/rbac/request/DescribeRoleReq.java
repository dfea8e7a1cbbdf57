package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Describes a role: its grants on a database ({@code MilvusClientV2.describeRole}).
 *
 * <p>Immutable; lists are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} (INVALID_PARAMS) naming a missing
 * required field ({@code roleName}).
 */
@Getter
public final class DescribeRoleReq {
    /** The role (required). */
    private final String roleName;
    /** The database whose grants are listed; null or empty for the client's. */
    private final String dbName;

    @Builder
    private DescribeRoleReq(String roleName, String dbName) {
        Checks.notBlank(roleName, "DescribeRoleReq.roleName");
        this.roleName = roleName;
        this.dbName = dbName;
    }

    /** Builds a {@link DescribeRoleReq}. */
    public static class DescribeRoleReqBuilder {}

    @Override
    public String toString() {
        return "DescribeRoleReq{" + "roleName=" + roleName + ", " + "dbName=" + dbName + "}";
    }
}
