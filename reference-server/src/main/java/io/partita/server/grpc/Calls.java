package io.partita.server.grpc;

import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.partita.server.model.EngineException;
import io.partita.wire.Status;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one unary RPC body and always answers: the body's response; or, when it throws an
 * {@link EngineException}, a response carrying that Status; or, for any other exception, a
 * response carrying UnexpectedError with a generic reason, logged at WARN. The call itself
 * never fails, so a client mistake never surfaces as gRPC INTERNAL/UNKNOWN.
 */
final class Calls {
    private static final Logger LOG = LoggerFactory.getLogger(Calls.class);

    private Calls() {}

    static <A> void unary(StreamObserver<A> out, String rpc, Supplier<A> body, Function<Status, A> failure) {
        A answer;
        try {
            answer = body.get();
        } catch (EngineException e) {
            answer = failure.apply(Statuses.of(e));
        } catch (RuntimeException e) {
            LOG.warn("{} failed unexpectedly", rpc, e);
            answer = failure.apply(Statuses.unexpected());
        }
        try {
            out.onNext(answer);
            out.onCompleted();
        } catch (StatusRuntimeException e) {
            // The client went away (cancelled or deadline passed) while we worked: nobody to answer.
            if (e.getStatus().getCode() != io.grpc.Status.Code.CANCELLED) {
                throw e;
            }
            LOG.debug("{} answered after the client cancelled", rpc);
        }
    }

    /** For RPCs answering a bare {@code common.Status}. */
    static void status(StreamObserver<Status> out, String rpc, Runnable body) {
        unary(
                out,
                rpc,
                () -> {
                    body.run();
                    return Statuses.SUCCESS;
                },
                s -> s);
    }
}
