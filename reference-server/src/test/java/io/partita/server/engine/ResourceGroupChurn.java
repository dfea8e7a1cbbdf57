package io.partita.server.engine;

import io.partita.server.model.EngineException;
import io.partita.server.model.ReplicaInfo;
import io.partita.server.model.ResourceGroupConfig;
import io.partita.server.model.ResourceGroupInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * ConcurrencyTest's resource-group thread: creates, updates, drops the groups {@code rg_a} and
 * {@code rg_b} and transfers nodes and replicas between them and the default group, while the
 * other threads load, search and write. It is the only thread that changes groups, so it knows
 * their configurations (requests always equal limits) and predicts how many nodes each holds;
 * after every call it checks the engine's groups and replicas against that prediction.
 *
 * <p>It never leaves a replica without nodes (Partita charges such a replica's growth nowhere, so
 * the accounting could no longer equal the resident data times the replicas): a change is made
 * only if every group keeps at least as many nodes as replicas of the collection it holds.
 * Loads hold {@link #placement}'s read lock, this thread its write lock, so no first load places
 * replicas between the check and the change. Refusals the rules define (docs/resource_groups.md)
 * are counted; any other refusal is a violation.
 */
final class ResourceGroupChurn {
    static final String DEFAULT = "__default_resource_group";
    static final List<String> NAMED = List.of("rg_a", "rg_b");

    private static final Pattern DIFFERENT_CONFIG =
            Pattern.compile("resource group already exist, but create with different config\\[rg=rg_[ab]\\]");
    private static final Pattern NODE_NOT_ENOUGH = Pattern.compile(
            "resource group node not enough\\[rg=\\w+\\]\\[currentNodeNum=\\d+\\]\\[expectedNodeNum=\\d+\\]");
    private static final Pattern HOLDS_REPLICAS = Pattern.compile(
            "some replicas still loaded in resource group\\[rg_[ab]\\], release it first: invalid parameter"
                    + "\\[expected=empty resource group\\]\\[actual=resource group rg_[ab] has collection \\d+ loaded\\]");
    private static final Pattern LIMITS_NOT_0 =
            Pattern.compile("resource group's limits node num is not 0: invalid parameter"
                    + "\\[expected=not empty resource group\\]\\[actual=rg_[ab]\\]");
    private static final Pattern NOT_LOADED =
            Pattern.compile("invalid parameter\\[expected=Collection not loaded\\]\\[actual=collectionID \\d+\\]");
    private static final Pattern TOO_FEW_REPLICAS = Pattern.compile(
            "invalid parameter\\[expected=NumReplica not greater than the number of replica in source resource group\\]"
                    + "\\[actual=only found \\[\\d+\\] replicas of collection \\[\\d+\\] in source resource group"
                    + " \\[\\w+\\], but 1 require\\]");

    private final Engine e;
    private final String collection;
    private final int nodeCount;
    private final Consumer<String> violations;

    /** Read: a load (it may place replicas) or a check that must not see a change half done; write: a change. */
    final ReentrantReadWriteLock placement = new ReentrantReadWriteLock();
    /**
     * Replica ids of loads whose replicas changed nodes: their memory stays on the nodes it was
     * charged to, so their node groups' sums are no longer bounded by the admission rule.
     */
    final Set<Long> moved = ConcurrentHashMap.newKeySet();

    final Map<String, AtomicLong> done = new ConcurrentHashMap<>();
    final AtomicLong refusals = new AtomicLong();
    /** Replicas seen in a named group after a change (placed there by a load or moved there). */
    final AtomicLong replicasSeenInNamedGroups = new AtomicLong();

    /**
     * requests of every group, the default one first, then the named ones that exist in creation
     * order (their limits equal their requests); this thread only.
     */
    private final Map<String, Integer> requests = new LinkedHashMap<>();

    ResourceGroupChurn(Engine e, String collection, int nodeCount, Consumer<String> violations) {
        this.e = e;
        this.collection = collection;
        this.nodeCount = nodeCount;
        this.violations = violations;
        requests.put(DEFAULT, 0);
        for (String op : List.of("create", "update", "transferNode", "transferReplica", "drop", "describe")) {
            done.put(op, new AtomicLong());
        }
    }

    long operations() {
        return done.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Whether every kind of operation has succeeded at least once. */
    boolean everyOperationDone() {
        return done.values().stream().allMatch(n -> n.get() > 0);
    }

    void run(BooleanSupplier stop, long seed) {
        Random rnd = new Random(seed);
        while (!stop.getAsBoolean()) {
            placement.writeLock().lock();
            try {
                step(rnd);
            } finally {
                placement.writeLock().unlock();
            }
            sleep(5 + rnd.nextInt(20));
        }
    }

    /** At the quiescent end (nothing loaded): every named group gives its nodes back and is dropped. */
    void dropAll() {
        for (String g : NAMED) {
            if (requests.containsKey(g)) {
                e.updateResourceGroups(Map.of(g, ResourceGroupConfig.of(0, 0)));
                e.dropResourceGroup(g);
                requests.remove(g);
            }
        }
    }

    private void step(Random rnd) {
        Map<Long, List<Long>> before = nodesOfReplicas();
        String g = NAMED.get(rnd.nextInt(NAMED.size()));
        switch (rnd.nextInt(10)) {
            case 0 -> create(g, rnd);
            case 1 -> update(g, rnd);
            case 2, 3 -> transferNode(rnd);
            case 4, 5, 6 -> transferReplica(rnd);
            case 7, 8 -> drop(g, rnd);
            default -> done.get("describe").incrementAndGet(); // check() below describes every group
        }
        Map<Long, List<Long>> after = nodesOfReplicas();
        for (Map.Entry<Long, List<Long>> r : after.entrySet()) {
            if (!r.getValue().equals(before.get(r.getKey()))) {
                moved.addAll(after.keySet());
                break;
            }
        }
        check();
    }

    private void create(String g, Random rnd) {
        Integer current = requests.get(g);
        if (current == null) {
            Map<String, Integer> next = new LinkedHashMap<>(requests);
            next.put(g, rnd.nextInt(3));
            if (!fits(next, replicasIn())) {
                next.put(g, 0);
            }
            int r = next.get(g);
            if (call(() -> e.createResourceGroup(g, ResourceGroupConfig.of(r, r)))) {
                requests.put(g, r);
                done.get("create").incrementAndGet();
            }
        } else if (rnd.nextBoolean()) {
            if (call(() -> e.createResourceGroup(g, ResourceGroupConfig.of(current, current)))) {
                done.get("create").incrementAndGet(); // the same configuration again succeeds
            }
        } else {
            refused(() -> e.createResourceGroup(g, ResourceGroupConfig.of(current + 1, current + 1)), DIFFERENT_CONFIG);
        }
    }

    private void update(String g, Random rnd) {
        if (!requests.containsKey(g)) {
            return;
        }
        int r = rnd.nextInt(3);
        Map<String, Integer> next = new LinkedHashMap<>(requests);
        next.put(g, r);
        if (fits(next, replicasIn()) && call(() -> e.updateResourceGroups(Map.of(g, ResourceGroupConfig.of(r, r))))) {
            requests.put(g, r);
            done.get("update").incrementAndGet();
        }
    }

    /**
     * TransferNode moves requests: the source's drop by one (the default group's stay ≥ 0), the
     * target's grow by one (the default group's too).
     */
    private void transferNode(Random rnd) {
        List<String> all = new ArrayList<>(requests.keySet());
        String src = all.get(rnd.nextInt(all.size()));
        String dst = all.get(rnd.nextInt(all.size()));
        if (src.equals(dst)) {
            return;
        }
        int held = nodes(requests, src);
        if (rnd.nextInt(6) == 0 || held == 0) {
            int count = rnd.nextBoolean() ? nodeCount + 1 : held + 1; // more than the source holds
            refused(() -> e.transferNode(src, dst, count), NODE_NOT_ENOUGH);
            return;
        }
        Map<String, Integer> next = new LinkedHashMap<>(requests);
        next.put(src, Math.max(0, next.get(src) - 1));
        next.put(dst, next.get(dst) + 1);
        if (fits(next, replicasIn()) && call(() -> e.transferNode(src, dst, 1))) {
            requests.putAll(next);
            done.get("transferNode").incrementAndGet();
        }
    }

    private void transferReplica(Random rnd) {
        List<String> all = new ArrayList<>(requests.keySet());
        Map<String, Integer> in = replicasIn();
        // mostly from a group that holds a replica; sometimes from any (refused when it holds none)
        List<String> holding = new ArrayList<>(in.keySet());
        String src = holding.isEmpty() || rnd.nextInt(4) == 0
                ? all.get(rnd.nextInt(all.size()))
                : holding.get(rnd.nextInt(holding.size()));
        String dst = all.get(rnd.nextInt(all.size()));
        if (src.equals(dst)) {
            return;
        }
        if (in.getOrDefault(src, 0) == 0) {
            refused(() -> e.transferReplica(src, dst, collection, 1), NOT_LOADED, TOO_FEW_REPLICAS);
            return;
        }
        Map<String, Integer> after = new HashMap<>(in);
        after.merge(src, -1, Integer::sum);
        after.merge(dst, 1, Integer::sum);
        // a release running meanwhile may take the replica away
        if (fits(requests, after)
                && call(() -> e.transferReplica(src, dst, collection, 1), NOT_LOADED, TOO_FEW_REPLICAS)) {
            done.get("transferReplica").incrementAndGet();
        }
    }

    private void drop(String g, Random rnd) {
        Integer r = requests.get(g);
        if (r == null) {
            if (call(() -> e.dropResourceGroup(g))) {
                done.get("drop").incrementAndGet(); // a missing group is dropped already
            }
            return;
        }
        boolean holdsReplicas = replicasIn().getOrDefault(g, 0) > 0;
        if (r > 0 && !holdsReplicas && rnd.nextBoolean()) {
            // retire it: its nodes go back (no replica loses its nodes), then it can be dropped
            if (!call(() -> e.updateResourceGroups(Map.of(g, ResourceGroupConfig.of(0, 0))))) {
                return;
            }
            requests.put(g, 0);
            done.get("update").incrementAndGet();
            r = 0;
        }
        if (r > 0) {
            refused(() -> e.dropResourceGroup(g), HOLDS_REPLICAS, LIMITS_NOT_0);
            return;
        }
        // limits 0: refused while it holds a replica, unless a release running meanwhile took it away
        if (call(() -> e.dropResourceGroup(g), holdsReplicas ? new Pattern[] {HOLDS_REPLICAS} : new Pattern[0])) {
            requests.remove(g);
            done.get("drop").incrementAndGet();
        }
    }

    /** The groups' nodes and the replicas' placement are what the configurations make them. */
    private void check() {
        List<String> names = new ArrayList<>(requests.keySet());
        if (!e.listResourceGroups().equals(names)) {
            violations.accept("resource groups " + e.listResourceGroups() + ", expected " + names);
            return;
        }
        Map<String, Set<Long>> nodesOf = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (String g : names) {
            ResourceGroupInfo info = e.describeResourceGroup(g);
            if (info.nodeIds().size() != nodes(requests, g)) {
                violations.accept(g + " holds nodes " + info.nodeIds() + ", expected " + nodes(requests, g)
                        + " with requests " + requests);
            }
            for (long n : info.nodeIds()) {
                if (!seen.add(n)) {
                    violations.accept("node " + n + " is in two resource groups");
                }
            }
            nodesOf.put(g, new HashSet<>(info.nodeIds()));
        }
        if (seen.size() != nodeCount) {
            violations.accept("resource groups hold nodes " + seen + " of " + nodeCount);
        }
        for (ReplicaInfo r : e.replicas(collection)) {
            if (r.nodeIds().isEmpty()) {
                violations.accept("replica " + r.replicaId() + " in " + r.resourceGroup() + " has no node");
            }
            Set<Long> groupNodes = nodesOf.getOrDefault(r.resourceGroup(), Set.of());
            if (!groupNodes.containsAll(r.nodeIds())) {
                violations.accept("replica " + r.replicaId() + " on nodes " + r.nodeIds() + " outside its group "
                        + r.resourceGroup() + " " + groupNodes);
            }
            if (!r.resourceGroup().equals(DEFAULT)) {
                replicasSeenInNamedGroups.incrementAndGet();
            }
        }
    }

    /** Nodes of a group under these requests: its requests for a named group, the rest for the default one. */
    private int nodes(Map<String, Integer> configs, String g) {
        if (!g.equals(DEFAULT)) {
            return configs.get(g);
        }
        int named = 0;
        for (Map.Entry<String, Integer> c : configs.entrySet()) {
            named += c.getKey().equals(DEFAULT) ? 0 : c.getValue();
        }
        return nodeCount - named;
    }

    /**
     * Whether these requests leave the default group at least its requests and one node (so the
     * nodes' distribution is the one {@link #nodes} predicts and a plain load can place a replica),
     * and every group at least as many nodes as replicas it would hold.
     */
    private boolean fits(Map<String, Integer> configs, Map<String, Integer> replicas) {
        if (nodes(configs, DEFAULT) < Math.max(1, configs.get(DEFAULT))) {
            return false;
        }
        for (Map.Entry<String, Integer> r : replicas.entrySet()) {
            if (r.getValue() > 0 && (!configs.containsKey(r.getKey()) || nodes(configs, r.getKey()) < r.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Replicas of the collection per group (no load places one while the write lock is held; a release only removes). */
    private Map<String, Integer> replicasIn() {
        Map<String, Integer> out = new HashMap<>();
        for (ReplicaInfo r : e.replicas(collection)) {
            out.merge(r.resourceGroup(), 1, Integer::sum);
        }
        return out;
    }

    private Map<Long, List<Long>> nodesOfReplicas() {
        Map<Long, List<Long>> out = new HashMap<>();
        for (ReplicaInfo r : e.replicas(collection)) {
            out.put(r.replicaId(), r.nodeIds());
        }
        return out;
    }

    /** Runs a change; true when it was made. A refusal is counted if it is one of {@code allowed}, else a violation. */
    private boolean call(Runnable change, Pattern... allowed) {
        try {
            change.run();
            return true;
        } catch (EngineException ex) {
            check(ex, allowed);
            return false;
        }
    }

    /** Runs a call the rules refuse with one of {@code allowed}; it must change nothing. */
    private void refused(Runnable change, Pattern... allowed) {
        try {
            change.run();
            violations.accept("a resource-group call the rules refuse succeeded (requests " + requests + ")");
        } catch (EngineException ex) {
            check(ex, allowed);
        }
    }

    private void check(EngineException ex, Pattern... allowed) {
        for (Pattern p : allowed) {
            if (p.matcher(ex.reason()).matches()) {
                refusals.incrementAndGet();
                return;
            }
        }
        violations.accept("resource-group call refused: " + ex.reason() + " (requests " + requests + ")");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
