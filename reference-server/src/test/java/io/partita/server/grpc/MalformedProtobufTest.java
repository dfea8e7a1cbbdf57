package io.partita.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.CallOptions;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.partita.server.ReferenceServer;
import io.partita.wire.ErrorCode;
import io.partita.wire.HasCollectionRequest;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.ShowCollectionsRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes that are not a valid protobuf message: INVALID_ARGUMENT naming the RPC, and the server goes on. */
class MalformedProtobufTest {
    /** A truncated length-delimited field, an invalid tag (zero), and a varint that never ends. */
    private static final List<byte[]> GARBAGE =
            List.of(new byte[] {0x0a, 0x7f, 0x01}, new byte[] {0x00, 0x00, 0x00}, new byte[] {
                0x08, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff
            });

    @TempDir
    Path dir;

    @Test
    void garbageBytesAnswerInvalidArgumentNamingTheRpcAndTheServerStillAnswers() throws Exception {
        try (LiveServer live = new LiveServer(ReferenceServer.builder().dataDir(dir))) {
            for (MethodDescriptor<?, ?> m : List.of(
                    MilvusServiceGrpc.getHasCollectionMethod(),
                    MilvusServiceGrpc.getInsertMethod(),
                    MilvusServiceGrpc.getSearchMethod(),
                    MilvusServiceGrpc.getCreateCollectionMethod(),
                    MilvusServiceGrpc.getReleasePartitionsMethod())) {
                for (byte[] garbage : GARBAGE) {
                    assertThatThrownBy(() -> ClientCalls.blockingUnaryCall(
                                    live.channel,
                                    raw(m),
                                    CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS),
                                    garbage))
                            .as("%s with %s bytes", m.getBareMethodName(), garbage.length)
                            .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                                assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                                assertThat(e.getStatus().getDescription())
                                        .startsWith("invalid protobuf for " + m.getBareMethodName() + ": ");
                            });
                }
            }

            assertThat(live.stub()
                            .showCollections(ShowCollectionsRequest.getDefaultInstance())
                            .getStatus()
                            .getErrorCode())
                    .isEqualTo(ErrorCode.Success);
            assertThat(live.stub()
                            .hasCollection(HasCollectionRequest.newBuilder()
                                    .setCollectionName("nothing")
                                    .build())
                            .getValue())
                    .isFalse();
        }
    }

    @Test
    void validBytesSentRawAreServedAsUsual() throws Exception {
        try (LiveServer live = new LiveServer(ReferenceServer.builder().dataDir(dir))) {
            byte[] answer = ClientCalls.blockingUnaryCall(
                    live.channel,
                    raw(MilvusServiceGrpc.getHasCollectionMethod()),
                    CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS),
                    HasCollectionRequest.newBuilder()
                            .setCollectionName("nothing")
                            .build()
                            .toByteArray());

            io.partita.wire.BoolResponse parsed = io.partita.wire.BoolResponse.parseFrom(answer);
            assertThat(parsed.getStatus().getErrorCode()).isEqualTo(ErrorCode.Success);
            assertThat(parsed.getValue()).isFalse();
        }
    }

    private static MethodDescriptor<byte[], byte[]> raw(MethodDescriptor<?, ?> m) {
        return m.toBuilder(BYTES, BYTES).build();
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
                throw new UncheckedIOException(e);
            }
        }
    };
}
