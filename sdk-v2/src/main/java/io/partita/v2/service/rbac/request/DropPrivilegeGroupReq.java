package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Drops a privilege group ({@code MilvusClientV2.dropPrivilegeGroup}, Milvus 2.5+); the server refuses one still granted to a role.
 *
 * <p>Immutable; lists are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} (INVALID_PARAMS) naming a missing
 * required field ({@code groupName}).
 */
@Getter
public final class DropPrivilegeGroupReq {
    /** The group (required). */
    private final String groupName;

    @Builder
    private DropPrivilegeGroupReq(String groupName) {
        Checks.notBlank(groupName, "DropPrivilegeGroupReq.groupName");
        this.groupName = groupName;
    }

    /** Builds a {@link DropPrivilegeGroupReq}. */
    public static class DropPrivilegeGroupReqBuilder {}

    @Override
    public String toString() {
        return "DropPrivilegeGroupReq{" + "groupName=" + groupName + "}";
    }
}
