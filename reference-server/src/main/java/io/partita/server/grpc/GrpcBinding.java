package io.partita.server.grpc;

import com.google.protobuf.Descriptors;
import com.google.protobuf.Message;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import io.partita.server.model.EngineException;
import io.partita.wire.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the gRPC service from the RPC declarations: each served {@link ServerRpc} becomes an
 * async unary method whose request marshaller defers parse failures ({@link DeferredParse}), so
 * bytes that are not valid protobuf close the call with {@code INVALID_ARGUMENT} naming the RPC;
 * every other method of the generated service answers {@code UNIMPLEMENTED} naming the RPC
 * ({@link UnimplementedRpcs}).
 */
final class GrpcBinding {
    private static final Logger LOG = LoggerFactory.getLogger(GrpcBinding.class);
    /** Milvus's merr code for a refused rate ({@code ErrServiceRateLimit}). */
    static final int CODE_RATE_LIMIT = 8;

    private GrpcBinding() {}

    /**
     * @param service the service as the proto file declares it (every RPC of the protocol)
     * @param rpcs the declarations; each must name a method of {@code service}, at most once
     * @param budget the request bytes in flight every served RPC charges before parsing
     */
    static ServerServiceDefinition build(
            Descriptors.ServiceDescriptor service, List<ServerRpc<?, ?>> rpcs, RequestBudget budget) {
        Map<String, ServerRpc<?, ?>> byName = new HashMap<>();
        for (ServerRpc<?, ?> rpc : rpcs) {
            if (byName.put(rpc.method().getFullMethodName(), rpc) != null) {
                throw new IllegalArgumentException("RPC " + rpc.name() + " is declared twice");
            }
        }
        ServiceDescriptor.Builder descriptor =
                ServiceDescriptor.newBuilder(service.getFullName()).setSchemaDescriptor(new Schema(service));
        List<ServerMethodDefinition<?, ?>> methods = new ArrayList<>();
        for (Descriptors.MethodDescriptor m : service.getMethods()) {
            String fullName = MethodDescriptor.generateFullMethodName(service.getFullName(), m.getName());
            ServerRpc<?, ?> rpc = byName.remove(fullName);
            ServerMethodDefinition<?, ?> def = rpc != null && rpc.served()
                    ? bind(rpc, budget)
                    : UnimplementedRpcs.definition(unparsed(fullName, m));
            descriptor.addMethod(def.getMethodDescriptor());
            methods.add(def);
        }
        if (!byName.isEmpty()) {
            throw new IllegalArgumentException("not methods of " + service.getFullName() + ": " + byName.keySet());
        }
        ServerServiceDefinition.Builder out = ServerServiceDefinition.builder(descriptor.build());
        methods.forEach(out::addMethod);
        return out.build();
    }

    /**
     * A method the server answers without reading its request: built from the proto file's declaration
     * alone, so its generated request and response classes are never loaded (the generated descriptors
     * initialise both, for each of the ~50 RPCs the server does not serve).
     */
    private static MethodDescriptor<byte[], byte[]> unparsed(String fullName, Descriptors.MethodDescriptor m) {
        MethodDescriptor.MethodType type = m.isClientStreaming()
                ? (m.isServerStreaming()
                        ? MethodDescriptor.MethodType.BIDI_STREAMING
                        : MethodDescriptor.MethodType.CLIENT_STREAMING)
                : (m.isServerStreaming()
                        ? MethodDescriptor.MethodType.SERVER_STREAMING
                        : MethodDescriptor.MethodType.UNARY);
        return MethodDescriptor.<byte[], byte[]>newBuilder(BYTES, BYTES)
                .setFullMethodName(fullName)
                .setType(type)
                .build();
    }

    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw Status.INTERNAL
                        .withDescription("cannot read a request")
                        .withCause(e)
                        .asRuntimeException();
            }
        }
    };

    /** The proto file and service, for gRPC server reflection, as the generated service gives them. */
    private static final class Schema implements ProtoServiceDescriptorSupplier {
        private final Descriptors.ServiceDescriptor service;

        Schema(Descriptors.ServiceDescriptor service) {
            this.service = service;
        }

        @Override
        public Descriptors.FileDescriptor getFileDescriptor() {
            return service.getFile();
        }

        @Override
        public Descriptors.ServiceDescriptor getServiceDescriptor() {
            return service;
        }
    }

    private static <Q extends Message, A extends Message> ServerMethodDefinition<DeferredParse.Parsed<Q>, A> bind(
            ServerRpc<Q, A> rpc, RequestBudget budget) {
        MethodDescriptor<Q, A> m = rpc.method();
        MethodDescriptor<DeferredParse.Parsed<Q>, A> lenient = m.toBuilder(
                        DeferredParse.marshaller(rpc.name(), m.getRequestMarshaller(), budget),
                        m.getResponseMarshaller())
                .build();
        ServerCallHandler<DeferredParse.Parsed<Q>, A> unary = ServerCalls.asyncUnaryCall((parsed, out) -> {
            if (parsed.overBudget()) {
                send(out, rpc.name(), rpc.failed(overBudget(parsed.chargedBytes(), budget)));
            } else {
                answer(rpc, parsed, out);
            }
        });
        return ServerMethodDefinition.create(lenient, (call, headers) -> {
            AtomicLong charged = new AtomicLong();
            return releasing(unary.startCall(releasingOnClose(call, budget, charged), headers), budget, charged);
        });
    }

    /**
     * Gives a request's bytes back to the budget as its answer is sent, before the client can see
     * it and send its next call (the listener's onComplete comes only after the answer is out).
     */
    private static <Q, A> ServerCall<Q, A> releasingOnClose(
            ServerCall<Q, A> call, RequestBudget budget, AtomicLong charged) {
        return new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
            @Override
            public void close(io.grpc.Status status, Metadata trailers) {
                budget.release(charged.getAndSet(0));
                super.close(status, trailers);
            }
        };
    }

    /**
     * Gives a request's bytes back to the budget when its call ends without an answer sent through
     * {@link #releasingOnClose} (cancelled), and records them as they are charged; each byte is
     * given back once (the listener's last callback is exactly one of onComplete and onCancel).
     */
    private static <Q> ServerCall.Listener<DeferredParse.Parsed<Q>> releasing(
            ServerCall.Listener<DeferredParse.Parsed<Q>> delegate, RequestBudget budget, AtomicLong charged) {
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(delegate) {
            @Override
            public void onMessage(DeferredParse.Parsed<Q> parsed) {
                if (!parsed.overBudget()) {
                    charged.addAndGet(parsed.chargedBytes());
                }
                super.onMessage(parsed);
            }

            @Override
            public void onComplete() {
                budget.release(charged.getAndSet(0));
                super.onComplete();
            }

            @Override
            public void onCancel() {
                budget.release(charged.getAndSet(0));
                super.onCancel();
            }
        };
    }

    /**
     * Milvus's rate-limit answer (legacy {@code RateLimit} 49, code 8 {@code ErrServiceRateLimit},
     * retriable; pkg/util/merr/errors.go): clients back off and retry.
     */
    private static EngineException overBudget(long bytes, RequestBudget budget) {
        return new EngineException(
                ErrorCode.RateLimit.getNumber(),
                CODE_RATE_LIMIT,
                "rate limit exceeded: a request of " + bytes + " bytes does not fit in the gRPC request budget of "
                        + budget.budgetBytes() + " bytes (" + budget.inFlightBytes()
                        + " in flight); retry later",
                true);
    }

    private static <Q extends Message, A extends Message> void answer(
            ServerRpc<Q, A> rpc, DeferredParse.Parsed<Q> parsed, StreamObserver<A> out) {
        if (parsed.failure() != null) {
            LOG.debug("{}", parsed.failure());
            out.onError(
                    Status.INVALID_ARGUMENT.withDescription(parsed.failure()).asRuntimeException());
            return;
        }
        A answer;
        try {
            answer = rpc.answer(parsed.message());
        } catch (StatusRuntimeException refused) { // PERMISSION_DENIED from the privilege check
            out.onError(refused);
            return;
        }
        send(out, rpc.name(), answer);
    }

    private static <A> void send(StreamObserver<A> out, String rpc, A answer) {
        try {
            out.onNext(answer);
            out.onCompleted();
        } catch (StatusRuntimeException e) {
            // The client went away (cancelled or deadline passed) while we worked: nobody to answer.
            if (e.getStatus().getCode() != Status.Code.CANCELLED) {
                throw e;
            }
            LOG.debug("{} answered after the client cancelled", rpc);
        }
    }
}
