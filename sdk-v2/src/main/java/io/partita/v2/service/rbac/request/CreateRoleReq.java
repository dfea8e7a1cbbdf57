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
    /** The role's description (Milvus 2.6 keeps it; gRPC only); empty (the default) for none. */
    private final String description;

    @Builder
    private CreateRoleReq(String roleName, String description) {
        Checks.notBlank(roleName, "CreateRoleReq.roleName");
        this.roleName = roleName;
        this.description = description == null ? "" : description;
    }

    /** Builds a {@link CreateRoleReq}. */
    public static class CreateRoleReqBuilder {}

    @Override
    public String toString() {
        return "CreateRoleReq{" + "roleName=" + roleName + ", description=" + description + "}";
    }
}
