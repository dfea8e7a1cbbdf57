package io.partita.server.model;

/**
 * Memory of one simulated query node.
 *
 * @param capacityBytes the configured memory limit of the node
 * @param usedBytes bytes of loaded data charged to the node
 */
public record QueryNodeMetrics(long nodeId, long capacityBytes, long usedBytes, long mmapBytes) {
    /** A node without memory-mapped data. */
    public QueryNodeMetrics(long nodeId, long capacityBytes, long usedBytes) {
        this(nodeId, capacityBytes, usedBytes, 0);
    }
}
