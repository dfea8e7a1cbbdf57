package io.partita.common.resourcegroup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A resource group's configuration (Milvus 2.4+): how many query nodes it requests and at most
 * holds, and the groups it prefers to take missing nodes from and to give spare nodes to.
 * Immutable and thread-safe; the lists are unmodifiable.
 */
public final class ResourceGroupConfig {
    private final ResourceGroupLimit requests;
    private final ResourceGroupLimit limits;
    private final List<ResourceGroupTransfer> from;
    private final List<ResourceGroupTransfer> to;

    private ResourceGroupConfig(Builder b) {
        this.requests = b.requests == null ? new ResourceGroupLimit(0) : b.requests;
        this.limits = b.limits == null ? new ResourceGroupLimit(0) : b.limits;
        this.from = Collections.unmodifiableList(new ArrayList<>(b.from));
        this.to = Collections.unmodifiableList(new ArrayList<>(b.to));
    }

    /** @return a new builder: no requests, no limits, no transfers */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the query nodes the group requests */
    public ResourceGroupLimit getRequests() {
        return requests;
    }

    /** @return the most query nodes the group holds */
    public ResourceGroupLimit getLimits() {
        return limits;
    }

    /** @return the groups missing nodes are taken from first; unmodifiable */
    public List<ResourceGroupTransfer> getFrom() {
        return from;
    }

    /** @return the groups spare nodes are given to first; unmodifiable */
    public List<ResourceGroupTransfer> getTo() {
        return to;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ResourceGroupConfig)) {
            return false;
        }
        ResourceGroupConfig c = (ResourceGroupConfig) o;
        return requests.equals(c.requests) && limits.equals(c.limits) && from.equals(c.from) && to.equals(c.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requests, limits, from, to);
    }

    @Override
    public String toString() {
        return "ResourceGroupConfig{requests=" + requests.getNodeNum() + ", limits=" + limits.getNodeNum() + ", from="
                + from + ", to=" + to + "}";
    }

    /** Builder for {@link ResourceGroupConfig}; not thread-safe. */
    public static final class Builder {
        private ResourceGroupLimit requests;
        private ResourceGroupLimit limits;
        private final List<ResourceGroupTransfer> from = new ArrayList<>();
        private final List<ResourceGroupTransfer> to = new ArrayList<>();

        private Builder() {}

        /**
         * @param requests the query nodes the group requests
         * @return this builder
         */
        public Builder withRequests(ResourceGroupLimit requests) {
            this.requests = requests;
            return this;
        }

        /**
         * @param limits the most query nodes the group holds
         * @return this builder
         */
        public Builder withLimits(ResourceGroupLimit limits) {
            this.limits = limits;
            return this;
        }

        /**
         * @param from the groups to take missing nodes from first (replaces earlier ones)
         * @return this builder
         */
        public Builder withFrom(List<ResourceGroupTransfer> from) {
            this.from.clear();
            if (from != null) {
                from.forEach(t -> this.from.add(Objects.requireNonNull(t, "from")));
            }
            return this;
        }

        /**
         * @param to the groups to give spare nodes to first (replaces earlier ones)
         * @return this builder
         */
        public Builder withTo(List<ResourceGroupTransfer> to) {
            this.to.clear();
            if (to != null) {
                to.forEach(t -> this.to.add(Objects.requireNonNull(t, "to")));
            }
            return this;
        }

        /** @return the configuration */
        public ResourceGroupConfig build() {
            return new ResourceGroupConfig(this);
        }
    }
}
