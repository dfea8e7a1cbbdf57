package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Drops a role ({@code MilvusClientV2.dropRole}); with {@code forceDrop} its grants go with it.
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_String roleName, boolean forceDrop}) naming a missing required field.
 */
@Getter
public final class DropRoleReq {
    /** The role (required). */
    private final String roleName;
    /** Whether the role's grants are revoked with it. */
    private final boolean forceDrop;

    @Builder
    private DropRoleReq(String roleName, boolean forceDrop) {
        Checks.notBlank(roleName, "DropRoleReq.roleName");
        this.roleName = roleName;
        this.forceDrop = forceDrop;
    }

    /** Builds a {@link DropRoleReq}. */
    public static class DropRoleReqBuilder {}

    @Override
    public String toString() {
        return "DropRoleReq{" + "roleName=" + roleName + ", " + "forceDrop=" + forceDrop + "}";
    }
}
