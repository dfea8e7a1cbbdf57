/**
 * The memory model of the simulated query nodes: {@link io.partita.server.memory.QueryNodes}
 * places replicas and charges loaded bytes against each node, {@link
 * io.partita.server.memory.ResourceGroups} divides the nodes into Milvus's resource groups, and
 * {@code RamUsage} estimates the bytes of in-memory structures. Thread-safe; it imports only the model package.
 */
package io.partita.server.memory;
