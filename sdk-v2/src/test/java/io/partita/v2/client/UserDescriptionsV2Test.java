package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.rbac.request.CreateUserReq;
import io.partita.v2.service.rbac.request.DescribeUserReq;
import io.partita.v2.service.rbac.request.UpdatePasswordReq;
import io.partita.v2.service.rbac.request.UpdateUserReq;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.UpdateCredentialRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User descriptions (Milvus 2.6) through the V2 API against the real reference server with
 * authentication on: {@code createUser} and {@code updatePassword} with a description,
 * {@code updateUser} changing it without the password, {@code describeUser} answering it, Milvus's
 * refusals, the description surviving a restart, RESTful v2 carrying what it can, and a 2.3 server
 * ignoring the field.
 */
class UserDescriptionsV2Test {
    private static MilvusClientV2 root(String uri) {
        return new MilvusClientV2(
                ConnectConfig.builder().uri(uri).token("root:Milvus").build());
    }

    private static String description(MilvusClientV2 c, String user) {
        return c.describeUser(DescribeUserReq.builder().userName(user).build()).getDescription();
    }

    private static ReferenceServer start(Path dir, Profile profile) throws Exception {
        return ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .httpPort(0)
                .bindAddress("127.0.0.1")
                .profile(profile)
                .memoryLimitBytes(256L * 1024 * 1024)
                .auth(true)
                .start();
    }

    @Test
    void aUserDescriptionIsCreatedUpdatedDescribedAndSurvivesARestartOverGrpc(@TempDir Path dir) throws Exception {
        try (ReferenceServer server = start(dir, Profile.MILVUS_2_6)) {
            MilvusClientV2 root = root("grpc://127.0.0.1:" + server.grpcPort());
            try {
                root.createUser(CreateUserReq.builder()
                        .userName("alice")
                        .password("alice-secret1")
                        .description("runs the nightly import")
                        .build());
                root.createUser(CreateUserReq.builder()
                        .userName("bob")
                        .password("bob-secret1")
                        .build());
                assertThat(description(root, "alice")).isEqualTo("runs the nightly import");
                assertThat(description(root, "bob")).isEmpty();

                // a description alone: no password asked for, the password kept
                root.updateUser(UpdateUserReq.builder()
                        .userName("bob")
                        .description("on call · 待命")
                        .build());
                assertThat(description(root, "bob")).isEqualTo("on call · 待命");
                MilvusClientV2 bob = new MilvusClientV2(ConnectConfig.builder()
                        .uri("grpc://127.0.0.1:" + server.grpcPort())
                        .token("bob:bob-secret1")
                        .build());
                try {
                    assertThat(description(bob, "bob")).isEqualTo("on call · 待命");
                } finally {
                    bob.close();
                }

                // a password change without a description keeps it; with one, changes it
                root.updatePassword(UpdatePasswordReq.builder()
                        .userName("alice")
                        .password("alice-secret1")
                        .newPassword("alice-secret2")
                        .build());
                assertThat(description(root, "alice")).isEqualTo("runs the nightly import");
                root.updatePassword(UpdatePasswordReq.builder()
                        .userName("alice")
                        .password("alice-secret2")
                        .newPassword("alice-secret3")
                        .description("runs the weekly import")
                        .build());
                assertThat(description(root, "alice")).isEqualTo("runs the weekly import");

                // an empty description clears it
                root.updateUser(UpdateUserReq.builder().userName("bob").build());
                assertThat(description(root, "bob")).isEmpty();

                assertThatThrownBy(() -> root.updateUser(UpdateUserReq.builder()
                                .userName("alice")
                                .description("x".repeat(1025))
                                .build()))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getErrorCode()).isEqualTo(ErrorCode.SERVER_ERROR);
                            assertThat(e.getServerErrCode()).isEqualTo(1100);
                            assertThat(e.getMessage()).contains("exceeds the limit of 1024 bytes: invalid parameter");
                        });
                // 1024 bytes is allowed, counted in UTF-8 bytes: 342 three-byte characters are too many
                root.updateUser(UpdateUserReq.builder()
                        .userName("alice")
                        .description("y".repeat(1024))
                        .build());
                assertThatThrownBy(() -> root.createUser(CreateUserReq.builder()
                                .userName("carol")
                                .password("carol-secret1")
                                .description("待".repeat(342))
                                .build()))
                        .isInstanceOfSatisfying(
                                MilvusClientException.class,
                                e -> assertThat(e.getServerErrCode()).isEqualTo(1100));
                assertThat(root.listUsers()).doesNotContain("carol");
                root.updateUser(UpdateUserReq.builder()
                        .userName("alice")
                        .description("runs the weekly import")
                        .build());

                assertThatThrownBy(() -> root.updateUser(UpdateUserReq.builder()
                                .userName("nobody")
                                .description("x")
                                .build()))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getErrorCode()).isEqualTo(ErrorCode.SERVER_ERROR);
                            assertThat(e.getMessage()).contains("user not found: nobody");
                        });
                assertThatThrownBy(
                                () -> UpdateUserReq.builder().description("x").build())
                        .isInstanceOfSatisfying(
                                MilvusClientException.class,
                                e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_PARAMS));
            } finally {
                root.close();
            }
        }
        assertThat(Files.readString(dir.resolve("auth").resolve("credentials.tsv")))
                .doesNotContain("runs the weekly import"); // kept Base64, one line per user
        try (ReferenceServer again = start(dir, Profile.MILVUS_2_6)) {
            MilvusClientV2 root = root("grpc://127.0.0.1:" + again.grpcPort());
            try {
                assertThat(description(root, "alice")).isEqualTo("runs the weekly import");
                assertThat(description(root, "bob")).isEmpty();
            } finally {
                root.close();
            }
        }
    }

    @Test
    void anUpdateCredentialWithNeitherNewPasswordNorDescriptionIsRefusedAsMilvus26Does(@TempDir Path dir)
            throws Exception {
        try (ReferenceServer server = start(dir, Profile.MILVUS_2_6)) {
            ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.grpcPort())
                    .usePlaintext()
                    .build();
            try {
                Metadata md = new Metadata();
                md.put(
                        Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
                        Base64.getEncoder().encodeToString("root:Milvus".getBytes(StandardCharsets.UTF_8)));
                io.partita.wire.Status s = MilvusServiceGrpc.newBlockingStub(channel)
                        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(md))
                        .updateCredential(UpdateCredentialRequest.newBuilder()
                                .setUsername("root")
                                .build());
                assertThat(s.getCode()).isEqualTo(1100);
                assertThat(s.getReason()).isEqualTo("must update either password or description: invalid parameter");
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void overRestfulV2CreateAndUpdatePasswordCarryTheDescriptionButADescriptionAloneIsUnsupported(@TempDir Path dir)
            throws Exception {
        try (ReferenceServer server = start(dir, Profile.MILVUS_2_6)) {
            MilvusClientV2 root = root("http://127.0.0.1:" + server.httpPort() + "/v2/vectordb");
            try {
                root.createUser(CreateUserReq.builder()
                        .userName("alice")
                        .password("alice-secret1")
                        .description("runs the nightly import")
                        .build());
                assertThat(description(root, "alice")).isEqualTo("runs the nightly import");
                root.updatePassword(UpdatePasswordReq.builder()
                        .userName("alice")
                        .password("alice-secret1")
                        .newPassword("alice-secret2")
                        .description("runs the weekly import")
                        .build());
                assertThat(description(root, "alice")).isEqualTo("runs the weekly import");
                assertThatThrownBy(() -> root.updateUser(UpdateUserReq.builder()
                                .userName("alice")
                                .description("x")
                                .build()))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getErrorCode()).isEqualTo(ErrorCode.RPC_ERROR);
                            assertThat(e.getMessage()).contains("UNIMPLEMENTED");
                        });
                assertThat(description(root, "alice")).isEqualTo("runs the weekly import");
            } finally {
                root.close();
            }
        }
    }

    @Test
    void aMilvus23ServerIgnoresTheDescriptionAsThatServerDid(@TempDir Path dir) throws Exception {
        try (ReferenceServer server = start(dir, Profile.MILVUS_2_3)) {
            MilvusClientV2 root = root("grpc://127.0.0.1:" + server.grpcPort());
            try {
                root.createUser(CreateUserReq.builder()
                        .userName("alice")
                        .password("alice-secret1")
                        .description("runs the nightly import")
                        .build());
                assertThat(description(root, "alice")).isEmpty();
                // without a new password the 2.3 server reads the update as an empty password
                assertThatThrownBy(() -> root.updateUser(UpdateUserReq.builder()
                                .userName("alice")
                                .description("x")
                                .build()))
                        .isInstanceOfSatisfying(
                                MilvusClientException.class,
                                e -> assertThat(e.getMessage()).contains("invalid password length"));
            } finally {
                root.close();
            }
        }
    }
}
