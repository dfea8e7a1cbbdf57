package io.partita.common.resourcegroup;

import java.util.Objects;

/** A query node of a resource group: its id, address and host name. Immutable and thread-safe. */
public final class NodeInfo {
    private final Long nodeId;
    private final String address;
    private final String hostname;

    private NodeInfo(Builder b) {
        this.nodeId = b.nodeId;
        this.address = b.address;
        this.hostname = b.hostname;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the node's id */
    public Long getNodeId() {
        return nodeId;
    }

    /** @return the node's address ({@code host:port}) */
    public String getAddress() {
        return address;
    }

    /** @return the node's host name */
    public String getHostname() {
        return hostname;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NodeInfo)) {
            return false;
        }
        NodeInfo n = (NodeInfo) o;
        return Objects.equals(nodeId, n.nodeId)
                && Objects.equals(address, n.address)
                && Objects.equals(hostname, n.hostname);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nodeId, address, hostname);
    }

    @Override
    public String toString() {
        return "NodeInfo{nodeId=" + nodeId + ", address=" + address + ", hostname=" + hostname + "}";
    }

    /** Builder for {@link NodeInfo}; not thread-safe. */
    public static class Builder {
        private Long nodeId;
        private String address;
        private String hostname;

        private Builder() {}

        /**
         * @param nodeId the node's id
         * @return this builder
         */
        public Builder nodeId(Long nodeId) {
            this.nodeId = nodeId;
            return this;
        }

        /**
         * @param address the node's address
         * @return this builder
         */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /**
         * @param hostname the node's host name
         * @return this builder
         */
        public Builder hostname(String hostname) {
            this.hostname = hostname;
            return this;
        }

        /** @return the node */
        public NodeInfo build() {
            return new NodeInfo(this);
        }
    }
}
