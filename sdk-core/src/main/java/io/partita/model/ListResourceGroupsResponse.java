package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to ListResourceGroups: the names of the resource groups, the default one
 * ({@code __default_resource_group}) included.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 */
public final class ListResourceGroupsResponse extends StatusAnswer {
    private final List<String> resourceGroups;

    private ListResourceGroupsResponse(Builder b) {
        super(b.status);
        this.resourceGroups = Collections.unmodifiableList(new ArrayList<>(b.resourceGroups));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the group names, in the server's order; unmodifiable */
    public List<String> getResourceGroupsList() {
        return resourceGroups;
    }

    /** @return the number of groups */
    public int getResourceGroupsCount() {
        return resourceGroups.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListResourceGroupsResponse
                && status.equals(((ListResourceGroupsResponse) o).status)
                && resourceGroups.equals(((ListResourceGroupsResponse) o).resourceGroups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, resourceGroups);
    }

    @Override
    public String toString() {
        return "ListResourceGroupsResponse{status=" + status + ", resourceGroups=" + resourceGroups + "}";
    }

    /** Builder for {@link ListResourceGroupsResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private final List<String> resourceGroups = new ArrayList<>();

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
         * @param values group names appended, in order; none may be null
         * @return this builder
         */
        public Builder addAllResourceGroups(Iterable<String> values) {
            values.forEach(v -> resourceGroups.add(Objects.requireNonNull(v, "resourceGroups")));
            return this;
        }

        /** @return a new immutable {@code ListResourceGroupsResponse} holding this builder's values */
        public ListResourceGroupsResponse build() {
            return new ListResourceGroupsResponse(this);
        }
    }
}
