package io.partita.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.StatusRuntimeException;
import io.partita.server.grpc.WireRequests;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.ErrorCode;
import io.partita.wire.GetLoadingProgressRequest;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.MutationResult;
import io.partita.wire.QueryRequest;
import io.partita.wire.QueryResults;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL during inserts: a forked server is killed while a client thread inserts; after a
 * restart on the same data directory every acknowledged row is there.
 */
class CrashRecoveryIT {
    static final String C = "crash";
    static final int DIM = 4;
    static final int BATCH = 200;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedInsertSurvivesAKillDashNine() throws Exception {
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicLong acknowledgedBatches = new AtomicLong();
        try (ForkedServer s = ForkedServer.start(dir)) {
            assertThat(s.stub()
                            .createCollection(CreateCollectionRequest.newBuilder()
                                    .setCollectionName(C)
                                    .setSchema(WireRequests.schema(C, DIM).toByteString())
                                    .build())
                            .getErrorCode())
                    .isEqualTo(ErrorCode.Success);
            CountDownLatch someAcknowledged = new CountDownLatch(5);
            Thread inserter = new Thread(
                    () -> {
                        long next = 0;
                        while (true) {
                            long[] ids = new long[BATCH];
                            float[][] rows = new float[BATCH][];
                            for (int i = 0; i < BATCH; i++) {
                                ids[i] = next + i;
                                rows[i] = new float[] {ids[i], 1, 2, 3};
                            }
                            MutationResult m;
                            try {
                                m = s.stub()
                                        .insert(InsertRequest.newBuilder()
                                                .setCollectionName(C)
                                                .addFieldsData(WireRequests.ids(ids))
                                                .addFieldsData(WireRequests.vectors(DIM, rows))
                                                .setNumRows(BATCH)
                                                .build());
                            } catch (StatusRuntimeException e) {
                                return; // the server is gone
                            }
                            if (m.getStatus().getErrorCode() == ErrorCode.Success) {
                                for (long id : ids) {
                                    acknowledged.add(id);
                                }
                                acknowledgedBatches.incrementAndGet();
                                someAcknowledged.countDown();
                            }
                            next += BATCH;
                        }
                    },
                    "crash-inserter");
            inserter.start();
            assertThat(someAcknowledged.await(60, TimeUnit.SECONDS))
                    .as("inserts are acknowledged")
                    .isTrue();
            Thread.sleep(300);
            s.process.destroyForcibly(); // SIGKILL, mid-insert
            assertThat(s.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            inserter.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(inserter.isAlive()).isFalse();
        }
        assertThat(acknowledgedBatches.get()).isGreaterThanOrEqualTo(5);

        try (ForkedServer s = ForkedServer.start(dir)) {
            assertThat(s.stub()
                            .loadCollection(LoadCollectionRequest.newBuilder()
                                    .setCollectionName(C)
                                    .build())
                            .getErrorCode())
                    .isEqualTo(ErrorCode.Success);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (s.stub()
                            .getLoadingProgress(GetLoadingProgressRequest.newBuilder()
                                    .setCollectionName(C)
                                    .build())
                            .getProgress()
                    < 100) {
                assertThat(System.nanoTime()).as("reload finishes").isLessThan(deadline);
                Thread.sleep(20);
            }
            QueryResults q = s.stub()
                    .query(QueryRequest.newBuilder()
                            .setCollectionName(C)
                            .setExpr("id >= 0")
                            .addOutputFields("id")
                            .build());
            assertThat(q.getStatus().getReason()).isEmpty();
            List<Long> present = q.getFieldsDataList().stream()
                    .filter(f -> f.getFieldName().equals("id"))
                    .findFirst()
                    .orElseThrow()
                    .getScalars()
                    .getLongData()
                    .getDataList();
            Set<Long> presentSet = new HashSet<>(present);
            assertThat(present).as("no row is duplicated by recovery").hasSameSizeAs(presentSet);
            Set<Long> missing = new HashSet<>(acknowledged);
            missing.removeAll(presentSet);
            assertThat(missing)
                    .as("acknowledged rows lost (of %d acknowledged)", acknowledged.size())
                    .isEmpty();
        }
    }
}
