package io.partita.model;

import java.util.Objects;

/**
 * The answer to DescribeResourceGroup: the group's {@link ResourceGroup} description.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 */
public final class DescribeResourceGroupResponse extends StatusAnswer {
    private final ResourceGroup resourceGroup;

    private DescribeResourceGroupResponse(Builder b) {
        super(b.status);
        this.resourceGroup =
                b.resourceGroup == null ? ResourceGroup.newBuilder().build() : b.resourceGroup;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the group described (empty on a failure) */
    public ResourceGroup getResourceGroup() {
        return resourceGroup;
    }

    /** @return always {@code true}: an absent group reads as an empty one */
    public boolean hasResourceGroup() {
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DescribeResourceGroupResponse
                && status.equals(((DescribeResourceGroupResponse) o).status)
                && resourceGroup.equals(((DescribeResourceGroupResponse) o).resourceGroup);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, resourceGroup);
    }

    @Override
    public String toString() {
        return "DescribeResourceGroupResponse{status=" + status + ", resourceGroup=" + resourceGroup + "}";
    }

    /** Builder for {@link DescribeResourceGroupResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private ResourceGroup resourceGroup;

        private Builder() {}

        /**
         * @param value the outcome of the call; must not be null
         * @return this builder
         */
        public Builder setStatus(Status value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /**
         * @param value the group described; must not be null
         * @return this builder
         */
        public Builder setResourceGroup(ResourceGroup value) {
            this.resourceGroup = Objects.requireNonNull(value, "resourceGroup");
            return this;
        }

        /** @return a new immutable {@code DescribeResourceGroupResponse} holding this builder's values */
        public DescribeResourceGroupResponse build() {
            return new DescribeResourceGroupResponse(this);
        }
    }
}
