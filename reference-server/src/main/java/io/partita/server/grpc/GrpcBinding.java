package io.partita.server.grpc;

import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private GrpcBinding() {}

    /**
     * @param generated the generated service descriptor (every RPC of the protocol)
     * @param rpcs the declarations; each must name a method of {@code generated}, at most once
     */
    static ServerServiceDefinition build(ServiceDescriptor generated, List<ServerRpc<?, ?>> rpcs) {
        Map<String, ServerRpc<?, ?>> byName = new HashMap<>();
        for (ServerRpc<?, ?> rpc : rpcs) {
            if (byName.put(rpc.method().getFullMethodName(), rpc) != null) {
                throw new IllegalArgumentException("RPC " + rpc.name() + " is declared twice");
            }
        }
        ServiceDescriptor.Builder service =
                ServiceDescriptor.newBuilder(generated.getName()).setSchemaDescriptor(generated.getSchemaDescriptor());
        List<ServerMethodDefinition<?, ?>> methods = new ArrayList<>();
        for (MethodDescriptor<?, ?> m : generated.getMethods()) {
            ServerRpc<?, ?> rpc = byName.remove(m.getFullMethodName());
            ServerMethodDefinition<?, ?> def =
                    rpc != null && rpc.served() ? bind(rpc) : UnimplementedRpcs.definition(m);
            service.addMethod(def.getMethodDescriptor());
            methods.add(def);
        }
        if (!byName.isEmpty()) {
            throw new IllegalArgumentException("not methods of " + generated.getName() + ": " + byName.keySet());
        }
        ServerServiceDefinition.Builder out = ServerServiceDefinition.builder(service.build());
        methods.forEach(out::addMethod);
        return out.build();
    }

    private static <Q extends Message, A extends Message> ServerMethodDefinition<DeferredParse.Parsed<Q>, A> bind(
            ServerRpc<Q, A> rpc) {
        MethodDescriptor<Q, A> m = rpc.method();
        MethodDescriptor<DeferredParse.Parsed<Q>, A> lenient = m.toBuilder(
                        DeferredParse.marshaller(rpc.name(), m.getRequestMarshaller()), m.getResponseMarshaller())
                .build();
        return ServerMethodDefinition.create(lenient, ServerCalls.asyncUnaryCall((parsed, out) -> {
            if (parsed.failure() != null) {
                LOG.debug("{}", parsed.failure());
                out.onError(Status.INVALID_ARGUMENT
                        .withDescription(parsed.failure())
                        .asRuntimeException());
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
        }));
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
