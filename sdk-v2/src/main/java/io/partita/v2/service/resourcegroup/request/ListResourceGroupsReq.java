package io.partita.v2.service.resourcegroup.request;

import lombok.Builder;

/** Lists the resource groups ({@code MilvusClientV2.listResourceGroups}); it has no field. */
public final class ListResourceGroupsReq {
    @Builder
    private ListResourceGroupsReq() {}

    /** Builds a {@link ListResourceGroupsReq}. */
    public static class ListResourceGroupsReqBuilder {}

    @Override
    public String toString() {
        return "ListResourceGroupsReq{}";
    }
}
