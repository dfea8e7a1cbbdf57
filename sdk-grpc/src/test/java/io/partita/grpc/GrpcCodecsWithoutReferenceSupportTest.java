package io.partita.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.stub.StreamObserver;
import io.partita.model.CalcDistanceResults;
import io.partita.model.ManualCompactionResponse;
import io.partita.param.ConnectParam;
import io.partita.param.MetricType;
import io.partita.param.control.ManualCompactionParam;
import io.partita.param.dml.CalcDistanceParam;
import io.partita.transport.CallOptions;
import io.partita.transport.Operation;
import io.partita.transport.Operations;
import io.partita.wire.CalcDistanceRequest;
import io.partita.wire.FloatArray;
import io.partita.wire.ManualCompactionRequest;
import io.partita.wire.Status;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The codecs of RPCs the reference server does not implement (CalcDistance, ManualCompaction),
 * checked against a scripted service that records the wire request; plus the codec table's completeness.
 */
class GrpcCodecsWithoutReferenceSupportTest {
    @Test
    void everyOperationOfTheSeamHasACodec() {
        CodecTable table = CodecTable.standard();
        for (Operation<?, ?> op : Operations.all()) {
            assertThat(table.get(op)).as(op.getName()).isNotNull();
        }
    }

    @Test
    void calcDistanceSendsBothVectorSetsFlatWithTheirDimensionAndMetricAndReadsTheDistances() throws Exception {
        AtomicReference<CalcDistanceRequest> seen = new AtomicReference<>();
        ScriptedService service = new ScriptedService() {
            @Override
            public void calcDistance(
                    CalcDistanceRequest request, StreamObserver<io.partita.wire.CalcDistanceResults> out) {
                seen.set(request);
                out.onNext(io.partita.wire.CalcDistanceResults.newBuilder()
                        .setStatus(Status.getDefaultInstance())
                        .setFloatDist(FloatArray.newBuilder().addData(2.0f).addData(8.0f))
                        .build());
                out.onCompleted();
            }
        };
        try (LoopbackServer s = LoopbackServer.plain(service);
                GrpcTransport t = GrpcTransport.create(ConnectParam.newBuilder()
                        .withUri("grpc://127.0.0.1:" + s.port())
                        .build())) {
            CalcDistanceResults r = t.call(
                    Operations.CALC_DISTANCE,
                    CalcDistanceParam.newBuilder()
                            .withVectorsLeft(List.of(List.of(0f, 0f)))
                            .withVectorsRight(List.of(List.of(1f, 1f), List.of(2f, 2f)))
                            .withMetricType(MetricType.L2)
                            .build(),
                    CallOptions.none());
            assertThat(r.getFloatDist().getDataList()).containsExactly(2.0f, 8.0f);
            assertThat(seen.get().getOpRight().getDataArray().getDim()).isEqualTo(2);
            assertThat(seen.get().getOpRight().getDataArray().getFloatVector().getDataList())
                    .containsExactly(1f, 1f, 2f, 2f);
            assertThat(seen.get().getParamsList()).anySatisfy(kv -> {
                assertThat(kv.getKey()).isEqualTo("metric");
                assertThat(kv.getValue()).isEqualTo("L2");
            });
        }
    }

    @Test
    void manualCompactionNamesTheCollectionAndReadsTheCompactionId() throws Exception {
        AtomicReference<ManualCompactionRequest> seen = new AtomicReference<>();
        ScriptedService service = new ScriptedService() {
            @Override
            public void manualCompaction(
                    ManualCompactionRequest request, StreamObserver<io.partita.wire.ManualCompactionResponse> out) {
                seen.set(request);
                out.onNext(io.partita.wire.ManualCompactionResponse.newBuilder()
                        .setStatus(Status.getDefaultInstance())
                        .setCompactionID(77)
                        .build());
                out.onCompleted();
            }
        };
        try (LoopbackServer s = LoopbackServer.plain(service);
                GrpcTransport t = GrpcTransport.create(ConnectParam.newBuilder()
                        .withUri("grpc://127.0.0.1:" + s.port())
                        .build())) {
            ManualCompactionResponse r = t.call(
                    Operations.MANUAL_COMPACTION,
                    ManualCompactionParam.newBuilder()
                            .withCollectionName("book")
                            .build(),
                    CallOptions.none());
            assertThat(r.getCompactionID()).isEqualTo(77);
            assertThat(seen.get().getCollectionName()).isEqualTo("book");
        }
    }
}
