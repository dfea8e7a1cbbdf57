package io.partita.param.resourcegroup;

import io.partita.param.ParamUtils;

/**
 * Describes a resource group: its nodes, replicas and configuration ({@code MilvusClient.describeResourceGroup}); Milvus 2.3+.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} naming an empty group name.
 */
public final class DescribeResourceGroupParam {
    private final String groupName;

    private DescribeResourceGroupParam(Builder builder) {
        this.groupName =
                ParamUtils.checkNotEmpty(builder.groupName, "groupName").trim();
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the resource group, trimmed */
    public String getGroupName() {
        return groupName;
    }

    @Override
    public String toString() {
        return "DescribeResourceGroupParam{groupName=" + groupName + "}";
    }

    /** Builder for {@link DescribeResourceGroupParam}; not thread-safe. */
    public static final class Builder {
        private String groupName;

        private Builder() {}

        /**
         * @param groupName the resource group; required, not empty
         * @return this builder
         */
        public Builder withGroupName(String groupName) {
            this.groupName = groupName;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DescribeResourceGroupParam build() {
            return new DescribeResourceGroupParam(this);
        }
    }
}
