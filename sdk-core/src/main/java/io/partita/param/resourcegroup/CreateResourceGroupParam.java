package io.partita.param.resourcegroup;

import io.partita.common.resourcegroup.ResourceGroupConfig;
import io.partita.param.ParamUtils;

/**
 * Creates a resource group ({@code MilvusClient.createResourceGroup}); Milvus 2.3+, the
 * configuration 2.4+.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} naming an empty group name.
 */
public final class CreateResourceGroupParam {
    private final String groupName;
    private final ResourceGroupConfig config;

    private CreateResourceGroupParam(Builder builder) {
        this.groupName =
                ParamUtils.checkNotEmpty(builder.groupName, "groupName").trim();
        this.config = builder.config;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the configuration, or {@code null} for the server's default (no requests, no limits) */
    public ResourceGroupConfig getConfig() {
        return config;
    }

    @Override
    public String toString() {
        return "CreateResourceGroupParam{groupName=" + groupName + ", config=" + config + "}";
    }

    /** @return the resource group, trimmed */
    public String getGroupName() {
        return groupName;
    }

    /** Builder for {@link CreateResourceGroupParam}; not thread-safe. */
    public static final class Builder {
        private String groupName;
        private ResourceGroupConfig config;

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
         * @param config the group's node requests, limits and transfer preferences; optional
         * @return this builder
         */
        public Builder withConfig(ResourceGroupConfig config) {
            this.config = config;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public CreateResourceGroupParam build() {
            return new CreateResourceGroupParam(this);
        }
    }
}
