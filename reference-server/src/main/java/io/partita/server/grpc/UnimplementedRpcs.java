package io.partita.server.grpc;

import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.Status;
import io.partita.wire.MilvusServiceGrpc;
import java.util.List;

/**
 * The RPCs the server does not implement: each answers gRPC {@code UNIMPLEMENTED} with a message
 * naming the RPC, without a hand-written stub per RPC. Those that Milvus 2.1's HTTP API routes
 * are declared here with their routes, so the route answers 501 naming the RPC.
 */
final class UnimplementedRpcs {
    private static final ServerCall.Listener<Object> NOOP = new ServerCall.Listener<>() {};

    private UnimplementedRpcs() {}

    /** Unimplemented RPCs with a route on Milvus 2.1's HTTP API. */
    static List<ServerRpc<?, ?>> routed() {
        return List.of(
                ServerRpc.unserved(MilvusServiceGrpc.getDummyMethod(), HttpRoute.post("/dummy")),
                ServerRpc.unserved(MilvusServiceGrpc.getCalcDistanceMethod(), HttpRoute.get("/distance")),
                ServerRpc.unserved(MilvusServiceGrpc.getLoadBalanceMethod(), HttpRoute.post("/load-balance")),
                ServerRpc.unserved(MilvusServiceGrpc.getGetCompactionStateMethod(), HttpRoute.get("/compaction/state")),
                ServerRpc.unserved(
                        MilvusServiceGrpc.getGetCompactionStateWithPlansMethod(), HttpRoute.get("/compaction/plans")),
                ServerRpc.unserved(MilvusServiceGrpc.getManualCompactionMethod(), HttpRoute.post("/compaction")),
                ServerRpc.unserved(MilvusServiceGrpc.getImportMethod(), HttpRoute.post("/import")),
                ServerRpc.unserved(MilvusServiceGrpc.getGetImportStateMethod(), HttpRoute.get("/import/state")),
                ServerRpc.unserved(MilvusServiceGrpc.getListImportTasksMethod(), HttpRoute.get("/import/tasks")));
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
