package io.partita.server.engine.core;

import io.partita.server.memory.ResourceGroups;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.ResourceGroupConfig;
import io.partita.server.model.ResourceGroupInfo;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Resource groups and the replicas on them: the group RPCs act on {@link ResourceGroups}, then
 * every loaded collection's replicas follow their groups' nodes (memory already charged stays
 * on the nodes it was charged to until release; growth is charged to the replicas' nodes of
 * the moment, a shrink comes off the nodes that hold the bytes). Checks and texts read in milvus-io/milvus
 * {@code internal/querycoordv2/services.go} (DropResourceGroup, TransferReplica,
 * DescribeResourceGroup) and {@code internal/querycoordv2/meta/replica_manager.go}
 * (TransferReplica, getSrcReplicasAndCheckIfTransferable).
 */
final class ResourceGroupOps {
    private static final String FILE = "resource_groups.properties";

    private final Registry registry;
    private final ResourceGroups groups;
    private final Path file;

    /** {@code dataDir}: where the groups' configurations are kept ({@value #FILE}), read back by {@link #restore}. */
    ResourceGroupOps(Registry registry, ResourceGroups groups, Path dataDir) {
        this.registry = registry;
        this.groups = groups;
        this.file = dataDir.resolve(FILE);
    }

    void create(String name, ResourceGroupConfig config) {
        groups.create(name, config);
        changed();
    }

    void update(Map<String, ResourceGroupConfig> configs) {
        groups.update(configs);
        changed();
    }

    void transferNode(String source, String target, int count) {
        groups.transferNode(source, target, count);
        changed();
    }

    /** At start: the groups kept in the data directory, if any (nodes are redistributed from scratch). */
    void restore() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, ResourceGroupConfig> configs = new LinkedHashMap<>();
        for (String name : list(p.getProperty("groups", ""))) {
            configs.put(
                    name,
                    new ResourceGroupConfig(
                            Integer.parseInt(p.getProperty(name + ".requests", "0")),
                            Integer.parseInt(p.getProperty(name + ".limits", "0")),
                            list(p.getProperty(name + ".transfer_from", "")),
                            list(p.getProperty(name + ".transfer_to", ""))));
        }
        groups.restore(configs);
    }

    private static List<String> list(String csv) {
        return csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }

    /** After a change: loaded replicas follow their groups, and the configurations are kept. */
    private void changed() {
        follow();
        Map<String, ResourceGroupConfig> configs = groups.userConfigs();
        Properties p = new Properties();
        p.setProperty("groups", String.join(",", configs.keySet()));
        configs.forEach((name, c) -> {
            p.setProperty(name + ".requests", Integer.toString(c.requests()));
            p.setProperty(name + ".limits", Integer.toString(c.limits()));
            p.setProperty(name + ".transfer_from", String.join(",", c.transferFrom()));
            p.setProperty(name + ".transfer_to", String.join(",", c.transferTo()));
        });
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp)) {
                p.store(w, "Partita resource groups");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    void drop(String name) {
        for (CollectionRuntime c : registry.all()) {
            c.lock.lock();
            try {
                if (c.replicaGroups.contains(name)) {
                    throw invalid("some replicas still loaded in resource group[" + name + "], release it first: "
                            + "invalid parameter[expected=empty resource group][actual=resource group " + name
                            + " has collection " + c.id() + " loaded]");
                }
            } finally {
                c.lock.unlock();
            }
        }
        groups.drop(name);
        changed();
    }

    void transferReplica(String source, String target, String collection, long count) {
        if (!groups.contains(source)) {
            throw wrap(ResourceGroups.notFound(source), "the source resource group[" + source + "] doesn't exist");
        }
        if (!groups.contains(target)) {
            throw wrap(ResourceGroups.notFound(target), "the target resource group[" + target + "] doesn't exist");
        }
        if (source.equals(target)) {
            throw invalid("source resource group and target resource group should not be the same, resource group: "
                    + source + ": invalid parameter");
        }
        if (count <= 0) {
            throw invalid("invalid parameter[expected=NumReplica > 0][actual=invalid NumReplica " + count + "]");
        }
        CollectionRuntime c = registry.get(collection);
        c.lock.lock();
        try {
            if (c.replicaGroups.isEmpty()) {
                throw invalid("invalid parameter[expected=Collection not loaded][actual=collectionID " + c.id() + "]");
            }
            int inSource = Collections.frequency(c.replicaGroups, source);
            if (inSource < count) {
                throw invalid("invalid parameter[expected=NumReplica not greater than the number of replica in source"
                        + " resource group][actual=only found [" + inSource + "] replicas of collection [" + c.id()
                        + "] in source resource group [" + source + "], but " + count + " require]");
            }
            List<String> next = new ArrayList<>(c.replicaGroups);
            long moved = 0;
            for (int r = 0; r < next.size() && moved < count; r++) {
                if (next.get(r).equals(source)) {
                    next.set(r, target);
                    moved++;
                }
            }
            c.replicaGroups = List.copyOf(next);
            c.groups = groups.place(c.replicaGroups);
        } finally {
            c.lock.unlock();
        }
    }

    List<String> list() {
        return groups.names();
    }

    ResourceGroupInfo describe(String name) {
        int[] nodes = groups.nodes(name);
        Map<String, Integer> loaded = new LinkedHashMap<>();
        for (CollectionRuntime c : registry.all()) {
            c.lock.lock();
            try {
                int n = Collections.frequency(c.replicaGroups, name);
                if (n > 0) {
                    loaded.put(c.name(), n);
                }
            } finally {
                c.lock.unlock();
            }
        }
        List<Long> ids = new ArrayList<>();
        for (int n : nodes) {
            ids.add((long) n + 1);
        }
        return new ResourceGroupInfo(name, groups.capacity(name), loaded, groups.config(name), ids);
    }

    /** Every loaded collection's replicas take their groups' current nodes. */
    private void follow() {
        for (CollectionRuntime c : registry.all()) {
            c.lock.lock();
            try {
                if (!c.replicaGroups.isEmpty()) {
                    c.groups = groups.place(c.replicaGroups);
                }
            } finally {
                c.lock.unlock();
            }
        }
    }

    private static EngineException invalid(String reason) {
        return new EngineException(ErrorCodes.ILLEGAL_ARGUMENT, ErrorCodes.CODE_PARAMETER_INVALID, reason, false);
    }

    private static EngineException wrap(EngineException e, String context) {
        return new EngineException(e.legacyCode(), e.code(), context + ": " + e.reason(), false);
    }
}
