package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Replaces a role's description ({@code MilvusClientV2.alterRole}, Milvus 2.6's AlterRole); an
 * empty description (the default, as in the official {@code AlterRoleReq}) clears it.
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class AlterRoleReq {
    /** The role (required). */
    private final String roleName;
    /** The new description; empty (the default) clears it. */
    private final String description;

    @Builder
    private AlterRoleReq(String roleName, String description) {
        Checks.notBlank(roleName, "AlterRoleReq.roleName");
        this.roleName = roleName;
        this.description = description == null ? "" : description;
    }

    /** Builds an {@link AlterRoleReq}. */
    public static class AlterRoleReqBuilder {}

    @Override
    public String toString() {
        return "AlterRoleReq{roleName=" + roleName + ", description=" + description + "}";
    }
}
