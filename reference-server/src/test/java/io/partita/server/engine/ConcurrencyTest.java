package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.EngineException;
import io.partita.server.model.LoadState;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.SegmentInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many threads load, release, search, query, insert, delete, flush and drop at once for a
 * bounded time; the invariants are checked while it runs and at the end.
 */
class ConcurrencyTest {
    private static final String C = "conc";
    private static final int DIM = 8;
    private static final List<String> PARTS = List.of("p0", "p1", "p2", "p3");
    private static final long RANGE = 1_000_000_000L;
    private static final long CAPACITY_BYTES = 1_200_000;
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
    final Map<Long, Long> deletedAt = new ConcurrentHashMap<>();
    /** Releases begun and ended per partition: progress may only drop across a release. */
    final Map<Integer, AtomicLong> releasesStarted = new ConcurrentHashMap<>();

    final Map<Integer, AtomicLong> releasesEnded = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    final AtomicLong searchesServed = new AtomicLong();
    final AtomicLong loadsScheduled = new AtomicLong();
    final AtomicLong memoryRefusals = new AtomicLong();
    final AtomicLong compactions = new AtomicLong();
    volatile boolean stop;

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

    @ParameterizedTest
    @EnumSource(Profile.class)
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
                .queryNodeCount(1)
                .mmap(profile == Profile.MILVUS_2_6)
                .build())) {
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
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<Future<?>> tasks = new ArrayList<>();
            tasks.add(pool.submit(() -> inserter(e, nextId, 1)));
            tasks.add(pool.submit(() -> inserter(e, nextId, 2)));
            tasks.add(pool.submit(() -> loaderReleaser(e, 3)));
            tasks.add(pool.submit(() -> searcher(e, 4)));
            tasks.add(pool.submit(() -> searcher(e, 5)));
            tasks.add(pool.submit(() -> deleter(e, 6)));
            tasks.add(pool.submit(() -> dropper(e, nextId[9], 7)));
            tasks.add(pool.submit(() -> progressWatcher(e)));
            tasks.add(pool.submit(() -> memoryWatcherAndFlusher(e)));
            tasks.add(pool.submit(() -> compactor(e)));
            Thread.sleep(RUN.toMillis());
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
                            + " %d compactions%n",
                    profile,
                    searchesServed.get(),
                    loadsScheduled.get(),
                    memoryRefusals.get(),
                    acknowledged.values().stream().mapToInt(Set::size).sum(),
                    deletedAt.size(),
                    compactions.get());
            assertThat(compactions.get()).as("compactions run").isPositive();
            assertThat(searchesServed.get()).as("searches served").isGreaterThan(20);
            assertThat(loadsScheduled.get()).as("loads scheduled").isGreaterThan(5);

            // quiescent: accounting equals resident segments, then everything is checked and released
            awaitNoLoading(e);
            long used = e.queryNodes().get(0).usedBytes();
            if (e.loadState(C, List.of()) != LoadState.NOT_LOAD) {
                long segments = e.querySegmentInfo(C).stream()
                        .mapToLong(SegmentInfo::memSizeBytes)
                        .sum();
                assertThat(used).isEqualTo(segments);
            }
            e.releaseCollection(C);
            assertThat(e.queryNodes().get(0).usedBytes())
                    .as("accounting once everything is released")
                    .isZero();
            assertThat(e.queryNodes().get(0).mmapBytes())
                    .as("mapped bytes once everything is released")
                    .isZero();
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
        for (long id = first; id < first + n; id++) {
            acknowledged.get(part).add(id);
        }
    }

    private void inserter(Engine e, AtomicLong[] nextId, long seed) {
        Random rnd = new Random(seed);
        while (!stop) {
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

    private void loaderReleaser(Engine e, long seed) {
        Random rnd = new Random(seed);
        while (!stop) {
            int op = rnd.nextInt(4);
            List<String> subset = new ArrayList<>(PARTS);
            Collections.shuffle(subset, rnd);
            subset = subset.subList(0, 1 + rnd.nextInt(2));
            try {
                if (op == 0 || op == 1) {
                    List<Integer> idx =
                            op == 0 ? subset.stream().map(PARTS::indexOf).toList() : List.of(0, 1, 2, 3);
                    // recorded before the call: the background load may publish, and a search see it,
                    // before the call returns to this thread; taken back if the load is refused
                    List<Event> begun = new ArrayList<>();
                    long at = System.nanoTime();
                    for (int i : idx) {
                        Event ev = new Event(at, true);
                        events.get(i).add(ev);
                        begun.add(ev);
                    }
                    try {
                        if (op == 0) {
                            e.loadPartitions(C, subset, 1);
                        } else {
                            e.loadCollection(C, 1);
                        }
                    } catch (EngineException refused) {
                        for (int k = 0; k < idx.size(); k++) {
                            events.get(idx.get(k)).remove(begun.get(k));
                        }
                        throw refused;
                    }
                    loadsScheduled.incrementAndGet();
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
                // refusals by the profile's rules or the memory limit are expected here
                if (ex.reason().startsWith("no enough memory")) {
                    memoryRefusals.incrementAndGet();
                    long used = e.queryNodes().get(0).usedBytes();
                    if (used > CAPACITY_BYTES * 9 / 10) {
                        violations.add("accounting above 90% after a refusal: " + used);
                    }
                }
            }
            sleep(rnd.nextInt(30));
        }
    }

    private void searcher(Engine e, long seed) {
        Random rnd = new Random(seed);
        while (!stop) {
            float[] q = new float[DIM];
            for (int i = 0; i < DIM; i++) {
                q[i] = rnd.nextFloat() * 2 - 1;
            }
            long start = System.nanoTime();
            long[] ids;
            try {
                if (rnd.nextBoolean()) {
                    ids = e.search(EngineFixture.searchRequest(C, List.of(), q, 50))
                            .ids()
                            .longs();
                } else {
                    ids = e.query(new QueryRequest(C, "age < 50", List.of(), List.of(), -1, 0))
                            .get(0)
                            .longs();
                }
            } catch (EngineException ex) {
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

    private void deleter(Engine e, long seed) {
        Random rnd = new Random(seed);
        while (!stop) {
            int part = rnd.nextInt(PARTS.size());
            List<Long> ids = new ArrayList<>(acknowledged.get(part));
            if (ids.isEmpty()) {
                continue;
            }
            long id = ids.get(rnd.nextInt(ids.size()));
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
            long used = e.queryNodes().get(0).usedBytes();
            if (used > CAPACITY_BYTES * 9 / 10 || used < 0) {
                violations.add("accounted memory out of bounds: " + used);
            }
            if (System.nanoTime() > nextFlush) {
                e.flush(List.of(C));
                nextFlush = System.nanoTime() + 400_000_000L;
            }
            sleep(2);
        }
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
