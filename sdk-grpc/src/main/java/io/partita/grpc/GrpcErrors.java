package io.partita.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;

/**
 * Maps a gRPC failure (a call that got no usable answer) onto Partita's one transport vocabulary,
 * as {@code sdk-core/SEAM.md} defines it: the {@link Status.Code} of the same name, with
 * UNKNOWN/INTERNAL/DATA_LOSS becoming {@link TransportFailure#INTERNAL} and ABORTED becoming
 * {@link TransportFailure#UNAVAILABLE}. Business errors never come here: they travel inside a
 * successful call's {@code common.Status} and are returned untouched.
 */
final class GrpcErrors {
    private GrpcErrors() {}

    /** @return the transport failure for a gRPC status code */
    static TransportFailure failureOf(Status.Code code) {
        switch (code) {
            case UNAVAILABLE:
            case ABORTED:
                return TransportFailure.UNAVAILABLE;
            case DEADLINE_EXCEEDED:
                return TransportFailure.DEADLINE_EXCEEDED;
            case UNAUTHENTICATED:
                return TransportFailure.UNAUTHENTICATED;
            case CANCELLED:
                return TransportFailure.CANCELLED;
            case PERMISSION_DENIED:
                return TransportFailure.PERMISSION_DENIED;
            case UNIMPLEMENTED:
                return TransportFailure.UNIMPLEMENTED;
            case RESOURCE_EXHAUSTED:
                return TransportFailure.RESOURCE_EXHAUSTED;
            default:
                return TransportFailure.INTERNAL;
        }
    }

    /**
     * @param rpc the RPC name, e.g. {@code ReleasePartitions}
     * @param target where the call went, {@code host:port}
     * @param e what gRPC raised
     * @return the exception to throw; its message names the RPC, the endpoint and the gRPC status
     */
    static TransportException toTransportException(String rpc, String target, StatusRuntimeException e) {
        Status s = e.getStatus();
        String detail = s.getDescription() == null ? "" : ": " + s.getDescription();
        return new TransportException(
                failureOf(s.getCode()), rpc + " to " + target + " failed with gRPC " + s.getCode() + detail, e);
    }
}
