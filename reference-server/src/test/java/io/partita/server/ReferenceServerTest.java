package io.partita.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.partita.server.grpc.WireRequests;
import io.partita.server.model.Profile;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.ErrorCode;
import io.partita.wire.GetVersionRequest;
import io.partita.wire.HasCollectionRequest;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.MilvusServiceGrpc.MilvusServiceBlockingStub;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceServerTest {
    @TempDir
    Path dir;

    private static <T> T withStub(ReferenceServer s, java.util.function.Function<MilvusServiceBlockingStub, T> call)
            throws InterruptedException {
        ManagedChannel ch = NettyChannelBuilder.forAddress("127.0.0.1", s.grpcPort())
                .usePlaintext()
                .build();
        try {
            return call.apply(MilvusServiceGrpc.newBlockingStub(ch).withDeadlineAfter(30, TimeUnit.SECONDS));
        } finally {
            ch.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void portZeroPicksAFreePortAndTheUriNamesIt() throws Exception {
        try (ReferenceServer s =
                ReferenceServer.builder().dataDir(dir).grpcPort(0).start()) {
            assertThat(s.grpcPort()).isPositive();
            assertThat(s.grpcUri().toString()).isEqualTo("grpc://127.0.0.1:" + s.grpcPort());
            assertThat(s.state()).isEqualTo(ReferenceServer.State.RUNNING);
            assertThat(s.httpPort()).isEqualTo(-1);
            assertThat(s.describe()).contains("grpc=127.0.0.1:" + s.grpcPort()).contains("profile=milvus-2.1");
        }
    }

    @Test
    void manyServersRunSideBySideInOneJvmEachWithItsOwnProfileAndData() throws Exception {
        try (ReferenceServer a = ReferenceServer.builder()
                        .dataDir(dir.resolve("a"))
                        .grpcPort(0)
                        .start();
                ReferenceServer b = ReferenceServer.builder()
                        .dataDir(dir.resolve("b"))
                        .grpcPort(0)
                        .profile(Profile.MILVUS_2_3)
                        .start()) {
            assertThat(a.grpcPort()).isNotEqualTo(b.grpcPort());
            String versionA = withStub(
                    a,
                    st -> st.getVersion(GetVersionRequest.getDefaultInstance()).getVersion());
            String versionB = withStub(
                    b,
                    st -> st.getVersion(GetVersionRequest.getDefaultInstance()).getVersion());
            assertThat(versionA).startsWith("v2.1");
            assertThat(versionB).startsWith("v2.3");
            withStub(
                    a,
                    st -> st.createCollection(CreateCollectionRequest.newBuilder()
                            .setCollectionName("only_in_a")
                            .setSchema(WireRequests.schema("only_in_a", 4).toByteString())
                            .build()));
            boolean inB = withStub(
                    b,
                    st -> st.hasCollection(HasCollectionRequest.newBuilder()
                                    .setCollectionName("only_in_a")
                                    .build())
                            .getValue());
            assertThat(inB).isFalse();
        }
    }

    @Test
    void closeIsIdempotentEndsClosedAndKeepsTheDataForTheNextStart() throws Exception {
        ReferenceServer s = ReferenceServer.builder().dataDir(dir).grpcPort(0).start();
        io.partita.wire.Status created = withStub(
                s,
                st -> st.createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName("kept")
                        .setSchema(WireRequests.schema("kept", 4).toByteString())
                        .build()));
        assertThat(created.getErrorCode()).isEqualTo(ErrorCode.Success);
        s.close();
        s.close();
        assertThat(s.state()).isEqualTo(ReferenceServer.State.CLOSED);
        try (ReferenceServer again =
                ReferenceServer.builder().dataDir(dir).grpcPort(0).start()) {
            boolean kept = withStub(
                    again,
                    st -> st.hasCollection(HasCollectionRequest.newBuilder()
                                    .setCollectionName("kept")
                                    .build())
                            .getValue());
            assertThat(kept).isTrue();
        }
    }

    @Test
    void aPortInUseFailsTheStartAndLeavesTheDataDirectoryFreeForAnotherServer() throws Exception {
        try (ReferenceServer first = ReferenceServer.builder()
                .dataDir(dir.resolve("first"))
                .grpcPort(0)
                .start()) {
            assertThatThrownBy(() -> ReferenceServer.builder()
                            .dataDir(dir.resolve("second"))
                            .grpcPort(first.grpcPort())
                            .start())
                    .isInstanceOf(IOException.class);
            try (ReferenceServer second = ReferenceServer.builder()
                    .dataDir(dir.resolve("second"))
                    .grpcPort(0)
                    .start()) {
                assertThat(second.state()).isEqualTo(ReferenceServer.State.RUNNING);
            }
        }
    }

    @Test
    void builderSettingsAreValidatedNamingTheBadValue() {
        assertThatThrownBy(() -> ReferenceServer.builder().grpcPort(70000)).hasMessageContaining("70000");
        assertThatThrownBy(() -> ReferenceServer.builder().queryNodes(0)).hasMessageContaining("0");
        assertThatThrownBy(() -> ReferenceServer.builder().memoryLimitBytes(-1)).hasMessageContaining("-1");
    }
}
