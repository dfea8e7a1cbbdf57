package io.partita.v2.service.resourcegroup.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Drops a resource group, which must hold no node and no replica ({@code MilvusClientV2.dropResourceGroup}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DropResourceGroupReq {
    /** The resource group (required). */
    private final String groupName;

    @Builder
    private DropResourceGroupReq(String groupName) {
        Checks.notBlank(groupName, "DropResourceGroupReq.groupName");
        this.groupName = groupName;
    }

    /** Builds a {@link DropResourceGroupReq}. */
    public static class DropResourceGroupReqBuilder {}

    @Override
    public String toString() {
        return "DropResourceGroupReq{groupName=" + groupName + "}";
    }
}
