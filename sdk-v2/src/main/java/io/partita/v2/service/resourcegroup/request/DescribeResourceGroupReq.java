package io.partita.v2.service.resourcegroup.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Describes a resource group ({@code MilvusClientV2.describeResourceGroup}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DescribeResourceGroupReq {
    /** The resource group (required). */
    private final String groupName;

    @Builder
    private DescribeResourceGroupReq(String groupName) {
        Checks.notBlank(groupName, "DescribeResourceGroupReq.groupName");
        this.groupName = groupName;
    }

    /** Builds a {@link DescribeResourceGroupReq}. */
    public static class DescribeResourceGroupReqBuilder {}

    @Override
    public String toString() {
        return "DescribeResourceGroupReq{groupName=" + groupName + "}";
    }
}
