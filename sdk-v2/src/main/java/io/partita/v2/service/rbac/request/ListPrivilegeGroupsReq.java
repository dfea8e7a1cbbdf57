package io.partita.v2.service.rbac.request;

import lombok.Builder;

/**
 * Lists the privilege groups ({@code MilvusClientV2.listPrivilegeGroups}, Milvus 2.5+). The request has no field.
 *
 * <p>Immutable.
 */
public final class ListPrivilegeGroupsReq {
    @Builder
    private ListPrivilegeGroupsReq() {}

    /** Builds a {@link ListPrivilegeGroupsReq}. */
    public static class ListPrivilegeGroupsReqBuilder {}

    @Override
    public String toString() {
        return "ListPrivilegeGroupsReq{}";
    }
}
