package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.LoadPartitionsRequest;
import io.partita.wire.ReleaseCollectionRequest;
import io.partita.wire.ReleasePartitionsRequest;
import io.partita.wire.ShowPartitionsRequest;
import io.partita.wire.ShowType;
import io.partita.wire.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many clients at once doing load, release, insert, search, query and show on the same
 * partitions for a bounded time: every call is answered (no gRPC failure, no deadlock), no
 * answer is the adapter's "unexpected" status, and once everything is released no memory is
 * accounted. The engine's own invariants are tested in the engine package.
 */
class ConcurrentClientsTest {
    static final String C = "busy";
    static final List<String> PARTITIONS = List.of("p0", "p1", "p2");

    @TempDir
    Path dir;

    @Test
    void concurrentLifecycleCallsAreAllAnsweredWithoutUnexpectedErrors() throws Exception {
        try (LiveServer s =
                new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_3))) {
            s.createCollection(C);
            PARTITIONS.forEach(p -> s.createPartition(C, p));
            AtomicLong nextId = new AtomicLong();
            AtomicLong calls = new AtomicLong();
            Set<String> unexpected = ConcurrentHashMap.newKeySet();
            long endNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<?>> workers = new java.util.ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    workers.add(pool.submit(() -> {
                        ThreadLocalRandom rnd = ThreadLocalRandom.current();
                        while (System.nanoTime() < endNanos) {
                            String p = PARTITIONS.get(rnd.nextInt(PARTITIONS.size()));
                            Status st = switch (rnd.nextInt(6)) {
                                case 0 ->
                                    s.stub()
                                            .loadPartitions(LoadPartitionsRequest.newBuilder()
                                                    .setCollectionName(C)
                                                    .addPartitionNames(p)
                                                    .setReplicaNumber(1)
                                                    .build());
                                case 1 ->
                                    s.stub()
                                            .releasePartitions(ReleasePartitionsRequest.newBuilder()
                                                    .setCollectionName(C)
                                                    .addPartitionNames(p)
                                                    .build());
                                case 2 ->
                                    s.insert(C, p, nextId.getAndAdd(10), nextId.getAndAdd(10))
                                            .getStatus();
                                case 3 -> s.search(C, p).getStatus();
                                case 4 -> s.query(C, "id >= 0", p).getStatus();
                                default ->
                                    s.stub()
                                            .showPartitions(ShowPartitionsRequest.newBuilder()
                                                    .setCollectionName(C)
                                                    .setType(ShowType.InMemory)
                                                    .build())
                                            .getStatus();
                            };
                            calls.incrementAndGet();
                            if (st.getReason().equals(Statuses.UNEXPECTED_REASON)) {
                                unexpected.add(st.toString());
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> w : workers) {
                    w.get(60, TimeUnit.SECONDS); // a gRPC failure or a deadlock fails here
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(unexpected).isEmpty();
            assertThat(calls.get()).isGreaterThan(50);
            assertOk(s.stub()
                    .releaseCollection(ReleaseCollectionRequest.newBuilder()
                            .setCollectionName(C)
                            .build()));
            assertThat(s.server.engine().queryNodes())
                    .allSatisfy(n -> assertThat(n.usedBytes()).isZero());
        }
    }
}
