package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.Compaction;
import io.partita.server.model.LoadState;
import io.partita.server.storage.PartitionStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compaction: every partition of a collection whose sealed segments hold deleted rows (or are
 * more than one) is rewritten into one segment without them, its delete log truncated
 * ({@link PartitionStore#compact}), and a loaded partition swaps to the new segment at once
 * ({@link LoadManager#applyCompaction}). Runs under the collection lock, synchronously: a
 * compaction that ManualCompaction returns is Completed. A partition that is loading is left for
 * the next compaction (its load task reads the old files).
 *
 * <p>Automatic compaction follows Milvus's single-segment rule: a partition whose deleted keys
 * reach {@link #AUTO_RATIO} of its sealed rows at a flush is compacted in the background
 * {@link #AUTO_DELAY_MS} later, as Milvus's datacoord plans and runs it after the flush (milvus-io/milvus
 * internal/datacoord/compaction_trigger.go: deleted rows / segment rows {@code >=}
 * {@code SingleCompactionRatioThreshold}, 0.2 — a constant {@code singleCompactionRatioThreshold} in
 * 2.1, the {@code dataCoord.compaction.single.ratio.threshold} setting of paramtable since); Partita
 * counts per partition, whose sealed segments it keeps as one. {@code EngineConfig.autoCompaction}
 * turns it off.
 */
final class CompactionOps {
    /** Milvus's {@code dataCoord.compaction.single.ratio.threshold}. */
    static final double AUTO_RATIO = 0.2;

    /**
     * How long after the flush that found a partition due its automatic compaction runs: Milvus
     * answers the flush first and compacts seconds later, so a count right after a flush still
     * includes the deleted rows, and a ManualCompaction right after it finds the plan.
     */
    static final long AUTO_DELAY_MS = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(CompactionOps.class);

    private final LifecycleProfile profile;
    private final Registry registry;
    private final LoadManager loads;
    private final HybridClock clock;
    private final boolean auto;
    private final Map<Long, Compaction> done = new ConcurrentHashMap<>();
    private final ScheduledExecutorService background;

    CompactionOps(LifecycleProfile profile, Registry registry, LoadManager loads, HybridClock clock, boolean auto) {
        this.profile = profile;
        this.registry = registry;
        this.loads = loads;
        this.clock = clock;
        this.auto = auto;
        this.background = auto ? backgroundThread() : null;
    }

    private static ScheduledExecutorService backgroundThread() {
        ScheduledThreadPoolExecutor pool = (ScheduledThreadPoolExecutor) Executors.newScheduledThreadPool(1, r -> {
            Thread t = new Thread(r, "partita-auto-compaction");
            t.setDaemon(true);
            return t;
        });
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return pool;
    }

    /** Stops the background compactions: one running finishes, the scheduled ones are dropped. */
    void close() {
        if (background == null) {
            return;
        }
        background.shutdown();
        try {
            background.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** ManualCompaction of the collection named, or (name empty) of the one with this id. */
    Compaction compact(String collection, long collectionId) {
        CollectionRuntime c =
                collection == null || collection.isEmpty() ? byId(collectionId) : registry.get(collection);
        c.lock.lock();
        try {
            return compactLocked(c, c.partitions);
        } finally {
            c.lock.unlock();
        }
        // index builds for the new segments are queued by compactLocked
    }

    private CollectionRuntime byId(long id) {
        for (CollectionRuntime c : registry.all()) {
            if (c.id() == id && !c.dropped) {
                return c;
            }
        }
        // milvus-io/milvus internal/proxy/task.go: the collection of an unknown id is not found
        throw profile.collectionNotFound(Long.toString(id));
    }

    private Compaction compactLocked(CollectionRuntime c, List<PartitionRuntime> targets) {
        if (c.dropped) {
            throw profile.collectionNotFound(c.name());
        }
        List<Compaction.Plan> plans = new ArrayList<>();
        try {
            for (PartitionRuntime p : targets) {
                if (p.state == LoadState.LOADING) {
                    continue;
                }
                PartitionStore.CompactOutcome o = p.store.compact();
                if (o == null) {
                    continue;
                }
                long freed = loads.applyCompaction(c, p, o);
                List<Long> sources = new ArrayList<>();
                o.sources().forEach(s -> sources.add(s.header().segmentId()));
                plans.add(new Compaction.Plan(
                        sources,
                        o.target() == null ? 0 : o.target().header().segmentId(),
                        o.removedRows(),
                        o.droppedTombstones(),
                        freed));
            }
        } catch (IOException e) {
            throw profile.unexpected("compaction of collection " + c.name() + " failed: " + e.getMessage());
        }
        Compaction result = new Compaction(clock.next(), c.name(), plans);
        done.put(result.id(), result);
        if (!plans.isEmpty()) {
            loads.sealed(c);
        }
        return result;
    }

    /**
     * Under the lock, after a flush of {@code c}: when a partition's deleted keys reach
     * {@link #AUTO_RATIO} of its sealed rows (and automatic compaction is on), schedules the
     * collection's automatic compaction, which checks the rule again when it runs. Milvus checks the
     * rule when a segment is flushed (datacoord's compaction trigger on flush), so does Partita.
     */
    void afterFlush(CollectionRuntime c) {
        if (auto && !due(c).isEmpty()) {
            background.schedule(() -> compactDue(c), AUTO_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private static List<PartitionRuntime> due(CollectionRuntime c) {
        List<PartitionRuntime> due = new ArrayList<>();
        for (PartitionRuntime p : c.partitions) {
            long sealed = p.store.insertedRows() - p.store.growingRows();
            if (sealed > 0 && p.store.deletedCount() >= AUTO_RATIO * sealed) {
                due.add(p);
            }
        }
        return due;
    }

    private void compactDue(CollectionRuntime c) {
        c.lock.lock();
        try {
            List<PartitionRuntime> due = c.dropped ? List.of() : due(c);
            if (!due.isEmpty()) {
                compactLocked(c, due);
            }
        } catch (RuntimeException e) {
            // the data stays as it was (the swap is all or nothing); the next flush schedules it again
            LOG.warn("automatic compaction of collection {} failed: {}", c.name(), e.getMessage());
        } finally {
            c.lock.unlock();
        }
    }

    /** The compaction with this id, or null (an id this engine never gave, or one from before a restart). */
    Compaction state(long compactionId) {
        return done.get(compactionId);
    }
}
