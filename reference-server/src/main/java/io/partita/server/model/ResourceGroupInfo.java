package io.partita.server.model;

import java.util.List;
import java.util.Map;

/**
 * One resource group as DescribeResourceGroup shows it.
 *
 * @param capacity the default group's fixed capacity, else its requests
 * @param loadedReplicas collection name to the number of its replicas in this group
 * @param nodeIds the group's query nodes (wire ids, from 1)
 */
public record ResourceGroupInfo(
        String name,
        int capacity,
        Map<String, Integer> loadedReplicas,
        ResourceGroupConfig config,
        List<Long> nodeIds) {
    public ResourceGroupInfo {
        loadedReplicas = Map.copyOf(loadedReplicas);
        nodeIds = List.copyOf(nodeIds);
    }
}
