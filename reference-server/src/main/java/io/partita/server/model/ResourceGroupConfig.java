package io.partita.server.model;

import java.util.List;

/**
 * A resource group's configuration (rg.proto {@code ResourceGroupConfig}, without node filters).
 *
 * @param requests nodes the group wants at least
 * @param limits nodes the group holds at most
 * @param transferFrom groups to take missing nodes from first
 * @param transferTo groups to give redundant nodes to first
 */
public record ResourceGroupConfig(int requests, int limits, List<String> transferFrom, List<String> transferTo) {
    public ResourceGroupConfig {
        transferFrom = List.copyOf(transferFrom);
        transferTo = List.copyOf(transferTo);
    }

    public static ResourceGroupConfig of(int requests, int limits) {
        return new ResourceGroupConfig(requests, limits, List.of(), List.of());
    }

    /** The configuration as Milvus prints it in a refusal. */
    public String text() {
        return "requests:{node_num:" + requests + "} limits:{node_num:" + limits + "}";
    }
}
