package io.partita.v2.service.resourcegroup.request;

import io.partita.common.resourcegroup.ResourceGroupConfig;
import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Creates a resource group ({@code MilvusClientV2.createResourceGroup}); Milvus 2.3+, the
 * configuration 2.4+.
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class CreateResourceGroupReq {
    /** The resource group (required). */
    private final String groupName;
    /** Its node requests, limits and transfer preferences; {@code null} for the server's default. */
    private final ResourceGroupConfig config;

    @Builder
    private CreateResourceGroupReq(String groupName, ResourceGroupConfig config) {
        Checks.notBlank(groupName, "CreateResourceGroupReq.groupName");
        this.groupName = groupName;
        this.config = config;
    }

    /** Builds a {@link CreateResourceGroupReq}. */
    public static class CreateResourceGroupReqBuilder {}

    @Override
    public String toString() {
        return "CreateResourceGroupReq{groupName=" + groupName + ", config=" + config + "}";
    }
}
