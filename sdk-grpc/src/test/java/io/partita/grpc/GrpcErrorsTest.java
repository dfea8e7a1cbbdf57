package io.partita.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import org.junit.jupiter.api.Test;

class GrpcErrorsTest {
    @Test
    void eachGrpcCodeMapsToTheTransportFailureTheSeamDocuments() {
        assertThat(GrpcErrors.failureOf(Status.Code.UNAVAILABLE)).isEqualTo(TransportFailure.UNAVAILABLE);
        assertThat(GrpcErrors.failureOf(Status.Code.ABORTED)).isEqualTo(TransportFailure.UNAVAILABLE);
        assertThat(GrpcErrors.failureOf(Status.Code.DEADLINE_EXCEEDED)).isEqualTo(TransportFailure.DEADLINE_EXCEEDED);
        assertThat(GrpcErrors.failureOf(Status.Code.UNAUTHENTICATED)).isEqualTo(TransportFailure.UNAUTHENTICATED);
        assertThat(GrpcErrors.failureOf(Status.Code.CANCELLED)).isEqualTo(TransportFailure.CANCELLED);
        assertThat(GrpcErrors.failureOf(Status.Code.PERMISSION_DENIED)).isEqualTo(TransportFailure.PERMISSION_DENIED);
        assertThat(GrpcErrors.failureOf(Status.Code.UNIMPLEMENTED)).isEqualTo(TransportFailure.UNIMPLEMENTED);
        assertThat(GrpcErrors.failureOf(Status.Code.RESOURCE_EXHAUSTED)).isEqualTo(TransportFailure.RESOURCE_EXHAUSTED);
        assertThat(GrpcErrors.failureOf(Status.Code.UNKNOWN)).isEqualTo(TransportFailure.INTERNAL);
        assertThat(GrpcErrors.failureOf(Status.Code.INTERNAL)).isEqualTo(TransportFailure.INTERNAL);
        assertThat(GrpcErrors.failureOf(Status.Code.DATA_LOSS)).isEqualTo(TransportFailure.INTERNAL);
    }

    @Test
    void theExceptionMessageNamesTheRpcTheTargetAndTheGrpcStatus() {
        TransportException e = GrpcErrors.toTransportException(
                "ReleasePartitions",
                "127.0.0.1:19530",
                Status.UNAVAILABLE.withDescription("io exception").asRuntimeException());
        assertThat(e.getFailure()).isEqualTo(TransportFailure.UNAVAILABLE);
        assertThat(e).hasMessage("ReleasePartitions to 127.0.0.1:19530 failed with gRPC UNAVAILABLE: io exception");
    }
}
