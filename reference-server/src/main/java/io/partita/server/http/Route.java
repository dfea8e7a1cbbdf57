package io.partita.server.http;

import com.google.protobuf.Message;
import io.grpc.stub.StreamObserver;
import io.partita.wire.MilvusServiceGrpc.MilvusServiceImplBase;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * One route of the HTTP API: an HTTP method and path under {@code /api/v1}, bound to the RPC
 * of the same name on the gRPC service implementation. The request message type is found from
 * the service method's signature, so the table in {@link Routes} names only the RPC.
 *
 * @param method HTTP method, upper case
 * @param path path below {@code /api/v1}, e.g. {@code /partitions/load}
 * @param rpc the {@code MilvusService} RPC name, e.g. {@code ReleasePartitions}
 * @param prototype the default instance of the RPC's request message
 * @param handle the service method, {@code (service, request, observer) -> void}
 */
record Route(String method, String path, String rpc, Message prototype, MethodHandle handle) {

    /** Binds {@code rpc} by reflection on {@link MilvusServiceImplBase}; fails fast on a typo. */
    static Route of(String method, String path, String rpc) {
        String javaName = Character.toLowerCase(rpc.charAt(0)) + rpc.substring(1);
        for (Method m : MilvusServiceImplBase.class.getMethods()) {
            // grpc-java appends "_" to RPC names that are Java keywords (Import -> import_)
            if ((m.getName().equals(javaName) || m.getName().equals(javaName + "_"))
                    && m.getParameterCount() == 2
                    && Message.class.isAssignableFrom(m.getParameterTypes()[0])
                    && m.getParameterTypes()[1] == StreamObserver.class) {
                try {
                    Message proto = (Message) m.getParameterTypes()[0]
                            .getMethod("getDefaultInstance")
                            .invoke(null);
                    MethodHandle h = MethodHandles.publicLookup()
                            .unreflect(m)
                            .asType(MethodType.methodType(
                                    void.class, MilvusServiceImplBase.class, Message.class, StreamObserver.class));
                    return new Route(method, path, rpc, proto, h);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot bind RPC " + rpc, e);
                }
            }
        }
        throw new IllegalArgumentException("no RPC named " + rpc + " on MilvusService");
    }

    /** Calls the RPC in-process and returns its single answer (see {@link UnaryCapture#answer()}). */
    Message call(MilvusServiceImplBase service, Message request) {
        UnaryCapture capture = new UnaryCapture();
        try {
            handle.invokeExact(service, request, (StreamObserver) capture);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return (Message) capture.answer();
    }
}
