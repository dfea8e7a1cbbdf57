package io.partita.param.control;

import static io.partita.param.ParamAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlParamsTest {

    @Test
    void segmentAndReplicaParamsNeedAValidCollection() {
        assertThat(GetPersistentSegmentInfoParam.newBuilder()
                        .withCollectionName("book")
                        .build()
                        .getCollectionName())
                .isEqualTo("book");
        assertThat(GetQuerySegmentInfoParam.newBuilder()
                        .withCollectionName("book")
                        .build()
                        .getCollectionName())
                .isEqualTo("book");
        assertThat(GetReplicasParam.newBuilder()
                        .withCollectionName("book")
                        .build()
                        .getCollectionName())
                .isEqualTo("book");
        assertThat(ManualCompactionParam.newBuilder()
                        .withCollectionName("book")
                        .build()
                        .getCollectionName())
                .isEqualTo("book");

        assertRejected(() -> GetPersistentSegmentInfoParam.newBuilder().build(), "collectionName must not be null");
        assertRejected(
                () -> GetQuerySegmentInfoParam.newBuilder()
                        .withCollectionName("1")
                        .build(),
                "Invalid collection name: 1");
        assertRejected(
                () -> GetReplicasParam.newBuilder().withCollectionName("").build(), "collectionName");
        assertRejected(
                () -> ManualCompactionParam.newBuilder()
                        .withCollectionName("a b")
                        .build(),
                "collectionName");
    }

    @Test
    void metricsNeedARequest() {
        assertThat(GetMetricsParam.newBuilder()
                        .withRequest("{\"metric_type\":\"system_info\"}")
                        .build()
                        .getRequest())
                .contains("system_info");
        assertRejected(() -> GetMetricsParam.newBuilder().build(), "request must not be null");
        assertRejected(() -> GetMetricsParam.newBuilder().withRequest(" ").build(), "request must not be empty");
    }

    @Test
    void flushStateTakesSegmentIds() {
        assertThat(GetFlushStateParam.newBuilder()
                        .addSegmentID(1L)
                        .addSegmentID(2L)
                        .build()
                        .getSegmentIDs())
                .containsExactly(1L, 2L);
        assertRejected(
                () -> GetFlushStateParam.newBuilder().withSegmentIDs(null).build(), "segmentIDs must not be null");
        assertRejected(
                () -> GetFlushStateParam.newBuilder()
                        .withSegmentIDs(Arrays.asList(1L, null))
                        .build(),
                "segmentIDs[1] must not be null");
    }

    @Test
    void loadBalanceTakesASourceNodeAndOptionalTargets() {
        LoadBalanceParam p = LoadBalanceParam.newBuilder()
                .withSourceNodeID(3L)
                .addDestinationNodeID(4L)
                .withSegmentIDs(List.of(9L))
                .build();
        assertThat(p.getSourceNodeID()).isEqualTo(3L);
        assertThat(p.getDestinationNodeIDs()).containsExactly(4L);
        assertRejected(() -> LoadBalanceParam.newBuilder().withSourceNodeID(-1L).build(), "sourceNodeID", "got -1");
        assertRejected(
                () -> LoadBalanceParam.newBuilder().withSourceNodeID(null).build(), "sourceNodeID must not be null");
        assertRejected(
                () -> LoadBalanceParam.newBuilder().withDestinationNodeIDs(null).build(),
                "destinationNodeIDs must not be null");
    }

    @Test
    void compactionParamsTakeAnId() {
        assertThat(GetCompactionStateParam.newBuilder()
                        .withCompactionID(5L)
                        .build()
                        .getCompactionID())
                .isEqualTo(5L);
        assertThat(GetCompactionPlansParam.newBuilder()
                        .withCompactionID(6L)
                        .build()
                        .getCompactionID())
                .isEqualTo(6L);
        assertRejected(
                () -> GetCompactionStateParam.newBuilder()
                        .withCompactionID(null)
                        .build(),
                "compactionID must not be null");
        assertRejected(
                () -> GetCompactionPlansParam.newBuilder()
                        .withCompactionID(null)
                        .build(),
                "compactionID must not be null");
    }
}
