package io.partita.v2.service.resourcegroup.request;

import io.partita.common.resourcegroup.ResourceGroupConfig;
import io.partita.v2.internal.Checks;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Replaces the configuration of resource groups ({@code MilvusClientV2.updateResourceGroups});
 * Milvus 2.4+.
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) when no group is given.
 */
@Getter
public final class UpdateResourceGroupsReq {
    /** Group name → its new configuration (required, not empty); unmodifiable. */
    private final Map<String, ResourceGroupConfig> resourceGroups;

    @Builder
    private UpdateResourceGroupsReq(Map<String, ResourceGroupConfig> resourceGroups) {
        Checks.notNull(resourceGroups, "UpdateResourceGroupsReq.resourceGroups");
        if (resourceGroups.isEmpty()) {
            throw Checks.invalid("UpdateResourceGroupsReq.resourceGroups must not be empty");
        }
        this.resourceGroups = Checks.copy(resourceGroups);
    }

    /** Builds an {@link UpdateResourceGroupsReq}. */
    public static class UpdateResourceGroupsReqBuilder {}

    @Override
    public String toString() {
        return "UpdateResourceGroupsReq{resourceGroups=" + resourceGroups + "}";
    }
}
