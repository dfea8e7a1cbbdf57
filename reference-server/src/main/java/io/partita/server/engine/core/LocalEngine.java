package io.partita.server.engine.core;

import io.partita.server.catalog.CatalogStore;
import io.partita.server.catalog.CollectionMeta;
import io.partita.server.catalog.LoadRecord;
import io.partita.server.catalog.PartitionMeta;
import io.partita.server.engine.Engine;
import io.partita.server.engine.EngineConfig;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.memory.QueryNodes;
import io.partita.server.memory.ResourceGroups;
import io.partita.server.model.AliasInfo;
import io.partita.server.model.CollectionDescription;
import io.partita.server.model.CollectionInfo;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.Compaction;
import io.partita.server.model.EngineException;
import io.partita.server.model.EngineState;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.FlushResult;
import io.partita.server.model.HybridSearchRequest;
import io.partita.server.model.IndexDescription;
import io.partita.server.model.LoadOptions;
import io.partita.server.model.LoadState;
import io.partita.server.model.MutationResult;
import io.partita.server.model.PartitionInfo;
import io.partita.server.model.QueryNodeMetrics;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.ReplicaInfo;
import io.partita.server.model.ResourceGroupConfig;
import io.partita.server.model.ResourceGroupInfo;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import io.partita.server.model.SegmentInfo;
import io.partita.server.search.FlatSearcher;
import io.partita.server.search.Kernels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process {@link Engine}: wires catalog, storage, load manager, search and query, and
 * guards every call with the OPEN/CLOSING/CLOSED state.
 */
public final class LocalEngine implements Engine {
    private static final Logger LOG = LoggerFactory.getLogger(LocalEngine.class);
    private static final long CLOSE_WAIT_MS = 10_000;

    private final EngineConfig config;
    private final AtomicReference<EngineState> state = new AtomicReference<>(EngineState.OPEN);
    private final AtomicInteger activeCalls = new AtomicInteger();
    private final CatalogStore catalog;
    private final Registry registry;
    private final ExecutorService loaders;
    private final ExecutorService searchPool;
    private final ExecutorService indexBuilder;
    private final IndexBuilds builds;
    private final CollectionOps collections;
    private final PartitionOps partitions;
    private final AliasOps aliases;
    private final LoadOps loadOps;
    private final LoadManager loads;
    private final DataOps data;
    private final CompactionOps compactions;
    private final IndexOps indexes;
    private final SearchOps search;
    private final HybridSearchOps hybrid;
    private final HybridClock clock;
    private final QueryOps query;
    private final Introspection introspection;
    private final ResourceGroupOps resourceGroups;

    private LocalEngine(
            EngineConfig config, CatalogStore catalog, QueryNodes nodes, ResourceGroups groups, Clock wallClock)
            throws IOException {
        this.config = config;
        this.catalog = catalog;
        LifecycleProfile profile = LifecycleProfile.of(config.profile());
        this.registry = new Registry(profile, wallClock);
        this.loaders = Executors.newFixedThreadPool(2, daemon("partita-loader"));
        this.searchPool = Executors.newFixedThreadPool(config.searchThreads(), daemon("partita-search"));
        this.indexBuilder = Executors.newSingleThreadExecutor(daemon("partita-index"));
        this.builds = new IndexBuilds(nodes, indexBuilder, searchPool, config.searchThreads());
        this.loads = new LoadManager(profile, nodes, groups, catalog, loaders, builds, config.mmap());
        Stores stores = new Stores(config.dataDir(), catalog);
        long maxSeq = recover(stores);
        HybridClock clock = new HybridClock(maxSeq, wallClock);
        this.clock = clock;
        ReentrantLock ddl = new ReentrantLock();
        this.collections = new CollectionOps(profile, registry, catalog, stores, loads, clock, ddl);
        this.partitions = new PartitionOps(profile, registry, catalog, stores, loads, clock);
        this.aliases = new AliasOps(profile, registry, catalog, ddl);
        this.loadOps = new LoadOps(profile, registry, loads);
        this.compactions = new CompactionOps(profile, registry, loads, clock, config.autoCompaction());
        this.data = new DataOps(profile, registry, loads, clock, compactions);
        this.indexes = new IndexOps(profile, registry, catalog, builds);
        this.search = new SearchOps(profile, registry, new FlatSearcher(searchPool, config.searchThreads()));
        this.hybrid = new HybridSearchOps(profile, registry, search);
        this.query = new QueryOps(profile, registry);
        this.introspection = new Introspection(registry, nodes);
        this.resourceGroups = new ResourceGroupOps(registry, groups, config.dataDir());
        resourceGroups.restore();
        reloadRecorded(profile);
        // chooses the distance kernel now, so a JVM without jdk.incubator.vector logs its one
        // line (how to enable SIMD) when the engine opens rather than at the first search
        LOG.debug("vector search kernel: {}", Kernels.kernelName());
        for (CollectionRuntime c : registry.all()) {
            builds.scheduleAll(c); // resumes builds a crash or close cut short
        }
    }

    /** Opens the engine over {@code config.dataDir()}, recovering catalog, data and (2.3) load state. */
    public static Engine open(EngineConfig config) {
        return open(
                config,
                new QueryNodes(config.queryNodeCount(), config.memoryLimitBytes()),
                new ResourceGroups(config.queryNodeCount()));
    }

    /**
     * Opens an engine whose loads are charged to these query nodes and placed on these resource
     * groups, shared with other engines (one per database, see {@link DatabaseEngines}).
     */
    static Engine open(EngineConfig config, QueryNodes nodes, ResourceGroups groups) {
        return open(config, nodes, groups, Clock.systemUTC());
    }

    /**
     * As {@link #open(EngineConfig)}, with the wall clock that stamps writes and decides what a
     * collection's {@code collection.ttl.seconds} has expired (tests advance their own clock).
     */
    public static Engine open(EngineConfig config, Clock wallClock) {
        return open(
                config,
                new QueryNodes(config.queryNodeCount(), config.memoryLimitBytes()),
                new ResourceGroups(config.queryNodeCount()),
                wallClock);
    }

    private static Engine open(EngineConfig config, QueryNodes nodes, ResourceGroups groups, Clock wallClock) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data dir " + config.dataDir(), e);
        }
        CatalogStore catalog;
        try {
            catalog = CatalogStore.open(config.dataDir());
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "cannot open the catalog in " + config.dataDir() + ": " + e.getMessage()
                            + " (is another engine using this data dir?)",
                    e);
        }
        try {
            return new LocalEngine(config, catalog, nodes, groups, wallClock);
        } catch (IOException | RuntimeException e) {
            catalog.close();
            if (e instanceof IOException) {
                throw new UncheckedIOException("cannot open the engine over " + config.dataDir(), (IOException) e);
            }
            throw (RuntimeException) e;
        }
    }

    private long recover(Stores stores) throws IOException {
        long maxSeq = 0;
        for (CollectionMeta meta : catalog.collections()) {
            CollectionRuntime c = new CollectionRuntime(meta);
            maxSeq = Math.max(maxSeq, meta.createdTimestamp());
            for (PartitionMeta pm : catalog.partitions(meta.id())) {
                PartitionRuntime p = new PartitionRuntime(pm, stores.open(meta, pm));
                maxSeq = Math.max(maxSeq, Math.max(pm.createdTimestamp(), p.store.maxSeq()));
                c.addPartition(p);
            }
            registry.put(c);
        }
        for (Map.Entry<String, Long> a : catalog.aliases().entrySet()) {
            for (CollectionRuntime c : registry.all()) {
                if (c.id() == a.getValue()) {
                    registry.putAlias(a.getKey(), c.name());
                }
            }
        }
        return maxSeq;
    }

    private void reloadRecorded(LifecycleProfile profile) {
        for (LoadRecord r : catalog.loads()) {
            CollectionRuntime c = null;
            for (CollectionRuntime x : registry.all()) {
                if (x.id() == r.collectionId()) {
                    c = x;
                }
            }
            if (c == null || !profile.recoversLoadState()) {
                catalog.removeLoad(r.collectionId());
                continue;
            }
            c.lock.lock();
            try {
                loads.schedule(
                        c,
                        r.partitionIds(),
                        r.replicaNumber(),
                        r.byCollection(),
                        List.of(),
                        LoadFields.fromIds(c.fields(), r.fieldIds()));
            } catch (EngineException e) {
                LOG.warn("could not reload collection {} after restart: {}", c.name(), e.reason());
                catalog.removeLoad(r.collectionId());
            } finally {
                c.lock.unlock();
            }
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private <T> T call(Supplier<T> body) {
        activeCalls.incrementAndGet();
        try {
            EngineState s = state.get();
            if (s != EngineState.OPEN) {
                throw new EngineException(
                        ErrorCodes.NOT_READY_SERVE,
                        ErrorCodes.CODE_SERVICE_NOT_READY,
                        "engine is " + s.name().toLowerCase(java.util.Locale.ROOT),
                        true);
            }
            return body.get();
        } finally {
            activeCalls.decrementAndGet();
        }
    }

    private void run(Runnable body) {
        call(() -> {
            body.run();
            return null;
        });
    }

    @Override
    public EngineState state() {
        return state.get();
    }

    @Override
    public EngineConfig config() {
        return config;
    }

    @Override
    public long createCollection(CollectionSchema schema) {
        return createCollection(schema, 0);
    }

    @Override
    public long createCollection(CollectionSchema schema, long numPartitions) {
        return call(() -> collections.create(schema, numPartitions));
    }

    @Override
    public void dropCollection(String collectionName) {
        run(() -> collections.drop(collectionName));
    }

    @Override
    public void alterCollection(String collectionName, Map<String, String> properties, List<String> deleteKeys) {
        run(() -> collections.alter(collectionName, properties, deleteKeys));
    }

    @Override
    public void alterCollectionField(
            String collectionName, String fieldName, Map<String, String> properties, List<String> deleteKeys) {
        run(() -> collections.alterField(collectionName, fieldName, properties, deleteKeys));
    }

    @Override
    public void truncateCollection(String collectionName) {
        run(() -> collections.truncate(collectionName));
    }

    @Override
    public void renameCollection(String oldName, String newName) {
        run(() -> collections.rename(oldName, newName));
    }

    @Override
    public boolean hasCollection(String collectionName) {
        return call(() -> collections.has(collectionName));
    }

    @Override
    public CollectionDescription describeCollection(String collectionName) {
        return call(() -> collections.describe(collectionName));
    }

    @Override
    public List<CollectionInfo> showCollections(List<String> names, boolean inMemory) {
        return call(() -> collections.show(names == null ? List.of() : names, inMemory));
    }

    @Override
    public long collectionRowCount(String collectionName) {
        return call(() -> collections.rowCount(collectionName));
    }

    @Override
    public void loadCollection(String collectionName, int replicaNumber) {
        loadCollection(collectionName, replicaNumber, List.of());
    }

    @Override
    public void loadCollection(String collectionName, int replicaNumber, List<String> resourceGroups) {
        loadCollection(collectionName, replicaNumber, resourceGroups, LoadOptions.DEFAULT);
    }

    @Override
    public void loadCollection(
            String collectionName, int replicaNumber, List<String> resourceGroups, LoadOptions options) {
        run(() -> loadOps.loadCollection(collectionName, replicaNumber, resourceGroups, options));
    }

    @Override
    public void releaseCollection(String collectionName) {
        run(() -> loadOps.releaseCollection(collectionName));
    }

    @Override
    public long createPartition(String collectionName, String partitionName) {
        return call(() -> partitions.create(collectionName, partitionName));
    }

    @Override
    public void dropPartition(String collectionName, String partitionName) {
        run(() -> partitions.drop(collectionName, partitionName));
    }

    @Override
    public boolean hasPartition(String collectionName, String partitionName) {
        return call(() -> partitions.has(collectionName, partitionName));
    }

    @Override
    public List<PartitionInfo> showPartitions(String collectionName, List<String> names, boolean inMemory) {
        return call(() -> partitions.show(collectionName, names == null ? List.of() : names, inMemory));
    }

    @Override
    public long partitionRowCount(String collectionName, String partitionName) {
        return call(() -> partitions.rowCount(collectionName, partitionName));
    }

    @Override
    public void loadPartitions(String collectionName, List<String> partitionNames, int replicaNumber) {
        loadPartitions(collectionName, partitionNames, replicaNumber, List.of());
    }

    @Override
    public void loadPartitions(
            String collectionName, List<String> partitionNames, int replicaNumber, List<String> resourceGroups) {
        loadPartitions(collectionName, partitionNames, replicaNumber, resourceGroups, LoadOptions.DEFAULT);
    }

    @Override
    public void loadPartitions(
            String collectionName,
            List<String> partitionNames,
            int replicaNumber,
            List<String> resourceGroups,
            LoadOptions options) {
        run(() -> loadOps.loadPartitions(collectionName, partitionNames, replicaNumber, resourceGroups, options));
    }

    @Override
    public void createResourceGroup(String name, ResourceGroupConfig config) {
        run(() -> resourceGroups.create(name, config));
    }

    @Override
    public void dropResourceGroup(String name) {
        run(() -> resourceGroups.drop(name));
    }

    @Override
    public void updateResourceGroups(Map<String, ResourceGroupConfig> configs) {
        run(() -> resourceGroups.update(configs));
    }

    @Override
    public void transferNode(String source, String target, int numNode) {
        run(() -> resourceGroups.transferNode(source, target, numNode));
    }

    @Override
    public void transferReplica(String source, String target, String collectionName, long numReplica) {
        run(() -> resourceGroups.transferReplica(source, target, collectionName, numReplica));
    }

    @Override
    public List<String> listResourceGroups() {
        return call(resourceGroups::list);
    }

    @Override
    public ResourceGroupInfo describeResourceGroup(String name) {
        return call(() -> resourceGroups.describe(name));
    }

    @Override
    public void releasePartitions(String collectionName, List<String> partitionNames) {
        run(() -> loadOps.releasePartitions(collectionName, partitionNames));
    }

    @Override
    public int loadingProgress(String collectionName, List<String> partitionNames) {
        return call(() -> loadOps.progress(collectionName, partitionNames == null ? List.of() : partitionNames));
    }

    @Override
    public LoadState loadState(String collectionName, List<String> partitionNames) {
        return call(() -> loadOps.state(collectionName, partitionNames == null ? List.of() : partitionNames));
    }

    @Override
    public void createAlias(String collectionName, String alias) {
        run(() -> aliases.create(collectionName, alias));
    }

    @Override
    public void dropAlias(String alias) {
        run(() -> aliases.drop(alias));
    }

    @Override
    public void alterAlias(String collectionName, String alias) {
        run(() -> aliases.alter(collectionName, alias));
    }

    @Override
    public AliasInfo describeAlias(String alias) {
        return call(() -> aliases.describe(alias));
    }

    @Override
    public List<AliasInfo> listAliases(String collectionName) {
        return call(() -> aliases.list(collectionName));
    }

    @Override
    public MutationResult insert(String collectionName, String partitionName, List<FieldColumn> columns) {
        return insert(collectionName, partitionName, columns, 0);
    }

    @Override
    public MutationResult insert(String collectionName, String partitionName, List<FieldColumn> columns, long numRows) {
        return call(() -> data.insert(collectionName, partitionName, columns, numRows));
    }

    @Override
    public MutationResult upsert(String collectionName, String partitionName, List<FieldColumn> columns) {
        return call(() -> data.upsert(collectionName, partitionName, columns));
    }

    @Override
    public MutationResult upsert(
            String collectionName, String partitionName, List<FieldColumn> columns, boolean partialUpdate) {
        if (!partialUpdate) {
            return upsert(collectionName, partitionName, columns);
        }
        return call(() -> data.partialUpsert(collectionName, partitionName, columns, query::query));
    }

    @Override
    public MutationResult delete(String collectionName, String partitionName, String expr) {
        return call(() -> data.delete(collectionName, partitionName, expr));
    }

    @Override
    public FlushResult flush(List<String> collectionNames) {
        return call(() -> data.flush(collectionNames == null ? List.of() : collectionNames));
    }

    @Override
    public Compaction compact(String collectionName, long collectionId) {
        return call(() -> compactions.compact(collectionName, collectionId));
    }

    @Override
    public Compaction compaction(long compactionId) {
        return call(() -> compactions.state(compactionId));
    }

    @Override
    public boolean flushed(List<Long> segmentIds) {
        return call(() -> data.flushed(segmentIds == null ? List.of() : segmentIds));
    }

    @Override
    public void createIndex(String collectionName, String fieldName, String indexName, Map<String, String> params) {
        run(() -> indexes.create(collectionName, fieldName, indexName, params));
    }

    @Override
    public List<IndexDescription> describeIndexes(String collectionName, String fieldName, String indexName) {
        return call(() -> indexes.describe(collectionName, fieldName, indexName, collections.rowCount(collectionName)));
    }

    @Override
    public void alterIndex(
            String collectionName, String indexName, Map<String, String> properties, List<String> deleteKeys) {
        run(() -> indexes.alter(collectionName, indexName, properties, deleteKeys));
    }

    @Override
    public void dropIndex(String collectionName, String fieldName, String indexName) {
        run(() -> indexes.drop(collectionName, fieldName, indexName));
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return call(() -> search.search(request));
    }

    @Override
    public long timestamp() {
        return clock.next();
    }

    @Override
    public SearchResult hybridSearch(HybridSearchRequest request) {
        return call(() -> hybrid.hybridSearch(request));
    }

    @Override
    public List<FieldColumn> query(QueryRequest request) {
        return call(() -> query.query(request));
    }

    @Override
    public List<SegmentInfo> querySegmentInfo(String collectionName) {
        return call(() -> introspection.querySegments(collectionName));
    }

    @Override
    public void addCollectionField(String collectionName, FieldSchema field) {
        call(() -> {
            collections.addField(collectionName, field);
            return null;
        });
    }

    @Override
    public long segmentsRead(String collectionName) {
        return call(() -> registry.get(collectionName).segmentsRead.sum());
    }

    @Override
    public List<SegmentInfo> persistentSegmentInfo(String collectionName) {
        return call(() -> introspection.persistentSegments(collectionName));
    }

    @Override
    public List<ReplicaInfo> replicas(String collectionName) {
        return call(() -> introspection.replicas(collectionName));
    }

    @Override
    public List<QueryNodeMetrics> queryNodes() {
        return call(introspection::queryNodes);
    }

    @Override
    public String systemInfoJson() {
        return call(introspection::systemInfoJson);
    }

    @Override
    public void close() {
        if (!state.compareAndSet(EngineState.OPEN, EngineState.CLOSING)) {
            return;
        }
        long deadline = System.currentTimeMillis() + CLOSE_WAIT_MS;
        while (activeCalls.get() > 0 && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (CollectionRuntime c : registry.all()) {
            c.lock.lock();
            try {
                for (PartitionRuntime p : c.partitions) {
                    if (p.task != null) {
                        p.task.cancelled = true;
                    }
                }
            } finally {
                c.lock.unlock();
            }
        }
        compactions.close();
        loaders.shutdownNow();
        searchPool.shutdownNow();
        indexBuilder.shutdownNow();
        try {
            loaders.awaitTermination(5, TimeUnit.SECONDS);
            searchPool.awaitTermination(5, TimeUnit.SECONDS);
            indexBuilder.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (CollectionRuntime c : registry.all()) {
            for (PartitionRuntime p : c.partitions) {
                try {
                    p.store.close();
                } catch (IOException e) {
                    LOG.warn("closing partition {} of {} failed: {}", p.name(), c.name(), e.getMessage());
                }
            }
        }
        catalog.close();
        state.set(EngineState.CLOSED);
    }
}
