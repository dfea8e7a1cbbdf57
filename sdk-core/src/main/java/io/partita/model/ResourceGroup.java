package io.partita.model;

import io.partita.common.resourcegroup.NodeInfo;
import io.partita.common.resourcegroup.ResourceGroupConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resource group as DescribeResourceGroup answers it: its name, capacity, available nodes, the
 * replicas loaded in it per collection, the nodes lent to and borrowed from other groups per
 * collection, its configuration and its nodes.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name; the configuration and the nodes are the
 * {@code io.partita.common.resourcegroup} values (the official protocol classes of the same simple
 * names carry the same fields). Maps and lists are unmodifiable.
 */
public final class ResourceGroup {
    private final String name;
    private final int capacity;
    private final int numAvailableNode;
    private final Map<String, Integer> numLoadedReplica;
    private final Map<String, Integer> numOutgoingNode;
    private final Map<String, Integer> numIncomingNode;
    private final ResourceGroupConfig config;
    private final List<NodeInfo> nodes;

    private ResourceGroup(Builder b) {
        this.name = b.name;
        this.capacity = b.capacity;
        this.numAvailableNode = b.numAvailableNode;
        this.numLoadedReplica = Collections.unmodifiableMap(new LinkedHashMap<>(b.numLoadedReplica));
        this.numOutgoingNode = Collections.unmodifiableMap(new LinkedHashMap<>(b.numOutgoingNode));
        this.numIncomingNode = Collections.unmodifiableMap(new LinkedHashMap<>(b.numIncomingNode));
        this.config = b.config == null ? ResourceGroupConfig.newBuilder().build() : b.config;
        this.nodes = Collections.unmodifiableList(new ArrayList<>(b.nodes));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the group's name */
    public String getName() {
        return name;
    }
    /** @return the number of nodes the group holds (Milvus 2.3's capacity) */
    public int getCapacity() {
        return capacity;
    }
    /** @return the number of nodes available in the group */
    public int getNumAvailableNode() {
        return numAvailableNode;
    }
    /** @return collection name → replicas loaded in this group */
    public Map<String, Integer> getNumLoadedReplicaMap() {
        return numLoadedReplica;
    }
    /** @return collection name → nodes of other groups this group's replicas use */
    public Map<String, Integer> getNumOutgoingNodeMap() {
        return numOutgoingNode;
    }
    /** @return collection name → nodes of this group that other groups' replicas use */
    public Map<String, Integer> getNumIncomingNodeMap() {
        return numIncomingNode;
    }
    /** @return the group's configuration (Milvus 2.4+; empty from older servers) */
    public ResourceGroupConfig getConfig() {
        return config;
    }
    /** @return always {@code true}: an absent configuration reads as an empty one */
    public boolean hasConfig() {
        return true;
    }
    /** @return the group's query nodes; unmodifiable */
    public List<NodeInfo> getNodesList() {
        return nodes;
    }
    /** @return the number of query nodes listed */
    public int getNodesCount() {
        return nodes.size();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ResourceGroup)) {
            return false;
        }
        ResourceGroup g = (ResourceGroup) o;
        return name.equals(g.name)
                && capacity == g.capacity
                && numAvailableNode == g.numAvailableNode
                && numLoadedReplica.equals(g.numLoadedReplica)
                && numOutgoingNode.equals(g.numOutgoingNode)
                && numIncomingNode.equals(g.numIncomingNode)
                && config.equals(g.config)
                && nodes.equals(g.nodes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, capacity, numAvailableNode, numLoadedReplica, config, nodes);
    }

    @Override
    public String toString() {
        return "ResourceGroup{name=" + name + ", capacity=" + capacity + ", numAvailableNode=" + numAvailableNode
                + ", numLoadedReplica=" + numLoadedReplica + ", numOutgoingNode=" + numOutgoingNode
                + ", numIncomingNode=" + numIncomingNode + ", config=" + config + ", nodes=" + nodes + "}";
    }

    /** Builder for {@link ResourceGroup}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private String name = "";
        private int capacity;
        private int numAvailableNode;
        private final Map<String, Integer> numLoadedReplica = new LinkedHashMap<>();
        private final Map<String, Integer> numOutgoingNode = new LinkedHashMap<>();
        private final Map<String, Integer> numIncomingNode = new LinkedHashMap<>();
        private ResourceGroupConfig config;
        private final List<NodeInfo> nodes = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the group's name; not null
         * @return this builder
         */
        public Builder setName(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }
        /**
         * @param value the number of nodes the group holds
         * @return this builder
         */
        public Builder setCapacity(int value) {
            this.capacity = value;
            return this;
        }
        /**
         * @param value the number of available nodes
         * @return this builder
         */
        public Builder setNumAvailableNode(int value) {
            this.numAvailableNode = value;
            return this;
        }
        /**
         * @param values collection name → loaded replicas, added
         * @return this builder
         */
        public Builder putAllNumLoadedReplica(Map<String, Integer> values) {
            numLoadedReplica.putAll(values);
            return this;
        }
        /**
         * @param values collection name → nodes borrowed, added
         * @return this builder
         */
        public Builder putAllNumOutgoingNode(Map<String, Integer> values) {
            numOutgoingNode.putAll(values);
            return this;
        }
        /**
         * @param values collection name → nodes lent, added
         * @return this builder
         */
        public Builder putAllNumIncomingNode(Map<String, Integer> values) {
            numIncomingNode.putAll(values);
            return this;
        }
        /**
         * @param value the group's configuration; not null
         * @return this builder
         */
        public Builder setConfig(ResourceGroupConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }
        /**
         * @param value a query node appended; not null
         * @return this builder
         */
        public Builder addNodes(NodeInfo value) {
            nodes.add(Objects.requireNonNull(value, "nodes"));
            return this;
        }

        /** @return a new immutable {@code ResourceGroup} holding this builder's values */
        public ResourceGroup build() {
            return new ResourceGroup(this);
        }
    }
}
