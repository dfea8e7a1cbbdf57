package io.partita.server.grpc;

import io.grpc.BindableService;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import java.lang.reflect.Method;

/**
 * Rebinds a service so that every RPC its implementation does not override answers gRPC
 * {@code UNIMPLEMENTED} with a message naming the RPC, without a hand-written stub per RPC.
 *
 * <p>An RPC counts as implemented when the implementation class (or a superclass below the
 * generated base) declares its Java method; the generated interface's default methods do not count.
 */
final class UnimplementedRpcs {
    private static final ServerCall.Listener<Object> NOOP = new ServerCall.Listener<>() {};

    private UnimplementedRpcs() {}

    static ServerServiceDefinition bind(BindableService service, Class<?> generatedBase) {
        ServerServiceDefinition original = service.bindService();
        ServerServiceDefinition.Builder out = ServerServiceDefinition.builder(original.getServiceDescriptor());
        for (ServerMethodDefinition<?, ?> method : original.getMethods()) {
            MethodDescriptor<?, ?> descriptor = method.getMethodDescriptor();
            if (overrides(service.getClass(), generatedBase, javaName(descriptor.getBareMethodName()))) {
                out.addMethod(method);
            } else {
                out.addMethod(unimplemented(descriptor));
            }
        }
        return out.build();
    }

    static String message(String bareMethodName) {
        return "RPC " + bareMethodName + " is not implemented by the Partita reference server";
    }

    private static boolean overrides(Class<?> impl, Class<?> generatedBase, String javaName) {
        for (Class<?> c = impl; c != null && c != generatedBase && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(javaName) && m.getParameterCount() == 2 && !m.isSynthetic()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String javaName(String rpc) {
        return Character.toLowerCase(rpc.charAt(0)) + rpc.substring(1);
    }

    private static <Q, A> ServerMethodDefinition<Q, A> unimplemented(MethodDescriptor<Q, A> descriptor) {
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
