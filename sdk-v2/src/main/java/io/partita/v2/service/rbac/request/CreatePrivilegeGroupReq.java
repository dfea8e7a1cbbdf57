package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Creates an empty privilege group ({@code MilvusClientV2.createPrivilegeGroup}, Milvus 2.5+).
 *
 * <p>Immutable; lists are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} (INVALID_PARAMS) naming a missing
 * required field ({@code groupName}).
 */
@Getter
public final class CreatePrivilegeGroupReq {
    /** The group (required). */
    private final String groupName;

    @Builder
    private CreatePrivilegeGroupReq(String groupName) {
        Checks.notBlank(groupName, "CreatePrivilegeGroupReq.groupName");
        this.groupName = groupName;
    }

    /** Builds a {@link CreatePrivilegeGroupReq}. */
    public static class CreatePrivilegeGroupReqBuilder {}

    @Override
    public String toString() {
        return "CreatePrivilegeGroupReq{" + "groupName=" + groupName + "}";
    }
}
