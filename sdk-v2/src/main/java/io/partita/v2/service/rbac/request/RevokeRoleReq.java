package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Unbinds a user from a role ({@code MilvusClientV2.revokeRole}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_String userName, String roleName}) naming a missing required field.
 */
@Getter
public final class RevokeRoleReq {
    /** The user (required). */
    private final String userName;
    /** The role (required). */
    private final String roleName;

    @Builder
    private RevokeRoleReq(String userName, String roleName) {
        Checks.notBlank(userName, "RevokeRoleReq.userName");
        Checks.notBlank(roleName, "RevokeRoleReq.roleName");
        this.userName = userName;
        this.roleName = roleName;
    }

    /** Builds a {@link RevokeRoleReq}. */
    public static class RevokeRoleReqBuilder {}

    @Override
    public String toString() {
        return "RevokeRoleReq{" + "userName=" + userName + ", " + "roleName=" + roleName + "}";
    }
}
