package io.partita.server.grpc;

import static io.partita.server.grpc.HttpRoute.route;
import static io.partita.server.grpc.ServerRpc.unserved;
import static io.partita.wire.MilvusServiceGrpc.getCalcDistanceMethod;
import static io.partita.wire.MilvusServiceGrpc.getDummyMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetCompactionStateMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetCompactionStateWithPlansMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetImportStateMethod;
import static io.partita.wire.MilvusServiceGrpc.getImportMethod;
import static io.partita.wire.MilvusServiceGrpc.getListImportTasksMethod;
import static io.partita.wire.MilvusServiceGrpc.getLoadBalanceMethod;
import static io.partita.wire.MilvusServiceGrpc.getManualCompactionMethod;

import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.Status;
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
                unserved(getDummyMethod(), route("POST /dummy")),
                unserved(getCalcDistanceMethod(), route("GET /distance")),
                unserved(getLoadBalanceMethod(), route("POST /load-balance")),
                unserved(getGetCompactionStateMethod(), route("GET /compaction/state")),
                unserved(getGetCompactionStateWithPlansMethod(), route("GET /compaction/plans")),
                unserved(getManualCompactionMethod(), route("POST /compaction")),
                unserved(getImportMethod(), route("POST /import")),
                unserved(getGetImportStateMethod(), route("GET /import/state")),
                unserved(getListImportTasksMethod(), route("GET /import/tasks")));
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
