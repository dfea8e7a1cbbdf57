package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.server.model.Profile;
import io.partita.v2.common.CompactionPlan;
import io.partita.v2.common.CompactionState;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.ReplicaInfo;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.DescribeReplicasReq;
import io.partita.v2.service.collection.request.LoadCollectionReq;
import io.partita.v2.service.collection.request.ReleaseCollectionReq;
import io.partita.v2.service.utility.request.CompactReq;
import io.partita.v2.service.utility.request.FlushReq;
import io.partita.v2.service.utility.request.GetCompactionPlansReq;
import io.partita.v2.service.utility.request.GetPersistentSegmentInfoReq;
import io.partita.v2.service.utility.request.GetQuerySegmentInfoReq;
import io.partita.v2.service.utility.response.GetCompactionPlansResp;
import io.partita.v2.service.utility.response.GetPersistentSegmentInfoResp;
import io.partita.v2.service.utility.response.GetQuerySegmentInfoResp;
import io.partita.v2.service.vector.request.InsertReq;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code describeReplicas}, the two segment-info calls and {@code getCompactionPlans}, against the
 * real reference server with two query nodes, over gRPC and over {@code /api/v1}: two flushed
 * segments are compacted into one, and a collection loaded with two replicas reports both.
 */
class IntrospectionV2Test {
    private static final String C = "introspection_v2";

    @Test
    void overGrpc() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6, 2)) {
            run(servers.grpcUri());
        }
    }

    @Test
    void overApiV1() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_3, 2)) {
            run(servers.httpUri());
        }
    }

    private static void run(String uri) throws InterruptedException {
        MilvusClientV2 client =
                new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        try {
            client.createCollection(
                    CreateCollectionReq.builder().collectionName(C).dimension(4).build());
            insertAndFlush(client, 0);
            insertAndFlush(client, 10);

            List<GetPersistentSegmentInfoResp.PersistentSegmentInfo> persisted = client.getPersistentSegmentInfo(
                            GetPersistentSegmentInfoReq.builder()
                                    .collectionName(C)
                                    .build())
                    .getSegmentInfos();
            assertThat(persisted).hasSize(2);
            assertThat(persisted).allSatisfy(s -> {
                assertThat(s.getNumOfRows()).isEqualTo(10L);
                assertThat(s.getState()).isEqualTo("Flushed");
                assertThat(s.getCollectionName()).isEqualTo(C);
            });
            Set<Long> sources = persisted.stream()
                    .map(GetPersistentSegmentInfoResp.PersistentSegmentInfo::getSegmentID)
                    .collect(Collectors.toSet());

            compactAndCheckPlan(client, sources);
            replicas(client);
            unknownCollection(client);
        } finally {
            client.close();
        }
    }

    private static void compactAndCheckPlan(MilvusClientV2 client, Set<Long> sources) throws InterruptedException {
        long id = client.compact(CompactReq.builder().collectionName(C).build()).getCompactionID();
        GetCompactionPlansResp plans = client.getCompactionPlans(
                GetCompactionPlansReq.builder().compactionID(id).build());
        for (int i = 0; i < 200 && plans.getState() != CompactionState.Completed; i++) {
            Thread.sleep(50);
            plans = client.getCompactionPlans(
                    GetCompactionPlansReq.builder().compactionID(id).build());
        }
        assertThat(plans.getState()).isEqualTo(CompactionState.Completed);
        assertThat(plans.getPlans()).hasSize(1);
        CompactionPlan plan = plans.getPlans().get(0);
        assertThat(new HashSet<>(plan.getSources())).isEqualTo(sources);
        assertThat(plan.getTarget()).isNotNull().isNotIn(sources);
        List<GetPersistentSegmentInfoResp.PersistentSegmentInfo> after = client.getPersistentSegmentInfo(
                        GetPersistentSegmentInfoReq.builder().collectionName(C).build())
                .getSegmentInfos();
        assertThat(after)
                .extracting(GetPersistentSegmentInfoResp.PersistentSegmentInfo::getSegmentID)
                .containsExactly(plan.getTarget());
        assertThat(after.get(0).getNumOfRows()).isEqualTo(20L);
    }

    private static void replicas(MilvusClientV2 client) {
        client.releaseCollection(
                ReleaseCollectionReq.builder().collectionName(C).build());
        client.loadCollection(
                LoadCollectionReq.builder().collectionName(C).numReplicas(2).build());
        List<ReplicaInfo> replicas = client.describeReplicas(
                        DescribeReplicasReq.builder().collectionName(C).build())
                .getReplicas();
        assertThat(replicas).hasSize(2);
        Set<Long> nodes = new HashSet<>();
        for (ReplicaInfo r : replicas) {
            assertThat(r.getNodeIDs()).hasSize(1);
            nodes.addAll(r.getNodeIDs());
            assertThat(r.getResourceGroupName()).isEqualTo("__default_resource_group");
            assertThat(r.getShardReplicas()).isNotEmpty().allSatisfy(s -> {
                assertThat(s.getChannelName()).isNotBlank();
                assertThat(r.getNodeIDs()).contains(s.getLeaderID());
            });
        }
        assertThat(nodes).as("each replica on its own query node").hasSize(2);

        List<GetQuerySegmentInfoResp.QuerySegmentInfo> inMemory = client.getQuerySegmentInfo(
                        GetQuerySegmentInfoReq.builder().collectionName(C).build())
                .getSegmentInfos();
        assertThat(inMemory).isNotEmpty().allSatisfy(s -> {
            assertThat(s.getMemSize()).isPositive();
            assertThat(s.getNodeIDs()).isNotEmpty();
        });
        assertThat(inMemory.stream()
                        .map(GetQuerySegmentInfoResp.QuerySegmentInfo::getNumOfRows)
                        .distinct()
                        .collect(Collectors.toList()))
                .containsExactly(20L);
    }

    private static void unknownCollection(MilvusClientV2 client) {
        assertThatThrownBy(() -> client.describeReplicas(
                        DescribeReplicasReq.builder().collectionName("no_such").build()))
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ErrorCode.SERVER_ERROR);
                    assertThat(e.getMessage()).contains("no_such");
                });
        assertThatThrownBy(() -> DescribeReplicasReq.builder().build())
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("DescribeReplicasReq.collectionName");
    }

    private static void insertAndFlush(MilvusClientV2 client, int first) {
        List<JsonObject> rows = new ArrayList<>();
        for (int i = first; i < first + 10; i++) {
            JsonObject row = new JsonObject();
            row.addProperty("id", (long) i);
            JsonArray vector = new JsonArray();
            for (int d = 0; d < 4; d++) {
                vector.add((float) (i + d));
            }
            row.add("vector", vector);
            rows.add(row);
        }
        client.insert(InsertReq.builder().collectionName(C).data(rows).build());
        client.flush(FlushReq.builder().collectionNames(List.of(C)).build());
    }
}
