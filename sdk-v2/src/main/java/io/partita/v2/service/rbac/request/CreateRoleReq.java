package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Creates a role ({@code MilvusClientV2.createRole}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_String roleName}) naming a missing required field.
 */
@Getter
public final class CreateRoleReq {
    /** The role (required). */
    private final String roleName;

    @Builder
    private CreateRoleReq(String roleName) {
        Checks.notBlank(roleName, "CreateRoleReq.roleName");
        this.roleName = roleName;
    }

    /** Builds a {@link CreateRoleReq}. */
    public static class CreateRoleReqBuilder {}

    @Override
    public String toString() {
        return "CreateRoleReq{" + "roleName=" + roleName + "}";
    }
}
