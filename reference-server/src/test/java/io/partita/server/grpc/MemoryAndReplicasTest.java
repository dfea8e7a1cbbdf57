package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.CreatePartitionRequest;
import io.partita.wire.GetMetricsRequest;
import io.partita.wire.GetMetricsResponse;
import io.partita.wire.GetQuerySegmentInfoRequest;
import io.partita.wire.GetQuerySegmentInfoResponse;
import io.partita.wire.GetReplicasRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.LoadPartitionsRequest;
import io.partita.wire.QuerySegmentInfo;
import io.partita.wire.ReleasePartitionsRequest;
import io.partita.wire.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SEMANTICS.md "Memory and replicas" and row 18 (the partition limit), through gRPC. */
class MemoryAndReplicasTest {
    static final String C = "books";

    @TempDir
    Path dir;

    LiveServer s;

    @AfterEach
    void stop() throws Exception {
        if (s != null) {
            s.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void loadingMoreReplicasThanQueryNodesIsRefused(Profile p) throws Exception {
        s = new LiveServer(ReferenceServer.builder().dataDir(dir).profile(p).queryNodes(1));
        s.createCollection(C);
        Status st = s.stub()
                .loadCollection(LoadCollectionRequest.newBuilder()
                        .setCollectionName(C)
                        .setReplicaNumber(2)
                        .build());
        assertThat(st.getErrorCodeValue()).isEqualTo(1);
        assertThat(st.getReason()).isEqualTo("no enough nodes to create replicas, node_num=1 replica_num=2");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aLoadThatWouldPassNinetyPercentOfANodeIsRefusedAtOnceWithNothingResident(Profile p) throws Exception {
        s = new LiveServer(ReferenceServer.builder().dataDir(dir).profile(p).memoryLimitBytes(64 * 1024));
        s.createCollection(C);
        for (int batch = 0; batch < 4; batch++) {
            long from = batch * 1000L;
            assertOk(s.insert(C, "", LongStream.range(from, from + 1000).toArray())
                    .getStatus());
        }
        Status st = s.stub()
                .loadCollection(LoadCollectionRequest.newBuilder()
                        .setCollectionName(C)
                        .setReplicaNumber(1)
                        .build());
        assertThat(st.getErrorCodeValue()).isEqualTo(1);
        assertThat(st.getReason())
                .startsWith("no enough memory to load collection/partitions, collectionSize=")
                .endsWith(", replicasNum=1");
        if (p == Profile.MILVUS_2_3) {
            assertThat(st.getCode()).isEqualTo(3);
        }
        assertThat(s.server.engine().queryNodes())
                .allSatisfy(n -> assertThat(n.usedBytes()).isZero());
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void loadedSegmentsReportTheirMemoryAndNodesAndReleaseReturnsTheAccountingToZero(Profile p) throws Exception {
        s = new LiveServer(
                ReferenceServer.builder().dataDir(dir).profile(p).queryNodes(2).memoryLimitBytes(64L << 20));
        s.createCollection(C);
        s.createPartition(C, "p1");
        assertOk(s.insert(C, "p1", LongStream.range(0, 500).toArray()).getStatus());
        assertOk(s.stub()
                .loadPartitions(LoadPartitionsRequest.newBuilder()
                        .setCollectionName(C)
                        .addPartitionNames("p1")
                        .setReplicaNumber(2)
                        .build()));
        s.awaitLoaded(C, "p1");

        GetQuerySegmentInfoResponse segs = s.stub()
                .getQuerySegmentInfo(GetQuerySegmentInfoRequest.newBuilder()
                        .setCollectionName(C)
                        .build());
        assertOk(segs.getStatus());
        assertThat(segs.getInfosList()).isNotEmpty();
        assertThat(segs.getInfosList().stream()
                        .mapToLong(QuerySegmentInfo::getNumRows)
                        .sum())
                .isEqualTo(500);
        assertThat(segs.getInfosList()).allSatisfy(i -> {
            assertThat(i.getMemSize()).isGreaterThanOrEqualTo(i.getNumRows() * LiveServer.DIM * 4);
            assertThat(i.getNodeIdsList()).hasSize(2);
        });
        assertThat(s.stub()
                        .getReplicas(GetReplicasRequest.newBuilder()
                                .setCollectionName(C)
                                .build())
                        .getReplicasCount())
                .isEqualTo(2);
        GetMetricsResponse metrics = s.stub()
                .getMetrics(GetMetricsRequest.newBuilder()
                        .setRequest("{\"metric_type\":\"system_info\"}")
                        .build());
        assertOk(metrics.getStatus());
        assertThat(metrics.getResponse()).startsWith("{");

        assertOk(s.stub()
                .releasePartitions(ReleasePartitionsRequest.newBuilder()
                        .setCollectionName(C)
                        .addPartitionNames("p1")
                        .build()));
        assertThat(s.server.engine().queryNodes())
                .allSatisfy(n -> assertThat(n.usedBytes()).isZero());
    }

    /**
     * 4095 creates from 8 client threads under milvus-2.1, then the refusal; the same data
     * directory reopened under milvus-2.3 refuses the next one too.
     */
    @Test
    void row18_creatingPartitionsBeyond4096IsRefusedUnderBothProfiles() throws Exception {
        s = new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_1));
        s.createCollection(C);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Status>> created = new ArrayList<>();
            for (int i = 1; i < 4096; i++) {
                CreatePartitionRequest r = CreatePartitionRequest.newBuilder()
                        .setCollectionName(C)
                        .setPartitionName("p" + i)
                        .build();
                created.add(pool.submit(() -> s.stub().createPartition(r)));
            }
            for (Future<Status> f : created) {
                assertOk(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertOneTooMany();
        s.close();
        s = new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_3));
        assertOneTooMany();
    }

    private void assertOneTooMany() {
        Status st = s.stub()
                .createPartition(CreatePartitionRequest.newBuilder()
                        .setCollectionName(C)
                        .setPartitionName("one_too_many")
                        .build());
        assertThat(st.getErrorCodeValue()).isEqualTo(1);
        assertThat(st.getReason()).isEqualTo("maximum partition's number should be limit to 4096");
    }
}
