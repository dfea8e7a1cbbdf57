package io.partita.server.grpc;

import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.Status;
import io.partita.wire.catalogue.RpcCatalogue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The RPCs the server does not implement: each answers gRPC {@code UNIMPLEMENTED} with a message
 * naming the RPC, without a hand-written stub per RPC. Those that Milvus 2.1's HTTP API routes
 * (the RPC catalogue says which) get a declaration without a handler, so the route answers 501
 * naming the RPC.
 */
final class UnimplementedRpcs {
    private static final ServerCall.Listener<Object> NOOP = new ServerCall.Listener<>() {};

    private UnimplementedRpcs() {}

    /**
     * The RPCs that the RPC catalogue routes on Milvus 2.1's HTTP API but the server does not serve:
     * their routes answer 501 naming the RPC.
     *
     * @param served the bare names of the RPCs the server serves
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<ServerRpc<?, ?>> routed(Set<String> served) {
        return RpcCatalogue.all().stream()
                .filter(rpc -> rpc.httpPath().isPresent() && !served.contains(rpc.name()))
                .map(rpc -> (ServerRpc<?, ?>) ServerRpc.unserved((MethodDescriptor) rpc.method()))
                .collect(Collectors.toList());
    }

    static String message(String bareMethodName) {
        return "RPC " + bareMethodName + " is not implemented by the Partita reference server";
    }

    static <Q, A> ServerMethodDefinition<Q, A> definition(MethodDescriptor<Q, A> descriptor) {
        String text = message(descriptor.getBareMethodName());
        ServerCallHandler<Q, A> handler = (call, headers) -> {
            call.close(Status.UNIMPLEMENTED.withDescription(text), new Metadata());
            @SuppressWarnings("unchecked")
            ServerCall.Listener<Q> noop = (ServerCall.Listener<Q>) (ServerCall.Listener<?>) NOOP;
            return noop;
        };
        return ServerMethodDefinition.create(descriptor, handler);
    }
}
