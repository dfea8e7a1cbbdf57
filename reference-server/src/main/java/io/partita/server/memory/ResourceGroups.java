package io.partita.server.memory;

import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.ResourceGroupConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Milvus's resource groups over the simulated query nodes (node ids 0-based here, {@code +1} on
 * the wire): every node belongs to exactly one group; {@value #DEFAULT} always exists, holds
 * every node at start and takes the nodes no other group wants. Groups are declarative as in
 * Milvus 2.4+: each has {@code requests} and {@code limits} node numbers, and after every change
 * the nodes are redistributed (a group below its requests takes nodes from groups above theirs,
 * a group above its limits gives nodes away, to the default group last). Thread-safe.
 *
 * <p>Rules and texts read in milvus-io/milvus {@code internal/querycoordv2/meta/resource_manager.go}
 * (AddResourceGroup, UpdateResourceGroups, TransferNode, RemoveResourceGroup,
 * validateResourceGroupConfig, validateResourceGroupIsDeletable), {@code pkg/util/merr/errors.go}
 * (codes 300-304) and {@code internal/proxy/validate_util.go} (ValidateResourceGroupName).
 */
public final class ResourceGroups {
    /** The group Milvus always has. */
    public static final String DEFAULT = "__default_resource_group";
    /** The default group's capacity (and limits) in Milvus: {@code defaultResourceGroupCapacity}. */
    public static final int DEFAULT_CAPACITY = 1_000_000;
    /** {@code quotaAndLimits.limits.maxResourceGroupNumOfQueryNode}'s default. */
    public static final int MAX_GROUPS = 1024;
    /** {@code proxy.maxNameLength}'s default. */
    private static final int MAX_NAME_LENGTH = 255;

    static final int CODE_NOT_FOUND = 300;
    static final int CODE_ALREADY_EXIST = 301;
    static final int CODE_REACH_LIMIT = 302;
    static final int CODE_ILLEGAL_CONFIG = 303;
    static final int CODE_NODE_NOT_ENOUGH = 304;

    private static final class Group {
        ResourceGroupConfig config;
        final TreeSet<Integer> nodes = new TreeSet<>();

        Group(ResourceGroupConfig config) {
            this.config = config;
        }

        int missing() {
            return Math.max(0, config.requests() - nodes.size());
        }

        int redundant() {
            return Math.max(0, nodes.size() - config.limits());
        }

        int oversized() {
            return Math.max(0, nodes.size() - config.requests());
        }

        int belowLimit() {
            return Math.max(0, config.limits() - nodes.size());
        }
    }

    private final Map<String, Group> groups = new LinkedHashMap<>();

    /** {@code nodeCount} nodes, all in the default group. */
    public ResourceGroups(int nodeCount) {
        Group def = new Group(ResourceGroupConfig.of(0, DEFAULT_CAPACITY));
        for (int n = 0; n < nodeCount; n++) {
            def.nodes.add(n);
        }
        groups.put(DEFAULT, def);
    }

    /**
     * CreateResourceGroup. {@code config} null = requests and limits 0 (an old client); creating
     * an existing group with the same configuration succeeds.
     */
    public synchronized void create(String name, ResourceGroupConfig config) {
        checkName(name);
        ResourceGroupConfig cfg = config == null ? ResourceGroupConfig.of(0, 0) : config;
        Group existing = groups.get(name);
        if (existing != null) {
            if (existing.config.equals(cfg)) {
                return;
            }
            throw new EngineException(
                    ErrorCodes.UNEXPECTED_ERROR,
                    CODE_ALREADY_EXIST,
                    "resource group already exist, but create with different config[rg=" + name + "]",
                    false);
        }
        if (groups.size() >= MAX_GROUPS) {
            throw new EngineException(
                    ErrorCodes.UNEXPECTED_ERROR,
                    CODE_REACH_LIMIT,
                    "resource group num reach limit[rg=" + name + "][limit=" + MAX_GROUPS + "]",
                    false);
        }
        validate(name, cfg);
        groups.put(name, new Group(cfg));
        recover();
    }

    /** UpdateResourceGroups: all or nothing. */
    public synchronized void update(Map<String, ResourceGroupConfig> configs) {
        for (Map.Entry<String, ResourceGroupConfig> e : configs.entrySet()) {
            group(e.getKey());
            validate(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, ResourceGroupConfig> e : configs.entrySet()) {
            groups.get(e.getKey()).config = e.getValue();
        }
        recover();
    }

    /**
     * DropResourceGroup (the caller has checked that no replica uses it): a missing group is
     * dropped already; the default group, a group whose limits are not 0 and a group another
     * group transfers from or to are refused. Its nodes go back to the other groups.
     */
    public synchronized void drop(String name) {
        Group g = groups.get(name);
        if (g == null) {
            return;
        }
        if (DEFAULT.equals(name)) {
            throw invalid("default resource group is not deletable: invalid parameter"
                    + "[expected=not default resource group][actual=" + name + "]");
        }
        if (g.config.limits() != 0) {
            throw invalid("resource group's limits node num is not 0: invalid parameter"
                    + "[expected=not empty resource group][actual=" + name + "]");
        }
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            if (e.getValue().config.transferFrom().contains(name)) {
                throw invalid("resource group " + name + " is used by " + e.getKey()
                        + "'s `TransferFrom`, remove that configuration first: invalid parameter"
                        + "[expected=not `TransferFrom` of resource group][actual=" + name + "]");
            }
            if (e.getValue().config.transferTo().contains(name)) {
                throw invalid("resource group " + name + " is used by " + e.getKey()
                        + "'s `TransferTo`, remove that configuration first: invalid parameter"
                        + "[expected=not `TransferTo` of resource group][actual=" + name + "]");
            }
        }
        Group def = groups.get(DEFAULT);
        def.nodes.addAll(g.nodes);
        groups.remove(name);
        recover();
    }

    /**
     * TransferNode, deprecated in Milvus 2.4 and kept as a configuration change: the source's
     * requests (and limits, unless it is the default group) drop by {@code count}, the target's
     * requests grow by it (limits follow).
     */
    public synchronized void transferNode(String source, String target, int count) {
        if (source.equals(target)) {
            throw invalid("source resource group and target resource group should not be the same, resource group: "
                    + source + ": invalid parameter");
        }
        if (count <= 0) {
            throw invalid(
                    "invalid NumNode " + count + ": invalid parameter[expected=NumNode > 0][actual=" + count + "]");
        }
        Group src = group(source);
        Group dst = group(target);
        if (src.nodes.size() < count) {
            throw new EngineException(
                    ErrorCodes.UNEXPECTED_ERROR,
                    CODE_NODE_NOT_ENOUGH,
                    "resource group node not enough[rg=" + source + "][currentNodeNum=" + src.nodes.size()
                            + "][expectedNodeNum=" + count + "]",
                    false);
        }
        ResourceGroupConfig s = src.config;
        int srcLimits = DEFAULT.equals(source) ? s.limits() : Math.max(0, s.limits() - count);
        ResourceGroupConfig newSrc =
                new ResourceGroupConfig(Math.max(0, s.requests() - count), srcLimits, s.transferFrom(), s.transferTo());
        ResourceGroupConfig d = dst.config;
        int dstRequests = d.requests() + count;
        ResourceGroupConfig newDst = new ResourceGroupConfig(
                dstRequests, Math.max(d.limits(), dstRequests), d.transferFrom(), d.transferTo());
        src.config = newSrc;
        dst.config = newDst;
        recover();
    }

    /** The configuration of every group but the default one, in creation order (to persist them). */
    public synchronized Map<String, ResourceGroupConfig> userConfigs() {
        Map<String, ResourceGroupConfig> out = new LinkedHashMap<>();
        groups.forEach((name, g) -> {
            if (!DEFAULT.equals(name)) {
                out.put(name, g.config);
            }
        });
        return out;
    }

    /** Re-creates groups persisted by {@link #userConfigs()} (at start, before any load) and redistributes the nodes. */
    public synchronized void restore(Map<String, ResourceGroupConfig> configs) {
        configs.forEach((name, cfg) -> groups.put(name, new Group(cfg)));
        recover();
    }

    public synchronized List<String> names() {
        return List.copyOf(groups.keySet());
    }

    public synchronized boolean contains(String name) {
        return groups.containsKey(name);
    }

    /** The group's nodes (0-based ids, ascending); refuses an unknown group. */
    public synchronized int[] nodes(String name) {
        return group(name).nodes.stream().mapToInt(Integer::intValue).toArray();
    }

    public synchronized ResourceGroupConfig config(String name) {
        return group(name).config;
    }

    /**
     * The groups each replica of a new load goes to (Milvus's checkResourceGroup in
     * {@code internal/querycoordv2/utils}): no group = all in the default group, one group = all
     * in it, else one group per replica; every group must exist and have at least as many nodes
     * as replicas placed on it.
     */
    public synchronized List<String> assign(int replicas, List<String> requested) {
        List<String> out = new ArrayList<>(replicas);
        if (requested.isEmpty() || requested.size() == 1) {
            String name = requested.isEmpty() ? DEFAULT : requested.get(0);
            for (int r = 0; r < replicas; r++) {
                out.add(name);
            }
        } else if (requested.size() == replicas) {
            out.addAll(requested);
        } else {
            throw new EngineException(
                    ErrorCodes.ILLEGAL_ARGUMENT,
                    ErrorCodes.CODE_PARAMETER_INVALID,
                    "failed to spawn replica for collection: resource group num can only be 0, 1 or same as replica number",
                    false);
        }
        for (String name : new java.util.LinkedHashSet<>(out)) {
            Group g = groups.get(name);
            if (g == null) {
                EngineException nf = notFound(name);
                throw new EngineException(
                        nf.legacyCode(), nf.code(), "failed to spawn replica for collection: " + nf.reason(), false);
            }
            int wanted = java.util.Collections.frequency(out, name);
            if (wanted > g.nodes.size()) {
                throw nodeNotEnough(name, g.nodes.size(), wanted);
            }
        }
        return out;
    }

    /**
     * The nodes of each replica placed on these groups (one name per replica): within a group
     * holding {@code k} of them, replica {@code j} gets the group's {@code i}-th nodes with
     * {@code i % k == j}. A group left without nodes gives its replicas none.
     */
    public synchronized List<int[]> place(List<String> perReplica) {
        List<int[]> out = new ArrayList<>(perReplica.size());
        for (int r = 0; r < perReplica.size(); r++) {
            String name = perReplica.get(r);
            int k = java.util.Collections.frequency(perReplica, name);
            int j = 0;
            for (int q = 0; q < r; q++) {
                if (perReplica.get(q).equals(name)) {
                    j++;
                }
            }
            Group g = groups.get(name);
            List<Integer> mine = new ArrayList<>();
            int i = 0;
            for (int n : g == null ? new TreeSet<Integer>() : g.nodes) {
                if (i++ % k == j) {
                    mine.add(n);
                }
            }
            out.add(mine.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /** DescribeResourceGroup's capacity: the default group's fixed capacity, else its requests. */
    public synchronized int capacity(String name) {
        return DEFAULT.equals(name) ? DEFAULT_CAPACITY : group(name).config.requests();
    }

    /** The refusal for an unknown group, {@code resource group not found[rg=...]}. */
    public static EngineException notFound(String name) {
        return new EngineException(
                ErrorCodes.UNEXPECTED_ERROR, CODE_NOT_FOUND, "resource group not found[rg=" + name + "]", false);
    }

    /** The refusal of a load asking more replicas of a group than it has nodes. */
    public static EngineException nodeNotEnough(String name, int nodes, int replicas) {
        return new EngineException(
                ErrorCodes.UNEXPECTED_ERROR,
                CODE_NODE_NOT_ENOUGH,
                "failed to spawn replica for collection: resource group node not enough[rg=" + name
                        + "][currentNodeNum=" + nodes + "][expectedNodeNum=" + replicas + "]",
                false);
    }

    private Group group(String name) {
        Group g = groups.get(name);
        if (g == null) {
            throw notFound(name);
        }
        return g;
    }

    private static EngineException invalid(String reason) {
        return new EngineException(ErrorCodes.ILLEGAL_ARGUMENT, ErrorCodes.CODE_PARAMETER_INVALID, reason, false);
    }

    /** The proxy's ValidateResourceGroupName. */
    private static void checkName(String name) {
        if (name.isEmpty()) {
            throw invalid("resource group name couldn't be empty");
        }
        String prefix = "Invalid resource group name " + name + ".";
        if (name.length() > MAX_NAME_LENGTH) {
            throw invalid(prefix + " the length of a resource group name must be less than " + MAX_NAME_LENGTH
                    + " characters");
        }
        char first = name.charAt(0);
        if (first != '_' && !isAlpha(first)) {
            throw invalid(prefix + " the first character of a resource group name must be an underscore or letter");
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && !isAlpha(c) && !(c >= '0' && c <= '9')) {
                throw invalid(prefix + " resource group name can only contain numbers, letters and underscores");
            }
        }
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private void validate(String name, ResourceGroupConfig cfg) {
        String prefix = "resource group illegal config[rg=" + name + "][config=" + cfg.text() + "]: ";
        if (cfg.requests() < 0 || cfg.limits() < 0) {
            throw illegal(prefix + "node num in `requests` or `limits` should not less than 0");
        }
        if (cfg.limits() < cfg.requests()) {
            throw illegal(prefix + "limits node num should not less than requests node num");
        }
        for (String from : cfg.transferFrom()) {
            if (from.equals(name)) {
                throw illegal(prefix + "resource group in `TransferFrom` " + name + " should not be itself");
            }
            if (!groups.containsKey(from)) {
                throw illegal(prefix + "resource group in `TransferFrom` " + from + " not exist");
            }
        }
        for (String to : cfg.transferTo()) {
            if (to.equals(name)) {
                throw illegal(prefix + "resource group in `TransferTo` " + name + " should not be itself");
            }
            if (!groups.containsKey(to)) {
                throw illegal(prefix + "resource group in `TransferTo` " + to + " not exist");
            }
        }
    }

    private static EngineException illegal(String reason) {
        return new EngineException(ErrorCodes.UNEXPECTED_ERROR, CODE_ILLEGAL_CONFIG, reason, false);
    }

    /**
     * Milvus's AutoRecoverResourceGroup, run to a fixed point: groups missing nodes take them
     * from groups with redundant nodes first, then from the most oversized (a group named in
     * {@code transferFrom} preferred); groups with redundant nodes give them to groups missing
     * nodes, then to groups below their limits ({@code transferTo} preferred), else to the
     * default group. A node moved is the highest-numbered one of its group.
     */
    private void recover() {
        boolean moved = true;
        for (int guard = 0; moved && guard < 100_000; guard++) {
            moved = false;
            for (Map.Entry<String, Group> e : groups.entrySet()) {
                Group target = e.getValue();
                if (target.missing() > 0) {
                    Group source = sourceFor(target);
                    if (source != null) {
                        move(source, target);
                        moved = true;
                    }
                }
            }
            for (Map.Entry<String, Group> e : groups.entrySet()) {
                Group source = e.getValue();
                if (source.redundant() > 0) {
                    Group target = targetFor(e.getKey(), source);
                    if (target != null) {
                        move(source, target);
                        moved = true;
                    }
                }
            }
        }
    }

    /** The group a missing node of {@code target} comes from: redundant first, then {@code transferFrom}, then oversized. */
    private Group sourceFor(Group target) {
        return best(
                target,
                Group::oversized,
                (name, g) -> g.redundant() > 0
                        ? g.redundant() * 1_000_000L
                        : target.config.transferFrom().contains(name) ? g.oversized() * 100_000L : g.oversized());
    }

    /** The group a redundant node of {@code source} goes to: missing first, then {@code transferTo}, then below limits; else default. */
    private Group targetFor(String sourceName, Group source) {
        Group best = best(
                source,
                Group::belowLimit,
                (name, g) -> g.missing() > 0
                        ? g.missing() * 1_000_000L
                        : source.config.transferTo().contains(name) ? g.belowLimit() * 100_000L : g.belowLimit());
        return best == null && !DEFAULT.equals(sourceName) ? groups.get(DEFAULT) : best;
    }

    /** The group other than {@code except} with {@code room > 0} and the highest priority (the first of equals). */
    private Group best(
            Group except,
            java.util.function.ToIntFunction<Group> room,
            java.util.function.ToLongBiFunction<String, Group> priority) {
        Group best = null;
        long bestPriority = 0;
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            if (g == except || room.applyAsInt(g) <= 0) {
                continue;
            }
            long p = priority.applyAsLong(e.getKey(), g);
            if (p > bestPriority) {
                best = g;
                bestPriority = p;
            }
        }
        return best;
    }

    private static void move(Group from, Group to) {
        Integer node = from.nodes.last();
        from.nodes.remove(node);
        to.nodes.add(node);
    }

    @Override
    public synchronized String toString() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            b.append(e.getKey()).append('=').append(e.getValue().nodes).append(' ');
        }
        return b.toString().trim();
    }
}
