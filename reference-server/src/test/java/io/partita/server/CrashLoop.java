package io.partita.server;

import com.google.protobuf.ByteString;
import io.grpc.StatusRuntimeException;
import io.partita.server.grpc.WireRequests;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreateIndexRequest;
import io.partita.wire.DataType;
import io.partita.wire.DeleteRequest;
import io.partita.wire.DescribeIndexRequest;
import io.partita.wire.ErrorCode;
import io.partita.wire.FieldData;
import io.partita.wire.FieldSchema;
import io.partita.wire.FlushRequest;
import io.partita.wire.GetLoadingProgressRequest;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.ManualCompactionRequest;
import io.partita.wire.MutationResult;
import io.partita.wire.QueryRequest;
import io.partita.wire.QueryResults;
import io.partita.wire.VectorField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The kill-point loop of issue 18: one data directory, a forked standalone server (profile
 * milvus-2.6) started, fed and killed with SIGKILL at a random moment, again and again. Each
 * point: the restarted server must hold every row acknowledged so far (no loss, no duplicate,
 * every column as written: JSON, dynamic, ARRAY, nullable VARCHAR, sparse, FLOAT16 vectors) and
 * every index whose CreateIndex was acknowledged, and none whose Delete was acknowledged; then a
 * client inserts batches while, at random, Flush, CreateIndex (HNSW on the float vector, built while
 * rows arrive) and a Delete of earlier rows followed by ManualCompaction run beside it, and the
 * server is killed 0–400 ms after the first acknowledgement of the point. Every
 * {@link #POINTS_PER_COLLECTION} points a new collection starts, so a check reads a bounded number
 * of rows. Run by {@code CrashRecoveryIT} (a few points, in {@code mvn verify}) and, for the long
 * run, by {@code reference-server/crash.sh POINTS}.
 */
public final class CrashLoop {
    static final int POINTS_PER_COLLECTION = 25;
    static final int BATCH = 50;
    static final int DIM = CrashRecoveryIT.DIM;

    /** What a run found. */
    record Report(
            int points, long acknowledgedRows, long lost, long duplicates, long resurrected, int indexesChecked) {}

    /** The most rows one point deletes (from earlier points' rows) before its ManualCompaction. */
    static final int DELETE_BATCH = 200;

    private final Path dir;
    private final Random random;
    private final Map<String, Set<Long>> acknowledged = new HashMap<>();
    private final Set<String> indexed = new HashSet<>();
    /** Per collection, ids whose Delete was acknowledged: they must stay gone. */
    private final Map<String, Set<Long>> deleted = new HashMap<>();
    /** Per collection, ids whose Delete was sent but not acknowledged: either outcome is right. */
    private final Map<String, Set<Long>> deleting = new HashMap<>();

    private long acknowledgedRows;
    private long lost;
    private long duplicates;
    private long resurrected;
    private int indexesChecked;
    private long nextId;
    /** The first id of the last point, whose rows a check reads whole. */
    private long lastStart;

    CrashLoop(Path dir, long seed) {
        this.dir = dir;
        this.random = new Random(seed);
    }

    /** Runs {@code points} kill points; a lost or duplicated row stops the run at once. */
    Report run(int points, java.io.PrintStream progress) throws Exception {
        for (int p = 0; p < points; p++) {
            String collection = "crash_" + (p / POINTS_PER_COLLECTION);
            try (ForkedServer s = ForkedServer.startDirect(dir, "--profile", "milvus-2.6")) {
                if (p % POINTS_PER_COLLECTION == 0) {
                    create(s, collection);
                } else {
                    check(s, collection);
                }
                if (lost > 0 || duplicates > 0 || resurrected > 0) {
                    break;
                }
                feedAndKill(s, collection);
            }
            if (progress != null && (p + 1) % 25 == 0) {
                progress.printf(
                        "%d points, %d acknowledged rows, %d deleted (acknowledged), lost %d, duplicates %d,"
                                + " deleted rows back %d, indexes checked %d%n",
                        p + 1,
                        acknowledgedRows,
                        deleted.values().stream().mapToLong(Set::size).sum(),
                        lost,
                        duplicates,
                        resurrected,
                        indexesChecked);
            }
        }
        // the last point's rows, after one more restart
        try (ForkedServer s = ForkedServer.startDirect(dir, "--profile", "milvus-2.6")) {
            check(s, "crash_" + ((points - 1) / POINTS_PER_COLLECTION));
        }
        return new Report(points, acknowledgedRows, lost, duplicates, resurrected, indexesChecked);
    }

    private void create(ForkedServer s, String collection) {
        io.partita.wire.CollectionSchema schema = CrashRecoveryIT.schema().toBuilder()
                .setName(collection)
                .addFields(FieldSchema.newBuilder()
                        .setName("half")
                        .setDataType(DataType.Float16Vector)
                        .addTypeParams(WireRequests.kv("dim", Integer.toString(DIM))))
                .build();
        io.partita.wire.Status st = s.stub()
                .createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName(collection)
                        .setSchema(schema.toByteString())
                        .build());
        if (st.getErrorCode() != ErrorCode.Success) {
            throw new IllegalStateException("create " + collection + ": " + st.getReason());
        }
        acknowledged.put(collection, ConcurrentHashMap.newKeySet());
        deleted.put(collection, ConcurrentHashMap.newKeySet());
        deleting.put(collection, ConcurrentHashMap.newKeySet());
    }

    /** Loads the collection and compares it with what was acknowledged. */
    private void check(ForkedServer s, String collection) throws InterruptedException {
        io.partita.wire.Status load = s.stub()
                .loadCollection(LoadCollectionRequest.newBuilder()
                        .setCollectionName(collection)
                        .build());
        if (load.getErrorCode() != ErrorCode.Success) {
            throw new IllegalStateException("load " + collection + ": " + load.getReason());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (s.stub()
                        .getLoadingProgress(GetLoadingProgressRequest.newBuilder()
                                .setCollectionName(collection)
                                .build())
                        .getProgress()
                < 100) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("load of " + collection + " did not finish");
            }
            Thread.sleep(20);
        }
        // every row's id, then every column of the rows the last point wrote (a bounded read)
        List<Long> present = ids(query(s, collection, "id >= 0", "id"));
        Set<Long> presentSet = new HashSet<>(present);
        duplicates += present.size() - presentSet.size();
        Set<Long> gone = deleted.get(collection);
        Set<Long> maybe = deleting.get(collection);
        Set<Long> missing = new HashSet<>(acknowledged.get(collection));
        missing.removeAll(presentSet);
        missing.removeAll(gone);
        missing.removeAll(maybe);
        lost += missing.size();
        resurrected += gone.stream().filter(presentSet::contains).count();
        // an unacknowledged delete is now settled either way: applied (gone) or not (alive)
        for (Long id : maybe) {
            if (!presentSet.contains(id)) {
                gone.add(id);
            }
        }
        maybe.clear();
        QueryResults q = query(s, collection, "id >= " + lastStart, "*", "half");
        List<Long> recent = ids(q);
        CrashRecoveryIT.assertRichColumnsRecovered(q, recent);
        Map<String, FieldData> byName = new HashMap<>();
        q.getFieldsDataList().forEach(f -> byName.put(f.getFieldName(), f));
        byte[] half = byName.get("half").getVectors().getFloat16Vector().toByteArray();
        for (int r = 0; r < recent.size(); r++) {
            byte[] expected = half(recent.get(r));
            for (int b = 0; b < expected.length; b++) {
                if (half[r * expected.length + b] != expected[b]) {
                    throw new IllegalStateException("float16 vector of row " + recent.get(r) + " differs");
                }
            }
        }
        if (indexed.contains(collection)) {
            var d = s.stub()
                    .describeIndex(DescribeIndexRequest.newBuilder()
                            .setCollectionName(collection)
                            .setFieldName("vec")
                            .build());
            if (d.getStatus().getErrorCode() != ErrorCode.Success || d.getIndexDescriptionsCount() == 0) {
                throw new IllegalStateException("acknowledged index of " + collection + " lost: "
                        + d.getStatus().getReason());
            }
            indexesChecked++;
        }
    }

    private static QueryResults query(ForkedServer s, String collection, String expr, String... outputs) {
        QueryResults q = s.stub()
                .query(QueryRequest.newBuilder()
                        .setCollectionName(collection)
                        .setExpr(expr)
                        .addAllOutputFields(List.of(outputs))
                        .build());
        if (!q.getStatus().getReason().isEmpty()) {
            throw new IllegalStateException(
                    "query " + collection + ": " + q.getStatus().getReason());
        }
        return q;
    }

    private static List<Long> ids(QueryResults q) {
        return q.getFieldsDataList().stream()
                .filter(f -> f.getFieldName().equals("id"))
                .findFirst()
                .orElseThrow()
                .getScalars()
                .getLongData()
                .getDataList();
    }

    /** Inserts (with Flush and CreateIndex at random beside it) and kills the server mid-way. */
    private void feedAndKill(ForkedServer s, String collection) throws Exception {
        Set<Long> acked = acknowledged.get(collection);
        CountDownLatch first = new CountDownLatch(1);
        AtomicBoolean stop = new AtomicBoolean();
        long start = nextId;
        lastStart = start;
        nextId += 1_000_000; // ids of a point never collide with the next point's
        Thread inserter = new Thread(
                () -> {
                    long next = start;
                    while (!stop.get()) {
                        long[] ids = new long[BATCH];
                        for (int i = 0; i < BATCH; i++) {
                            ids[i] = next + i;
                        }
                        next += BATCH;
                        MutationResult m;
                        try {
                            m = s.stub().insert(insert(collection, ids));
                        } catch (StatusRuntimeException e) {
                            return; // the server is gone
                        }
                        if (m.getStatus().getErrorCode() == ErrorCode.Success) {
                            for (long id : ids) {
                                acked.add(id);
                            }
                            synchronized (this) {
                                acknowledgedRows += BATCH;
                            }
                            first.countDown();
                        }
                    }
                },
                "crash-inserter");
        // bit 1: Flush, bit 2: CreateIndex, bit 4: Delete up to DELETE_BATCH earlier rows then ManualCompaction
        int side = random.nextInt(8);
        boolean indexNow = (side & 2) != 0 && !indexed.contains(collection);
        List<Long> toDelete = (side & 4) != 0 ? deletable(collection) : List.of();
        Thread beside = new Thread(
                () -> {
                    try {
                        if ((side & 1) != 0) {
                            s.stub()
                                    .flush(FlushRequest.newBuilder()
                                            .addCollectionNames(collection)
                                            .build());
                        }
                        if (indexNow) {
                            io.partita.wire.Status st = s.stub().createIndex(hnsw(collection));
                            if (st.getErrorCode() == ErrorCode.Success) {
                                synchronized (this) {
                                    indexed.add(collection);
                                }
                            }
                        }
                        if ((side & 4) != 0) {
                            deleteAndCompact(s, collection, toDelete);
                        }
                    } catch (StatusRuntimeException e) {
                        // the server is gone
                    }
                },
                "crash-beside");
        inserter.start();
        if (!first.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no insert acknowledged in 60 s");
        }
        beside.start();
        Thread.sleep(random.nextInt(400));
        s.process.destroyForcibly(); // SIGKILL
        if (!s.process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server survived SIGKILL");
        }
        stop.set(true);
        inserter.join(TimeUnit.SECONDS.toMillis(30));
        beside.join(TimeUnit.SECONDS.toMillis(30));
    }

    /** Up to DELETE_BATCH ids of earlier points that are alive, picked at random (all below this point's ids). */
    private List<Long> deletable(String collection) {
        List<Long> alive = new java.util.ArrayList<>(acknowledged.get(collection));
        alive.removeAll(deleted.get(collection));
        java.util.Collections.shuffle(alive, random);
        return List.copyOf(alive.subList(0, Math.min(DELETE_BATCH, alive.size())));
    }

    /** Deletes {@code ids} (recorded as in flight, then as deleted once acknowledged) and compacts the collection. */
    private void deleteAndCompact(ForkedServer s, String collection, List<Long> ids) {
        if (!ids.isEmpty()) {
            deleting.get(collection).addAll(ids);
            MutationResult m = s.stub()
                    .delete(DeleteRequest.newBuilder()
                            .setCollectionName(collection)
                            .setExpr("id in " + ids)
                            .build());
            if (m.getStatus().getErrorCode() == ErrorCode.Success) {
                deleted.get(collection).addAll(ids);
                deleting.get(collection).removeAll(ids);
            }
        }
        s.stub()
                .manualCompaction(ManualCompactionRequest.newBuilder()
                        .setCollectionName(collection)
                        .build());
    }

    private static InsertRequest insert(String collection, long[] ids) {
        float[][] rows = new float[ids.length][];
        ByteString.Output half = ByteString.newOutput();
        for (int i = 0; i < ids.length; i++) {
            rows[i] = new float[] {ids[i] % 1000, 1, 2, 3};
            half.write(half(ids[i]), 0, 2 * DIM);
        }
        return InsertRequest.newBuilder()
                .setCollectionName(collection)
                .addFieldsData(WireRequests.ids(ids))
                .addFieldsData(WireRequests.vectors(DIM, rows))
                .addAllFieldsData(CrashRecoveryIT.richColumns(ids))
                .addFieldsData(FieldData.newBuilder()
                        .setFieldName("half")
                        .setType(DataType.Float16Vector)
                        .setVectors(VectorField.newBuilder().setDim(DIM).setFloat16Vector(half.toByteString())))
                .setNumRows(ids.length)
                .build();
    }

    /** IEEE 754 half-precision bits of 0 … 6. */
    private static final short[] HALVES = {0x0000, 0x3C00, 0x4000, 0x4200, 0x4400, 0x4500, 0x4600};

    /** Row id's FLOAT16 vector: the halves of (id % 7, 1, 2, 3), little-endian. */
    static byte[] half(long id) {
        byte[] out = new byte[2 * DIM];
        int[] v = {(int) (id % 7), 1, 2, 3};
        for (int i = 0; i < DIM; i++) {
            short h = HALVES[v[i]];
            out[2 * i] = (byte) h;
            out[2 * i + 1] = (byte) (h >> 8);
        }
        return out;
    }

    private static CreateIndexRequest hnsw(String collection) {
        return CreateIndexRequest.newBuilder()
                .setCollectionName(collection)
                .setFieldName("vec")
                .setIndexName("vec_hnsw")
                .addExtraParams(WireRequests.kv("index_type", "HNSW"))
                .addExtraParams(WireRequests.kv("metric_type", "L2"))
                .addExtraParams(WireRequests.kv("params", "{\"M\":8,\"efConstruction\":32}"))
                .build();
    }

    /**
     * {@code CrashLoop POINTS [SEED] [DIR] [LANES]}: runs the loop and prints the figures; exit 1
     * on any lost or duplicated row. LANES loops (default 1) run side by side, each on its own
     * data directory and seed, sharing the points. Needs {@code partita.server.jar} (default
     * target/reference-server.jar).
     */
    public static void main(String[] args) throws Exception {
        int points = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 18;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("partita-crash");
        int lanes = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        long t0 = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(lanes);
        List<java.util.concurrent.Future<Report>> runs = new java.util.ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            Path laneDir = Files.createDirectories(dir.resolve("lane" + lane));
            int lanePoints = points / lanes + (lane < points % lanes ? 1 : 0);
            long laneSeed = seed + lane;
            runs.add(pool.submit(() -> new CrashLoop(laneDir, laneSeed).run(lanePoints, System.out)));
        }
        int total = 0;
        long rows = 0;
        long lostRows = 0;
        long duplicated = 0;
        long back = 0;
        int indexes = 0;
        for (var run : runs) {
            Report r = run.get();
            total += r.points();
            rows += r.acknowledgedRows();
            lostRows += r.lost();
            duplicated += r.duplicates();
            back += r.resurrected();
            indexes += r.indexesChecked();
        }
        pool.shutdown();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        System.out.printf(
                "crash loop: %d kill points, %d acknowledged rows, lost %d, duplicates %d, deleted rows back %d,"
                        + " acknowledged indexes checked %d, %d s (seed %d, %d lanes, data %s)%n",
                total, rows, lostRows, duplicated, back, indexes, seconds, seed, lanes, dir);
        System.exit(lostRows == 0 && duplicated == 0 && back == 0 ? 0 : 1);
    }
}
