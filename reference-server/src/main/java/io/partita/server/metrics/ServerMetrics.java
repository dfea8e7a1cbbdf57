package io.partita.server.metrics;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.partita.server.engine.Engine;
import io.partita.server.model.CollectionInfo;
import io.partita.server.model.PartitionInfo;
import io.partita.server.model.QueryNodeMetrics;
import io.partita.server.model.SegmentInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * One server's metrics registry. The registry and the JVM binders are built on a daemon thread
 * started by the first recording or scrape, so that neither start-up nor the first call waits for
 * Micrometer's classes: recordings made before it is built are kept and applied once it is (a
 * scrape waits for it). Engine gauges
 * (query nodes, collections, partitions) are read from the engine at each {@link #scrape()}.
 * Thread-safe; {@link #close()} detaches the GC listeners.
 *
 * <p>Milvus's names and labels were read in milvus-io/milvus {@code pkg/metrics/proxy_metrics.go}
 * ({@code milvus_proxy_req_count}, {@code milvus_proxy_req_latency}, {@code
 * milvus_proxy_restful_api_req_count}, {@code milvus_proxy_restful_api_req_latency}: latencies in
 * milliseconds over {@code buckets} = 1, 2, 4, … 131072 from {@code metrics.go}; statuses {@code
 * success}/{@code fail}) and {@code querynode_metrics.go} ({@code milvus_querynode_entity_size}
 * by {@code node_id}, {@code collection_id}, {@code segment_state}).
 */
public final class ServerMetrics implements AutoCloseable {
    /** Prometheus text exposition format 0.0.4, what {@link #scrape()} prints. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** Milvus's latency buckets in ms: {@code prometheus.ExponentialBuckets(1, 2, 18)}. */
    private static final double[] MILVUS_MS_BUCKETS = exponential(1, 2, 18);
    /** Partita's own latency buckets in seconds: 0.5 ms … ~65 s. */
    private static final Duration[] SECOND_BUCKETS = durations(exponential(0.5, 2, 18)); // in ms

    private final Engine engine;
    private final String nodeId;
    private final CompletableFuture<Registry> registry = new CompletableFuture<>();
    private final AtomicBoolean building = new AtomicBoolean();
    /** Recordings made before the registry was built; applied in order once it is. */
    private final Queue<Consumer<Registry>> pending = new ConcurrentLinkedQueue<>();

    private volatile Registry ready;

    private ServerMetrics(Engine engine, long nodeId) {
        this.engine = engine;
        this.nodeId = Long.toString(nodeId);
    }

    /**
     * A server's metrics; nothing of Micrometer is loaded until the first recording or scrape.
     *
     * @param engine read for the memory and load gauges at each scrape
     * @param nodeId the {@code node_id} label of Milvus's proxy metrics (Milvus's proxy node id)
     */
    public static ServerMetrics start(Engine engine, long nodeId) {
        return new ServerMetrics(engine, nodeId);
    }

    private void startBuilding() {
        if (building.compareAndSet(false, true)) {
            Thread builder = new Thread(this::build, "partita-metrics-init");
            builder.setDaemon(true);
            builder.start();
        }
    }

    private void build() {
        try {
            Registry r = new Registry();
            ready = r;
            drain(r);
            registry.complete(r);
        } catch (RuntimeException | Error e) {
            registry.completeExceptionally(e);
        }
    }

    private void drain(Registry r) {
        synchronized (pending) {
            for (Consumer<Registry> action = pending.poll(); action != null; action = pending.poll()) {
                action.accept(r);
            }
        }
    }

    /** Applies {@code action} now if the registry is built, else once it is; never waits. */
    private void withRegistry(Consumer<Registry> action) {
        Registry r = ready;
        if (r != null) {
            action.accept(r);
            return;
        }
        pending.add(action);
        startBuilding();
        r = ready;
        if (r != null) {
            drain(r); // built meanwhile: the builder's drain may have run before the add
        }
    }

    private Registry registry() {
        startBuilding();
        Registry r = registry.join();
        drain(r);
        return r;
    }

    /**
     * Records one answered gRPC call.
     *
     * @param method the bare RPC name, e.g. {@code Search}
     * @param grpcStatus the gRPC status code's name, e.g. {@code OK}
     * @param milvusCode the Milvus {@code common.Status} code of the answer, 0 for success, -1 when none was read
     */
    public void recordGrpc(String method, String grpcStatus, int milvusCode, long elapsedNanos) {
        withRegistry(r -> recordGrpc(r, method, grpcStatus, milvusCode, elapsedNanos));
    }

    private void recordGrpc(Registry r, String method, String grpcStatus, int milvusCode, long elapsedNanos) {
        boolean success = grpcStatus.equals("OK") && milvusCode <= 0;
        r.count(
                        "milvus.proxy.req.count",
                        "count of operation executed",
                        Tags.of("node_id", nodeId, "function_name", method, "status", success ? "success" : "fail"))
                .increment();
        milvusLatency(r, "milvus_proxy_req_latency", "function_name", method).record(elapsedNanos / 1e6);
        Timer.builder("partita.grpc.requests")
                .description("gRPC calls answered, by method, gRPC status and Milvus status code")
                .tags(
                        "method",
                        method,
                        "status",
                        grpcStatus,
                        "code",
                        milvusCode < 0 ? "none" : Integer.toString(milvusCode))
                .serviceLevelObjectives(SECOND_BUCKETS)
                .register(r.prometheus)
                .record(elapsedNanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Records one answered HTTP request.
     *
     * @param route the matched path, or {@code other}
     * @param status the HTTP status code
     */
    public void recordHttp(String method, String route, int status, long elapsedNanos) {
        withRegistry(r -> recordHttp(r, method, route, status, elapsedNanos));
    }

    private void recordHttp(Registry r, String method, String route, int status, long elapsedNanos) {
        r.count(
                        "milvus.proxy.restful.api.req.count",
                        "count of operation executed",
                        Tags.of("node_id", nodeId, "path", route))
                .increment();
        milvusLatency(r, "milvus_proxy_restful_api_req_latency", "path", route).record(elapsedNanos / 1e6);
        Timer.builder("partita.http.requests")
                .description("HTTP requests answered, by method, route and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .serviceLevelObjectives(SECOND_BUCKETS)
                .register(r.prometheus)
                .record(elapsedNanos, TimeUnit.NANOSECONDS);
    }

    private DistributionSummary milvusLatency(Registry r, String name, String key, String value) {
        return DistributionSummary.builder(name)
                .description("latency of each request in milliseconds (Milvus's buckets)")
                .tags("node_id", nodeId, key, value)
                .serviceLevelObjectives(MILVUS_MS_BUCKETS)
                .register(r.prometheus);
    }

    /**
     * Registers a gauge read at each scrape, e.g. a budget the HTTP port keeps; without waiting
     * for the registry to be built.
     */
    public <T> void gauge(String name, String help, T source, ToDoubleFunction<T> value) {
        registry.thenAccept(r -> Gauge.builder(name, source, value)
                .description(help)
                .strongReference(true)
                .register(r.prometheus));
    }

    /** The Prometheus text of every metric; the engine gauges are read now. */
    public String scrape() {
        Registry r = registry();
        synchronized (r) {
            r.refresh(engine);
            return r.prometheus.scrape();
        }
    }

    @Override
    public void close() {
        registry.thenAccept(Registry::close); // nothing to close when it was never built
    }

    /** The Micrometer registry with the JVM binders and the engine's multi-gauges. */
    private static final class Registry {
        final PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        final JvmGcMetrics gc = new JvmGcMetrics();
        final MultiGauge nodeCapacity =
                multi("partita.querynode.capacity.bytes", "Memory capacity of each simulated query node.");
        final MultiGauge nodeUsed =
                multi("partita.querynode.used.bytes", "Loaded bytes charged to each simulated query node.");
        final MultiGauge nodeMmap = multi(
                "partita.querynode.mmap.bytes",
                "Memory-mapped bytes (mmap.enabled columns) each simulated query node holds on disk.");
        final MultiGauge entitySize =
                multi("milvus.querynode.entity.size", "entities' memory size, clustered by collection and state");
        final MultiGauge collectionBytes =
                multi("partita.collection.loaded.bytes", "Bytes of a collection loaded in query nodes (all replicas).");
        final MultiGauge partitionBytes =
                multi("partita.partition.loaded.bytes", "Bytes of a partition loaded in query nodes (all replicas).");
        final MultiGauge collectionProgress =
                multi("partita.collection.load.progress.percent", "Loading progress of a collection, 0..100.");
        final MultiGauge partitionProgress =
                multi("partita.partition.load.progress.percent", "Loading progress of a partition, 0..100.");

        private final Map<Meter.Id, LongAdder> counts = new ConcurrentHashMap<>();

        /**
         * A count under Milvus's exact name. The Prometheus client prints a counter as {@code
         * <name>_total} (OpenMetrics); Milvus's Go client does not, and its dashboards query the bare
         * name. So these counts are printed as gauges that only grow: {@code rate()} and {@code
         * increase()} read them as they read Milvus's.
         */
        LongAdder count(String name, String help, Tags tags) {
            Meter.Id id = new Meter.Id(name, tags, null, help, Meter.Type.GAUGE);
            return counts.computeIfAbsent(id, k -> {
                LongAdder adder = new LongAdder();
                Gauge.builder(name, adder, LongAdder::sum)
                        .description(help)
                        .tags(tags)
                        .strongReference(true)
                        .register(prometheus);
                return adder;
            });
        }

        Registry() {
            new JvmMemoryMetrics().bindTo(prometheus);
            gc.bindTo(prometheus);
            new JvmThreadMetrics().bindTo(prometheus);
            new ClassLoaderMetrics().bindTo(prometheus);
            new UptimeMetrics().bindTo(prometheus);
        }

        private MultiGauge multi(String name, String help) {
            return MultiGauge.builder(name).description(help).register(prometheus);
        }

        void refresh(Engine engine) {
            List<MultiGauge.Row<?>> capacity = new ArrayList<>();
            List<MultiGauge.Row<?>> used = new ArrayList<>();
            List<MultiGauge.Row<?>> mmap = new ArrayList<>();
            for (QueryNodeMetrics n : engine.queryNodes()) {
                Tags node = Tags.of("node_id", Long.toString(n.nodeId()));
                capacity.add(MultiGauge.Row.of(node, n.capacityBytes()));
                used.add(MultiGauge.Row.of(node, n.usedBytes()));
                mmap.add(MultiGauge.Row.of(node, n.mmapBytes()));
            }
            nodeCapacity.register(capacity, true);
            nodeUsed.register(used, true);
            nodeMmap.register(mmap, true);
            Map<Tags, Long> entity = new HashMap<>();
            List<MultiGauge.Row<?>> collBytes = new ArrayList<>();
            List<MultiGauge.Row<?>> partBytes = new ArrayList<>();
            List<MultiGauge.Row<?>> collProgress = new ArrayList<>();
            List<MultiGauge.Row<?>> partProgress = new ArrayList<>();
            for (CollectionInfo c : engine.showCollections(List.of(), false)) {
                try {
                    collection(engine, c, entity, collBytes, partBytes, collProgress, partProgress);
                } catch (RuntimeException droppedMeanwhile) {
                    // the collection went away between listing and reading; skip it this scrape
                }
            }
            List<MultiGauge.Row<?>> entityRows = new ArrayList<>();
            entity.forEach((tags, bytes) -> entityRows.add(MultiGauge.Row.of(tags, bytes)));
            entitySize.register(entityRows, true);
            collectionBytes.register(collBytes, true);
            partitionBytes.register(partBytes, true);
            collectionProgress.register(collProgress, true);
            partitionProgress.register(partProgress, true);
        }

        private static void collection(
                Engine engine,
                CollectionInfo c,
                Map<Tags, Long> entity,
                List<MultiGauge.Row<?>> collBytes,
                List<MultiGauge.Row<?>> partBytes,
                List<MultiGauge.Row<?>> collProgress,
                List<MultiGauge.Row<?>> partProgress) {
            Tags coll = Tags.of("collection", c.name());
            List<PartitionInfo> partitions = engine.showPartitions(c.name(), List.of(), false);
            int progress = engine.loadingProgress(c.name(), List.of());
            Map<Long, Long> bytesByPartition = new HashMap<>();
            partitions.forEach(p -> bytesByPartition.put(p.partitionId(), 0L));
            long total = 0;
            for (SegmentInfo s : loadedSegments(engine, c.name())) {
                bytesByPartition.merge(s.partitionId(), s.memSizeBytes(), Long::sum);
                total += s.memSizeBytes();
                String state = s.state() == SegmentInfo.STATE_GROWING ? "Growing" : "Sealed";
                for (long node : s.nodeIds()) {
                    Tags t = Tags.of(
                            "node_id", Long.toString(node),
                            "collection_id", Long.toString(s.collectionId()),
                            "segment_state", state);
                    entity.merge(t, s.memSizeBytes(), Long::sum);
                }
            }
            collBytes.add(MultiGauge.Row.of(coll, total));
            collProgress.add(MultiGauge.Row.of(coll, progress));
            for (PartitionInfo p : partitions) {
                Tags part = coll.and("partition", p.name());
                partBytes.add(MultiGauge.Row.of(part, bytesByPartition.getOrDefault(p.partitionId(), 0L)));
                partProgress.add(MultiGauge.Row.of(part, partitionProgress(engine, c.name(), p.name())));
            }
        }

        private static int partitionProgress(Engine engine, String collection, String partition) {
            try {
                return engine.loadingProgress(collection, List.of(partition));
            } catch (RuntimeException notLoaded) {
                return 0;
            }
        }

        private static List<SegmentInfo> loadedSegments(Engine engine, String collection) {
            try {
                return engine.querySegmentInfo(collection);
            } catch (RuntimeException notLoaded) {
                return List.of();
            }
        }

        void close() {
            gc.close();
            prometheus.close();
        }
    }

    private static double[] exponential(double start, double factor, int count) {
        double[] b = new double[count];
        for (int i = 0; i < count; i++) {
            b[i] = start * Math.pow(factor, i);
        }
        return b;
    }

    private static Duration[] durations(double[] millis) {
        Duration[] d = new Duration[millis.length];
        for (int i = 0; i < millis.length; i++) {
            d[i] = Duration.ofNanos(Math.round(millis[i] * 1e6));
        }
        return d;
    }
}
