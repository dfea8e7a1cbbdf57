package io.partita.server.grpc;

import com.google.protobuf.Descriptors;
import com.google.protobuf.Message;
import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.partita.server.metrics.ServerMetrics;

/**
 * Times every gRPC call from its start to its close and records it in {@link ServerMetrics} with
 * its bare method name, gRPC status and the Milvus status code of its answer ({@code
 * common.Status} itself, or the response's {@code status} field: {@code code}, else the legacy
 * {@code error_code}).
 */
final class GrpcMetrics implements ServerInterceptor {
    private final ServerMetrics metrics;

    GrpcMetrics(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        long start = System.nanoTime();
        String method = call.getMethodDescriptor().getBareMethodName();
        ServerCall<Q, A> timed = new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
            private int code = -1;

            @Override
            public void sendMessage(A message) {
                if (message instanceof Message m) {
                    code = milvusCode(m);
                }
                super.sendMessage(message);
            }

            @Override
            public void close(Status status, Metadata trailers) {
                // recorded before the answer leaves: the request budget is given back in onComplete,
                // on this call's executor after close returns, and a client may send its next call at once
                metrics.recordGrpc(
                        method == null ? "unknown" : method, status.getCode().name(), code, System.nanoTime() - start);
                super.close(status, trailers);
            }
        };
        return next.startCall(timed, headers);
    }

    /** The answer's Milvus status code: 0 for success, -1 when the answer carries no status. */
    static int milvusCode(Message answer) {
        Message status = answer;
        if (!(answer instanceof io.partita.wire.Status)) {
            Descriptors.FieldDescriptor f = answer.getDescriptorForType().findFieldByName("status");
            if (f == null || f.getJavaType() != Descriptors.FieldDescriptor.JavaType.MESSAGE) {
                return -1;
            }
            status = (Message) answer.getField(f);
        }
        int code = intField(status, "code");
        return code != 0 ? code : intField(status, "error_code");
    }

    private static int intField(Message m, String name) {
        Descriptors.FieldDescriptor f = m.getDescriptorForType().findFieldByName(name);
        if (f == null) {
            return 0;
        }
        Object v = m.getField(f);
        if (v instanceof Descriptors.EnumValueDescriptor e) {
            return e.getNumber();
        }
        return v instanceof Integer i ? i : 0;
    }
}
