package io.partita.server.grpc;

import com.google.protobuf.Descriptors;
import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
     * @param service the service as the proto file declares it (every RPC of the protocol)
     * @param rpcs the declarations; each must name a method of {@code service}, at most once
     */
    static ServerServiceDefinition build(Descriptors.ServiceDescriptor service, List<ServerRpc<?, ?>> rpcs) {
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
            ServerMethodDefinition<?, ?> def =
                    rpc != null && rpc.served() ? bind(rpc) : UnimplementedRpcs.definition(unparsed(fullName, m));
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
            send(out, rpc.name(), rpc.answer(parsed.message()));
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
