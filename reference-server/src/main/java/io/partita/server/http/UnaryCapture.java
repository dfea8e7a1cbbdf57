package io.partita.server.http;

import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

/**
 * Captures the single answer of a unary RPC implementation called in-process: the HTTP API
 * calls the very same service object as gRPC does, so no rule exists twice. The service
 * implementations complete synchronously (they answer before returning), which is checked by
 * {@link #answer()}.
 *
 * <p>One instance per call; not thread-safe.
 */
final class UnaryCapture implements StreamObserver<Object> {
    private Object value;
    private Throwable error;
    private boolean completed;

    @Override
    public void onNext(Object v) {
        this.value = v;
    }

    @Override
    public void onError(Throwable t) {
        this.error = t;
        this.completed = true;
    }

    @Override
    public void onCompleted() {
        this.completed = true;
    }

    /**
     * @return the answer
     * @throws StatusRuntimeException the gRPC status the implementation failed with (for example
     *     UNIMPLEMENTED), or INTERNAL when it did not answer synchronously
     */
    Object answer() {
        if (error != null) {
            throw error instanceof StatusRuntimeException s
                    ? s
                    : io.grpc.Status.fromThrowable(error).asRuntimeException();
        }
        if (!completed || value == null) {
            throw io.grpc.Status.INTERNAL
                    .withDescription("the service did not answer synchronously")
                    .asRuntimeException();
        }
        return value;
    }
}
