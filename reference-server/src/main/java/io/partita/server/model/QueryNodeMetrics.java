package io.partita.server.model;

/**
 * Memory of one simulated query node.
 *
 * @param capacityBytes the configured memory limit of the node
 * @param usedBytes bytes of loaded data charged to the node
 */
public record QueryNodeMetrics(long nodeId, long capacityBytes, long usedBytes) {}
