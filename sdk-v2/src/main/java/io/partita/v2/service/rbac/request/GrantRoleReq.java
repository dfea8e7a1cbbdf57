package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Binds a user to a role ({@code MilvusClientV2.grantRole}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_String userName, String roleName}) naming a missing required field.
 */
@Getter
public final class GrantRoleReq {
    /** The user (required). */
    private final String userName;
    /** The role (required). */
    private final String roleName;

    @Builder
    private GrantRoleReq(String userName, String roleName) {
        Checks.notBlank(userName, "GrantRoleReq.userName");
        Checks.notBlank(roleName, "GrantRoleReq.roleName");
        this.userName = userName;
        this.roleName = roleName;
    }

    /** Builds a {@link GrantRoleReq}. */
    public static class GrantRoleReqBuilder {}

    @Override
    public String toString() {
        return "GrantRoleReq{" + "userName=" + userName + ", " + "roleName=" + roleName + "}";
    }
}
