package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.LoadOptions;
import io.partita.server.model.LoadState;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryNodeMetrics;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.ReplicaInfo;
import io.partita.server.model.SegmentInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Many threads load, release, search, query, insert, delete, flush, compact and drop at once for a
 * bounded time on three query nodes; the invariants are checked while it runs and at the
 * end. Loads ask for one or two replicas on every profile; under milvus-2.3 and milvus-2.6 they
 * also name resource groups while {@link ResourceGroupChurn} creates, updates, drops groups and
 * transfers nodes and replicas; under milvus-2.6 (mmap on) some loads hold only part of the fields.
 *
 * <p>System properties: {@code partita.concurrency.seconds} (see {@link #RUN}) and {@code
 * partita.concurrency.profiles}, a comma-separated list of profile ids ({@code milvus-2.6}) to run
 * instead of all three.
 */
class ConcurrencyTest {
    private static final String C = "conc";
    private static final int DIM = 8;
    private static final List<String> PARTS = List.of("p0", "p1", "p2", "p3");
    private static final long RANGE = 1_000_000_000L;
    private static final long CAPACITY_BYTES = 1_200_000;
    /**
     * Rows of the four partitions past which the inserters pause: a fast, idle machine otherwise
     * inserts millions of rows in the minute a run may take, and the budget then refuses nearly every
     * load (seen: 1.7M rows, 779 memory refusals and no load on a named group), so the loads this test
     * is about stop happening. At about 80 bytes a row, 40,000 rows keep one partition (~0.8 MB)
     * within one node of a named group (90 % of {@link #CAPACITY_BYTES}) while the whole collection
     * with two replicas still overflows the three nodes (seen at 150,000 counted with the scratch
     * partition's rows: 1M rows acknowledged and no named-group load in a minute).
     */
    private static final long MAX_ROWS = 40_000;

    private static final int NODES = 3;
    /** The fields of a partial load (milvus-2.6): the searchers' filters and outputs name only these. */
    private static final List<String> PARTIAL_FIELDS = List.of("id", "age", "vec");

    private static final LoadOptions PARTIAL = LoadOptions.fields(PARTIAL_FIELDS, true);
    /**
     * How long the threads run: 7 s in the suite; {@code -Dpartita.concurrency.seconds=600} makes it a
     * ten-minute soak (docs/lifecycle.md has the command).
     */
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("partita.concurrency.seconds", 7));

    @TempDir
    Path dir;

    /** Partition index of an id (scratch rows use index 9). */
    static int partOf(long id) {
        return (int) (id / RANGE);
    }

    record Event(long atNanos, boolean load) {}

    final Map<Integer, List<Event>> events = new ConcurrentHashMap<>();
    final Map<Integer, Set<Long>> acknowledged = new ConcurrentHashMap<>();
    /** Rows inserted so far (every partition, the scratch one included). */
    final AtomicLong rowsInserted = new AtomicLong();

    final Map<Long, Long> deletedAt = new ConcurrentHashMap<>();
    /** Releases begun and ended per partition: progress may only drop across a release. */
    final Map<Integer, AtomicLong> releasesStarted = new ConcurrentHashMap<>();

    final Map<Integer, AtomicLong> releasesEnded = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    final AtomicLong searchesServed = new AtomicLong();
    final AtomicLong loadsScheduled = new AtomicLong();
    final AtomicLong memoryRefusals = new AtomicLong();
    final AtomicLong compactions = new AtomicLong();
    /** Loads that asked for two replicas and were accepted. */
    final AtomicLong replicaLoads = new AtomicLong();
    /** Loads refused by the replica rules (nodes, a changed replica number) or by resource groups. */
    final AtomicLong replicaRefusals = new AtomicLong();
    /** Accepted loads that named a group other than the default one. */
    final AtomicLong namedGroupLoads = new AtomicLong();
    /** Accepted loads with a field list (milvus-2.6). */
    final AtomicLong partialLoads = new AtomicLong();
    /** Loads refused because the collection holds other fields. */
    final AtomicLong fieldListRefusals = new AtomicLong();
    /** Queries of output field * (milvus-2.6) whose fields were checked. */
    final AtomicLong starQueries = new AtomicLong();
    /** Replica node groups whose 90% bound was checked on one moment's usage. */
    final AtomicLong boundChecks = new AtomicLong();

    volatile boolean stop;
    ResourceGroupChurn churn;

    void record(int part, boolean load, long at) {
        events.get(part).add(new Event(at, load));
    }

    /** A search over [start, end] returned a row of {@code part}: legal unless a release finished before start with no load begun since. */
    void checkServed(int part, long start, long end, String what) {
        long lastRelease = Long.MIN_VALUE;
        for (Event e : events.get(part)) {
            if (!e.load() && e.atNanos() < start) {
                lastRelease = Math.max(lastRelease, e.atNanos());
            }
        }
        if (lastRelease == Long.MIN_VALUE) {
            return;
        }
        for (Event e : events.get(part)) {
            if (e.load() && e.atNanos() > lastRelease && e.atNanos() < end) {
                return;
            }
        }
        violations.add(what + " returned rows of p" + part + " released before it began");
    }

    /** Every profile, or those named by {@code -Dpartita.concurrency.profiles=milvus-2.6,...}. */
    static Stream<Profile> profiles() {
        String ids = System.getProperty("partita.concurrency.profiles", "");
        return ids.isBlank()
                ? Arrays.stream(Profile.values())
                : Arrays.stream(ids.split(",")).map(String::strip).map(Profile::fromId);
    }

    /** Whether every operation the profile serves has happened (asserted after the run). */
    boolean everyOperationSeen(Profile profile) {
        return replicaLoads.get() > 0
                && compactions.get() > 0
                && (!servesResourceGroups(profile)
                        || (namedGroupLoads.get() > 0
                                && churn.everyOperationDone()
                                && churn.replicasSeenInNamedGroups.get() > 0))
                && (!servesPartialLoads(profile) || (partialLoads.get() > 0 && starQueries.get() > 0));
    }

    static boolean servesResourceGroups(Profile profile) {
        return profile != Profile.MILVUS_2_1;
    }

    static boolean servesPartialLoads(Profile profile) {
        return profile == Profile.MILVUS_2_6;
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void manyThreadsNeverBreakTheInvariants(Profile profile) throws Exception {
        for (int i = 0; i < 10; i++) {
            events.put(i, new CopyOnWriteArrayList<>());
            acknowledged.put(i, ConcurrentHashMap.newKeySet());
            releasesStarted.put(i, new AtomicLong());
            releasesEnded.put(i, new AtomicLong());
        }
        // milvus-2.6 runs with mmap on: sealed segments' vectors are mapped and charged to disk
        try (Engine e = LocalEngine.open(EngineConfig.builder(dir)
                .profile(profile)
                .memoryLimitBytes(CAPACITY_BYTES)
                .queryNodeCount(NODES)
                .mmap(profile == Profile.MILVUS_2_6)
                .build())) {
            churn = new ResourceGroupChurn(e, C, NODES, violations::add);
            e.createCollection(EngineFixture.schema(C, DIM));
            for (String p : PARTS) {
                e.createPartition(C, p);
            }
            AtomicLong[] nextId = new AtomicLong[10];
            for (int i = 0; i < 10; i++) {
                nextId[i] = new AtomicLong(i * RANGE);
            }
            for (int i = 0; i < PARTS.size(); i++) {
                insert(e, i, 500, nextId[i], new Random(i));
            }
            e.flush(List.of(C));
            ExecutorService pool = Executors.newFixedThreadPool(11);
            List<Future<?>> tasks = new ArrayList<>();
            tasks.add(pool.submit(() -> inserter(e, nextId, 1)));
            tasks.add(pool.submit(() -> inserter(e, nextId, 2)));
            tasks.add(pool.submit(() -> loaderReleaser(e, profile, 3)));
            tasks.add(pool.submit(() -> searcher(e, profile, 4)));
            tasks.add(pool.submit(() -> searcher(e, profile, 5)));
            tasks.add(pool.submit(() -> deleter(e, nextId, 6)));
            tasks.add(pool.submit(() -> dropper(e, nextId[9], 7)));
            tasks.add(pool.submit(() -> progressWatcher(e)));
            tasks.add(pool.submit(() -> memoryWatcherAndFlusher(e)));
            tasks.add(pool.submit(() -> compactor(e)));
            if (servesResourceGroups(profile)) {
                tasks.add(pool.submit(() -> churn.run(() -> stop, 8)));
            }
            Thread.sleep(RUN.toMillis());
            // a loaded machine may not have got round to every operation yet: run on until it has
            // (at most a minute more), so that the assertions below never fail for want of time
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!everyOperationSeen(profile) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            stop = true;
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS))
                    .as("no deadlock: every thread finished")
                    .isTrue();
            for (Future<?> f : tasks) {
                f.get();
            }
            assertThat(violations).isEmpty();
            System.out.printf(
                    "%s: %d searches served, %d loads, %d memory refusals, %d rows acknowledged, %d deleted,"
                            + " %d compactions, %d replica loads, %d replica/placement refusals, %d loads on named"
                            + " groups, %d RG ops %s, %d RG refusals, %d replicas seen in named groups, %d partial"
                            + " loads, %d field-list refusals, %d star queries, %d node-group bound checks%n",
                    profile,
                    searchesServed.get(),
                    loadsScheduled.get(),
                    memoryRefusals.get(),
                    acknowledged.values().stream().mapToInt(Set::size).sum(),
                    deletedAt.size(),
                    compactions.get(),
                    replicaLoads.get(),
                    replicaRefusals.get(),
                    namedGroupLoads.get(),
                    churn.operations(),
                    churn.done,
                    churn.refusals.get(),
                    churn.replicasSeenInNamedGroups.get(),
                    partialLoads.get(),
                    fieldListRefusals.get(),
                    starQueries.get(),
                    boundChecks.get());
            assertThat(compactions.get()).as("compactions run").isPositive();
            assertThat(searchesServed.get()).as("searches served").isGreaterThan(20);
            assertThat(loadsScheduled.get()).as("loads scheduled").isGreaterThan(5);
            assertThat(replicaLoads.get()).as("loads of two replicas").isPositive();
            assertThat(boundChecks.get()).as("node-group bounds checked").isPositive();
            if (servesResourceGroups(profile)) {
                assertThat(namedGroupLoads.get())
                        .as("loads placed on a named group")
                        .isPositive();
                assertThat(churn.done)
                        .as("every resource-group operation succeeded at least once")
                        .allSatisfy((op, n) -> assertThat(n.get()).as(op).isPositive());
                assertThat(churn.replicasSeenInNamedGroups.get())
                        .as("replicas seen in a named group")
                        .isPositive();
            }
            if (servesPartialLoads(profile)) {
                assertThat(partialLoads.get()).as("partial loads").isPositive();
                assertThat(starQueries.get()).as("queries of output field *").isPositive();
            }

            // quiescent: the accounting equals the resident segments once per replica, then all is released
            awaitNoLoading(e);
            List<ReplicaInfo> replicas = e.replicas(C);
            long used = e.queryNodes().stream()
                    .mapToLong(QueryNodeMetrics::usedBytes)
                    .sum();
            if (e.loadState(C, List.of()) != LoadState.NOT_LOAD) {
                // querySegmentInfo reports each loaded segment once, with one replica's bytes
                long segments = e.querySegmentInfo(C).stream()
                        .mapToLong(SegmentInfo::memSizeBytes)
                        .sum();
                assertThat(replicas).allSatisfy(r -> assertThat(r.nodeIds()).isNotEmpty());
                assertThat(used)
                        .as("bytes charged over the nodes = resident segments × %d replicas", replicas.size())
                        .isEqualTo(segments * replicas.size());
            } else {
                assertThat(used).isZero();
            }
            System.out.printf(
                    "%s at the quiescent end: %s, %d replicas %s%n",
                    profile,
                    e.loadState(C, List.of()),
                    replicas.size(),
                    replicas.stream().map(r -> r.resourceGroup() + r.nodeIds()).toList());
            e.releaseCollection(C);
            assertThat(e.queryNodes())
                    .as("accounting and mapped bytes on every node once everything is released")
                    .allSatisfy(n -> {
                        assertThat(n.usedBytes()).isZero();
                        assertThat(n.mmapBytes()).isZero();
                    });
            if (servesResourceGroups(profile)) {
                churn.dropAll();
                assertThat(e.listResourceGroups()).containsExactly(ResourceGroupChurn.DEFAULT);
            }
        }
        // Verify on the same data reopened with a budget sized for reading back, not for the contention
        // above (a quiet machine inserts more than CAPACITY_BYTES holds); this also proves that every
        // acknowledged row survives a restart.
        try (Engine e = EngineFixture.open(dir, profile)) {
            Set<Long> expected = new HashSet<>();
            for (int i = 0; i < PARTS.size(); i++) {
                expected.addAll(acknowledged.get(i));
            }
            expected.removeAll(deletedAt.keySet());
            Set<Long> found = new HashSet<>();
            for (String p : PARTS) {
                e.loadPartitions(C, List.of(p), 1);
                EngineFixture.awaitLoaded(e, C, List.of(p));
                for (long id : e.query(new QueryRequest(C, "id >= 0", List.of(), List.of(p), -1, 0))
                        .get(0)
                        .longs()) {
                    found.add(id);
                }
                e.releasePartitions(C, List.of(p));
            }
            assertThat(found)
                    .as("every acknowledged, undeleted row and nothing else")
                    .isEqualTo(expected);
        }
    }

    private void insert(Engine e, int part, int n, AtomicLong nextId, Random rnd) {
        long first = nextId.getAndAdd(n);
        String name = part == 9 ? "scratch" : PARTS.get(part);
        e.insert(C, name, EngineFixture.rows(first, n, DIM, rnd));
        if (part < PARTS.size()) {
            rowsInserted.addAndGet(n); // the scratch partition's rows are dropped with it
        }
        for (long id = first; id < first + n; id++) {
            acknowledged.get(part).add(id);
        }
    }

    private void inserter(Engine e, AtomicLong[] nextId, long seed) {
        Random rnd = new Random(seed);
        while (!stop) {
            if (rowsInserted.get() >= MAX_ROWS) {
                sleep(5);
                continue;
            }
            int part = rnd.nextInt(PARTS.size());
            try {
                insert(e, part, 1 + rnd.nextInt(20), nextId[part], rnd);
            } catch (EngineException ex) {
                if (ex.legacyCode() != 53) {
                    violations.add("insert refused: " + ex.reason());
                }
            }
        }
    }

    /** A load past 90% of a node group (docs/memory.md), every profile. */
    private static final Pattern MEMORY_REFUSAL =
            Pattern.compile("no enough memory to load collection/partitions, collectionSize=\\d+, replicasNum=\\d+");

    /** More replicas than the default group has nodes (docs/replicas.md), every profile. */
    private static final Pattern TOO_FEW_NODES =
            Pattern.compile("no enough nodes to create replicas, node_num=\\d+ replica_num=\\d+");

    /** milvus-2.1: another replica number than the loaded one (docs/replicas.md). */
    private static final Pattern REPLICAS_CHANGED_21 = Pattern.compile("(collection|partitions) has already been"
            + " loaded, and the number of replicas \\d+ is not same as the request's \\d+\\. Should release first"
            + " then reload with the new number of replicas");

    /** milvus-2.3 and milvus-2.6: another replica number than the loaded one. */
    private static final Pattern REPLICAS_CHANGED = Pattern.compile("can't change the replica number for loaded"
            + " (collection|partitions): invalid parameter\\[expected=\\d+\\]\\[actual=\\d+\\]");

    /** milvus-2.3 and milvus-2.6 (docs/resource_groups.md): a group with too few nodes, or dropped meanwhile. */
    private static final List<Pattern> PLACEMENT_REFUSALS = List.of(
            Pattern.compile("failed to spawn replica for collection: resource group node not enough\\[rg=\\w+\\]"
                    + "\\[currentNodeNum=\\d+\\]\\[expectedNodeNum=\\d+\\]"),
            Pattern.compile("failed to spawn replica for collection: resource group not found\\[rg=rg_[ab]\\]"));

    /** milvus-2.1's load-type rules (2.3 accepts these calls). */
    private static final List<Pattern> LOAD_TYPE_REFUSALS_21 = List.of(
            Pattern.compile("some partitions \\[[\\d ]*\\] of collection \\d+ has been loaded into QueryNode,"
                    + " please release partitions firstly"),
            Pattern.compile("collection \\d+ has been loaded into QueryNode, please release collection firstly"),
            Pattern.compile("releasing some partitions after load collection is not supported"));

    /** milvus-2.6 (docs/partial_loads.md): a load asking other fields than the loaded collection holds. */
    private static final Pattern FIELD_LIST_CHANGED = Pattern.compile("can't change the load field list for loaded"
            + " collection: invalid parameter\\[expected=\\[[\\d ]*\\]\\]\\[actual=\\[[\\d ]*\\]\\]");

    /** The refusals of the replica and placement rules this profile has. */
    private static List<Pattern> replicaRefusals(Profile profile) {
        List<Pattern> out = new ArrayList<>(List.of(TOO_FEW_NODES));
        if (profile == Profile.MILVUS_2_1) {
            out.add(REPLICAS_CHANGED_21);
        } else {
            out.add(REPLICAS_CHANGED);
            out.addAll(PLACEMENT_REFUSALS);
        }
        return out;
    }

    private static boolean matches(List<Pattern> patterns, String reason) {
        return patterns.stream().anyMatch(p -> p.matcher(reason).matches());
    }

    /**
     * One or two replicas; under milvus-2.3/2.6 no group, one group, or one group per replica;
     * under milvus-2.6 every field or {@link #PARTIAL_FIELDS}.
     */
    private void loaderReleaser(Engine e, Profile profile, long seed) {
        Random rnd = new Random(seed);
        List<Pattern> allowedReplicaRefusals = replicaRefusals(profile);
        while (!stop) {
            int op = rnd.nextInt(4);
            List<String> subset = new ArrayList<>(PARTS);
            Collections.shuffle(subset, rnd);
            subset = subset.subList(0, 1 + rnd.nextInt(2));
            int replicas = rnd.nextInt(3) == 0 ? 2 : 1;
            List<String> groups = servesResourceGroups(profile) ? groupsFor(replicas, rnd) : List.of();
            LoadOptions options = servesPartialLoads(profile) && rnd.nextInt(3) == 0 ? PARTIAL : LoadOptions.DEFAULT;
            try {
                if (op == 0 || op == 1) {
                    List<Integer> idx =
                            op == 0 ? subset.stream().map(PARTS::indexOf).toList() : List.of(0, 1, 2, 3);
                    // recorded before the call: the background load may publish, and a search see it,
                    // before the call returns to this thread; taken back if the load is refused
                    List<Event> begun = new ArrayList<>();
                    churn.placement.readLock().lock();
                    try {
                        long at = System.nanoTime();
                        for (int i : idx) {
                            Event ev = new Event(at, true);
                            events.get(i).add(ev);
                            begun.add(ev);
                        }
                        if (op == 0) {
                            e.loadPartitions(C, subset, replicas, groups, options);
                        } else {
                            e.loadCollection(C, replicas, groups, options);
                        }
                    } catch (EngineException refused) {
                        for (int k = 0; k < idx.size(); k++) {
                            events.get(idx.get(k)).remove(begun.get(k));
                        }
                        throw refused;
                    } finally {
                        churn.placement.readLock().unlock();
                    }
                    loadsScheduled.incrementAndGet();
                    if (replicas == 2) {
                        replicaLoads.incrementAndGet();
                    }
                    if (groups.stream().anyMatch(g -> !g.equals(ResourceGroupChurn.DEFAULT))) {
                        namedGroupLoads.incrementAndGet();
                    }
                    if (options == PARTIAL) {
                        partialLoads.incrementAndGet();
                    }
                } else {
                    List<Integer> idx =
                            op == 2 ? subset.stream().map(PARTS::indexOf).toList() : List.of(0, 1, 2, 3);
                    idx.forEach(i -> releasesStarted.get(i).incrementAndGet());
                    try {
                        if (op == 2) {
                            e.releasePartitions(C, subset);
                        } else {
                            e.releaseCollection(C);
                        }
                    } finally {
                        idx.forEach(i -> releasesEnded.get(i).incrementAndGet());
                    }
                    long at = System.nanoTime();
                    for (int i : idx) {
                        record(i, false, at);
                    }
                }
            } catch (EngineException ex) {
                // refusals by the profile's rules or the memory limit are expected here; no other
                String reason = ex.reason();
                if (MEMORY_REFUSAL.matcher(reason).matches()) {
                    memoryRefusals.incrementAndGet();
                } else if (matches(allowedReplicaRefusals, reason)) {
                    replicaRefusals.incrementAndGet();
                } else if (servesPartialLoads(profile)
                        && FIELD_LIST_CHANGED.matcher(reason).matches()) {
                    fieldListRefusals.incrementAndGet();
                } else if (!(profile == Profile.MILVUS_2_1 && matches(LOAD_TYPE_REFUSALS_21, reason))) {
                    violations.add("load or release refused: " + reason);
                }
            }
            sleep(rnd.nextInt(30));
        }
    }

    /** The resource groups a load names: none, one for all replicas, or one per replica. */
    private static List<String> groupsFor(int replicas, Random rnd) {
        List<String> names = new ArrayList<>(ResourceGroupChurn.NAMED);
        names.add(ResourceGroupChurn.DEFAULT);
        int choice = rnd.nextInt(4);
        if (choice <= 1) {
            return List.of();
        }
        if (choice == 2 || replicas == 1) {
            return List.of(names.get(rnd.nextInt(names.size())));
        }
        Collections.shuffle(names, rnd);
        return names.subList(0, replicas);
    }

    /** Refusals of a read while nothing is loaded, by profile. */
    private static final List<Pattern> NOT_LOADED = List.of(
            Pattern.compile("collection:" + C + " or partition:\\[\\] not loaded into memory when (search|query)"),
            // milvus-2.6 prefixes a search's "failed to search: " (profiles.md row 19)
            Pattern.compile("(failed to search: )?collection not loaded\\[collection=" + C + "\\]"));

    private void searcher(Engine e, Profile profile, long seed) {
        Random rnd = new Random(seed);
        Set<String> everyField = Set.of("id", "age", "tag", "score", "vec");
        while (!stop) {
            float[] q = new float[DIM];
            for (int i = 0; i < DIM; i++) {
                q[i] = rnd.nextFloat() * 2 - 1;
            }
            long start = System.nanoTime();
            long[] ids;
            try {
                int kind = rnd.nextInt(servesPartialLoads(profile) ? 3 : 2);
                if (kind == 0) {
                    ids = e.search(EngineFixture.searchRequest(C, List.of(), q, 50))
                            .ids()
                            .longs();
                } else if (kind == 1) {
                    ids = e.query(new QueryRequest(C, "age < 50", List.of(), List.of(), -1, 0))
                            .get(0)
                            .longs();
                } else {
                    // output field * names the fields the load holds: all of them, or the partial list
                    List<FieldColumn> cols = e.query(new QueryRequest(C, "age < 50", List.of("*"), List.of(), 100, 0));
                    Set<String> names = new HashSet<>();
                    cols.forEach(c -> names.add(c.name()));
                    if (!names.equals(everyField) && !names.equals(new HashSet<>(PARTIAL_FIELDS))) {
                        violations.add("query of output field * returned fields " + names);
                    }
                    starQueries.incrementAndGet();
                    ids = cols.stream()
                            .filter(c -> c.name().equals("id"))
                            .findFirst()
                            .orElseThrow()
                            .longs();
                }
            } catch (EngineException ex) {
                if (!matches(NOT_LOADED, ex.reason())) {
                    violations.add("read refused: " + ex.reason());
                }
                continue; // nothing loaded right now
            }
            long end = System.nanoTime();
            searchesServed.incrementAndGet();
            Set<Integer> parts = new HashSet<>();
            for (long id : ids) {
                parts.add(partOf(id));
                Long deleted = deletedAt.get(id);
                if (deleted != null && deleted < start) {
                    violations.add("deleted row " + id + " reappeared");
                }
            }
            for (int p : parts) {
                if (p < PARTS.size()) {
                    checkServed(p, start, end, "search");
                }
            }
        }
    }

    /**
     * Deletes one acknowledged row every ~5 ms, picked among the ids handed out (not copying the
     * acknowledged set, which a soak grows to millions).
     */
    private void deleter(Engine e, AtomicLong[] nextId, long seed) {
        Random rnd = new Random(seed);
        while (!stop) {
            int part = rnd.nextInt(PARTS.size());
            long first = part * RANGE;
            long id = first + (long) (rnd.nextDouble() * (nextId[part].get() - first));
            if (!acknowledged.get(part).contains(id)) {
                continue; // its insert is running or was refused
            }
            e.delete(C, PARTS.get(part), "id in [" + id + "]");
            deletedAt.put(id, System.nanoTime());
            sleep(5);
        }
    }

    private void dropper(Engine e, AtomicLong nextId, long seed) {
        Random rnd = new Random(seed);
        while (!stop) {
            try {
                e.createPartition(C, "scratch");
                insert(e, 9, 50, nextId, rnd);
                e.dropPartition(C, "scratch");
            } catch (EngineException ex) {
                boolean expected = ex.reason().contains("scratch")
                        || ex.reason()
                                .equals("partition cannot be dropped, partition is loaded, please release it first");
                if (!expected) {
                    violations.add("scratch partition cycle failed: " + ex.reason());
                }
                try {
                    e.releasePartitions(C, List.of("scratch"));
                    e.dropPartition(C, "scratch");
                } catch (EngineException ignored) {
                    // it may not exist or be released already
                }
            }
        }
    }

    private void progressWatcher(Engine e) {
        int[] last = new int[PARTS.size()];
        long[] lastEpoch = new long[PARTS.size()];
        while (!stop) {
            for (int i = 0; i < PARTS.size(); i++) {
                long epoch = quietEpoch(i);
                int p;
                try {
                    p = e.showPartitions(C, List.of(PARTS.get(i)), false).get(0).inMemoryPercentage();
                } catch (EngineException ex) {
                    continue;
                }
                boolean quiet = epoch >= 0 && quietEpoch(i) == epoch;
                if (quiet && epoch == lastEpoch[i] && p < last[i]) {
                    violations.add("progress of " + PARTS.get(i) + " went back from " + last[i] + " to " + p);
                }
                last[i] = p;
                lastEpoch[i] = quiet ? epoch : -1;
            }
        }
    }

    /** The number of releases of partition i, or -1 while one is running. */
    private long quietEpoch(int i) {
        long ended = releasesEnded.get(i).get();
        return releasesStarted.get(i).get() == ended ? ended : -1;
    }

    private void memoryWatcherAndFlusher(Engine e) {
        long nextFlush = System.nanoTime();
        while (!stop) {
            checkMemory(e);
            if (System.nanoTime() > nextFlush) {
                e.flush(List.of(C));
                nextFlush = System.nanoTime() + 400_000_000L;
            }
            sleep(2);
        }
    }

    /**
     * No node's charge is negative, and each replica's nodes together stay within 90% of their
     * capacity — the rule a load and an insert are admitted by (docs/memory.md: a node group, not
     * each node: a group's growth is charged to its first node). Checked on one moment's usage
     * ({@link Engine#queryNodes()}) while no resource-group change runs and the placement read before
     * and after is the same; not for a load whose replicas changed nodes (its memory stays on the
     * nodes it was charged to, docs/resource_groups.md).
     */
    private void checkMemory(Engine e) {
        churn.placement.readLock().lock();
        try {
            Map<Long, List<Long>> before = placement(e);
            List<QueryNodeMetrics> nodes = e.queryNodes();
            Map<Long, List<Long>> after = placement(e);
            for (QueryNodeMetrics n : nodes) {
                if (n.usedBytes() < 0 || n.mmapBytes() < 0) {
                    violations.add(
                            "node " + n.nodeId() + " charged " + n.usedBytes() + " bytes, mapped " + n.mmapBytes());
                }
            }
            if (!before.equals(after)) {
                return;
            }
            for (Map.Entry<Long, List<Long>> r : after.entrySet()) {
                if (churn.moved.contains(r.getKey())) {
                    continue;
                }
                long used = 0;
                for (long node : r.getValue()) {
                    used += nodes.get((int) node - 1).usedBytes();
                }
                long limit = (long) (0.9 * CAPACITY_BYTES * r.getValue().size());
                boundChecks.incrementAndGet();
                if (used > limit) {
                    violations.add("replica " + r.getKey() + " on nodes " + r.getValue() + " charged " + used
                            + " bytes, over 90% (" + limit + ")");
                }
            }
        } finally {
            churn.placement.readLock().unlock();
        }
    }

    private static Map<Long, List<Long>> placement(Engine e) {
        Map<Long, List<Long>> out = new HashMap<>();
        for (ReplicaInfo r : e.replicas(C)) {
            out.put(r.replicaId(), r.nodeIds());
        }
        return out;
    }

    /**
     * ManualCompaction every ~1 s (the flusher's flushes also compact automatically): loaded
     * partitions swap to the rewritten segments while the searchers run.
     */
    private void compactor(Engine e) {
        while (!stop) {
            try {
                e.compact(C, 0);
                compactions.incrementAndGet();
            } catch (EngineException ex) {
                violations.add("compaction failed: " + ex.reason());
            }
            sleep(1000);
        }
    }

    private static void awaitNoLoading(Engine e) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (e.loadState(C, List.of()) == LoadState.LOADING && System.nanoTime() < deadline) {
            sleep(5);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
