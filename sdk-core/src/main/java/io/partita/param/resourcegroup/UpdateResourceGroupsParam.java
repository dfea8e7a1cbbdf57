package io.partita.param.resourcegroup;

import io.partita.common.resourcegroup.ResourceGroupConfig;
import io.partita.exception.ParamException;
import io.partita.param.ParamUtils;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replaces the configuration of resource groups ({@code MilvusClient.updateResourceGroups});
 * Milvus 2.4+.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} when no group is given.
 */
public final class UpdateResourceGroupsParam {
    private final Map<String, ResourceGroupConfig> resourceGroups;

    private UpdateResourceGroupsParam(Builder builder) {
        if (builder.resourceGroups.isEmpty()) {
            throw new ParamException("resourceGroups must not be empty");
        }
        this.resourceGroups = Collections.unmodifiableMap(new LinkedHashMap<>(builder.resourceGroups));
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return each group's new configuration, in the order given; unmodifiable */
    public Map<String, ResourceGroupConfig> getResourceGroups() {
        return resourceGroups;
    }

    @Override
    public String toString() {
        return "UpdateResourceGroupsParam{resourceGroups=" + resourceGroups + "}";
    }

    /** Builder for {@link UpdateResourceGroupsParam}; not thread-safe. */
    public static final class Builder {
        private final Map<String, ResourceGroupConfig> resourceGroups = new LinkedHashMap<>();

        private Builder() {}

        /**
         * @param groupName the resource group; not empty
         * @param config its new configuration; not null
         * @return this builder
         * @throws io.partita.exception.ParamException naming the empty name or the missing config
         */
        public Builder putResourceGroup(String groupName, ResourceGroupConfig config) {
            resourceGroups.put(
                    ParamUtils.checkNotEmpty(groupName, "groupName").trim(), ParamUtils.checkNotNull(config, "config"));
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException when no group was put
         */
        public UpdateResourceGroupsParam build() {
            return new UpdateResourceGroupsParam(this);
        }
    }
}
