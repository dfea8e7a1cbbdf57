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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A full disk (issue 18): the forked server's data directory is a 4 MB tmpfs (skipped where
 * mounting one is not allowed). Inserts into a loaded collection go on until the disk refuses a
 * write; that insert is refused with a Milvus status (not a gRPC UNKNOWN or INTERNAL), the server
 * keeps serving queries of everything acknowledged, and after a SIGKILL and a restart on a larger
 * disk every acknowledged row is there once. (A LoadCollection on the full disk is refused too:
 * the load state cannot be written.)
 */
class DiskFullIT {
    private static final int BATCH = 500;

    @Test
    void aWriteThatFindsTheDiskFullIsRefusedAndNothingAcknowledgedIsLost() throws Exception {
        Path mount = Files.createTempDirectory("partita-full");
        Assumptions.assumeTrue(
                run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString()) == 0,
                "mounting a tmpfs needs root");
        try {
            Path data = mount.resolve("data");
            Set<Long> acknowledged = new HashSet<>();
            try (ForkedServer s = ForkedServer.startDirect(data, "--profile", "milvus-2.6")) {
                assertThat(s.stub()
                                .createCollection(CreateCollectionRequest.newBuilder()
                                        .setCollectionName("full")
                                        .setSchema(
                                                WireRequests.schema("full", 4).toByteString())
                                        .build())
                                .getErrorCode())
                        .isEqualTo(ErrorCode.Success);
                load(s);
                MutationResult refused = null;
                for (long next = 0; next < 2_000_000 && refused == null; next += BATCH) {
                    long[] ids = new long[BATCH];
                    float[][] rows = new float[BATCH][];
                    for (int i = 0; i < BATCH; i++) {
                        ids[i] = next + i;
                        rows[i] = new float[] {i, 1, 2, 3};
                    }
                    MutationResult m;
                    try {
                        m = s.stub()
                                .insert(InsertRequest.newBuilder()
                                        .setCollectionName("full")
                                        .addFieldsData(WireRequests.ids(ids))
                                        .addFieldsData(WireRequests.vectors(4, rows))
                                        .setNumRows(BATCH)
                                        .build());
                    } catch (StatusRuntimeException e) {
                        throw new AssertionError("a full disk must be a Milvus status, not " + e.getStatus(), e);
                    }
                    if (m.getStatus().getErrorCode() == ErrorCode.Success) {
                        for (long id : ids) {
                            acknowledged.add(id);
                        }
                    } else {
                        refused = m;
                    }
                }
                assertThat(refused).as("the 4 MB disk filled up").isNotNull();
                assertThat(refused.getStatus().getReason()).isNotEmpty();
                assertThat(acknowledged).isNotEmpty();
                // reads still served: everything acknowledged is there
                assertThat(query(s)).containsExactlyInAnyOrderElementsOf(acknowledged);
                s.process.destroyForcibly();
                assertThat(s.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(run("mount", "-o", "remount,size=64m", mount.toString())).isZero();
            try (ForkedServer s = ForkedServer.startDirect(data, "--profile", "milvus-2.6")) {
                load(s);
                List<Long> after = query(s);
                assertThat(after).as("no duplicate").doesNotHaveDuplicates();
                assertThat(after).containsExactlyInAnyOrderElementsOf(acknowledged);
            }
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    private static void load(ForkedServer s) throws InterruptedException {
        assertThat(s.stub()
                        .loadCollection(LoadCollectionRequest.newBuilder()
                                .setCollectionName("full")
                                .build())
                        .getReason())
                .isEmpty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (s.stub()
                        .getLoadingProgress(GetLoadingProgressRequest.newBuilder()
                                .setCollectionName("full")
                                .build())
                        .getProgress()
                < 100) {
            assertThat(System.nanoTime()).as("load finishes").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static List<Long> query(ForkedServer s) {
        return s.stub()
                .query(QueryRequest.newBuilder()
                        .setCollectionName("full")
                        .setExpr("id >= 0")
                        .addOutputFields("id")
                        .build())
                .getFieldsData(0)
                .getScalars()
                .getLongData()
                .getDataList();
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
