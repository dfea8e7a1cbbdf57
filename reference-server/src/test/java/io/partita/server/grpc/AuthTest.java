package io.partita.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.partita.server.auth.AuthInterceptor;
import io.partita.wire.CreateCredentialRequest;
import io.partita.wire.DeleteCredentialRequest;
import io.partita.wire.ErrorCode;
import io.partita.wire.ListCredUsersRequest;
import io.partita.wire.MilvusServiceGrpc.MilvusServiceBlockingStub;
import io.partita.wire.ShowCollectionsRequest;
import io.partita.wire.UpdateCredentialRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthTest {
    @TempDir
    Path dir;

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static MilvusServiceBlockingStub as(AdapterHarness h, String headerValue) {
        Metadata md = new Metadata();
        md.put(AuthInterceptor.AUTHORIZATION, headerValue);
        return h.stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(md));
    }

    private static void assertUnauthenticated(Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    @Test
    void withAuthOnACallWithoutCredentialsIsRefusedAsUnauthenticated() throws Exception {
        try (AdapterHarness h = new AdapterHarness(new FakeEngine(), dir, true)) {
            assertUnauthenticated(() -> h.stub.showCollections(ShowCollectionsRequest.getDefaultInstance()));
        }
    }

    @Test
    void withAuthOnAWrongPasswordOrUnknownUserIsRefused() throws Exception {
        try (AdapterHarness h = new AdapterHarness(new FakeEngine(), dir, true)) {
            assertUnauthenticated(
                    () -> as(h, b64("root:wrong")).showCollections(ShowCollectionsRequest.getDefaultInstance()));
            assertUnauthenticated(
                    () -> as(h, b64("nobody:Milvus")).showCollections(ShowCollectionsRequest.getDefaultInstance()));
            assertUnauthenticated(
                    () -> as(h, b64("garbage")).showCollections(ShowCollectionsRequest.getDefaultInstance()));
        }
    }

    @Test
    void withAuthOnRootWithTheDefaultPasswordIsAcceptedBase64EncodedOrRaw() throws Exception {
        try (AdapterHarness h = new AdapterHarness(new FakeEngine(), dir, true)) {
            assertThat(as(h, b64("root:Milvus"))
                            .showCollections(ShowCollectionsRequest.getDefaultInstance())
                            .getStatus()
                            .getErrorCode())
                    .isEqualTo(ErrorCode.Success);
            assertThat(as(h, "root:Milvus")
                            .showCollections(ShowCollectionsRequest.getDefaultInstance())
                            .getStatus()
                            .getErrorCode())
                    .isEqualTo(ErrorCode.Success);
        }
    }

    @Test
    void withAuthOnEvenAnUnimplementedRpcIsRefusedAsUnauthenticatedFirst() throws Exception {
        try (AdapterHarness h = new AdapterHarness(new FakeEngine(), dir, true)) {
            assertUnauthenticated(() -> h.stub.upsert(io.partita.wire.UpsertRequest.getDefaultInstance()));
        }
    }

    @Test
    void withAuthOffCallsWithoutCredentialsAreServed() throws Exception {
        try (AdapterHarness h = new AdapterHarness(new FakeEngine(), dir, false)) {
            assertThat(h.stub.showCollections(ShowCollectionsRequest.getDefaultInstance())
                            .getStatus()
                            .getErrorCode())
                    .isEqualTo(ErrorCode.Success);
        }
    }

    @Test
    void aCreatedUserCanLogInChangeItsPasswordAndBeDeleted() throws Exception {
        try (AdapterHarness h = new AdapterHarness(new FakeEngine(), dir, true)) {
            MilvusServiceBlockingStub root = as(h, b64("root:Milvus"));
            assertThat(root.createCredential(CreateCredentialRequest.newBuilder()
                                    .setUsername("alice")
                                    .setPassword(b64("secret1"))
                                    .build())
                            .getErrorCode())
                    .isEqualTo(ErrorCode.Success);
            assertThat(root.listCredUsers(ListCredUsersRequest.getDefaultInstance())
                            .getUsernamesList())
                    .containsExactly("alice", "root");
            assertThat(as(h, b64("alice:secret1"))
                            .showCollections(ShowCollectionsRequest.getDefaultInstance())
                            .getStatus()
                            .getErrorCode())
                    .isEqualTo(ErrorCode.Success);

            assertThat(root.updateCredential(UpdateCredentialRequest.newBuilder()
                                    .setUsername("alice")
                                    .setOldPassword(b64("secret1"))
                                    .setNewPassword(b64("secret2"))
                                    .build())
                            .getErrorCode())
                    .isEqualTo(ErrorCode.Success);
            assertUnauthenticated(
                    () -> as(h, b64("alice:secret1")).showCollections(ShowCollectionsRequest.getDefaultInstance()));
            assertThat(as(h, b64("alice:secret2"))
                            .showCollections(ShowCollectionsRequest.getDefaultInstance())
                            .getStatus()
                            .getErrorCode())
                    .isEqualTo(ErrorCode.Success);

            assertThat(root.deleteCredential(DeleteCredentialRequest.newBuilder()
                                    .setUsername("alice")
                                    .build())
                            .getErrorCode())
                    .isEqualTo(ErrorCode.Success);
            assertUnauthenticated(
                    () -> as(h, b64("alice:secret2")).showCollections(ShowCollectionsRequest.getDefaultInstance()));
        }
    }

    @Test
    void credentialMistakesAreRefusedWithTheCredentialErrorCodesAndAMessageNamingTheRule() throws Exception {
        try (AdapterHarness h = new AdapterHarness(new FakeEngine(), dir, false)) {
            io.partita.wire.Status shortPassword = h.stub.createCredential(CreateCredentialRequest.newBuilder()
                    .setUsername("bob")
                    .setPassword(b64("123"))
                    .build());
            assertThat(shortPassword.getErrorCode()).isEqualTo(ErrorCode.CreateCredentialFailure);
            assertThat(shortPassword.getCode()).isEqualTo(1100);
            assertThat(shortPassword.getReason()).contains("length of password");

            io.partita.wire.Status badName = h.stub.createCredential(CreateCredentialRequest.newBuilder()
                    .setUsername("1bob")
                    .setPassword(b64("123456"))
                    .build());
            assertThat(badName.getReason()).contains("1bob");

            io.partita.wire.Status wrongOld = h.stub.updateCredential(UpdateCredentialRequest.newBuilder()
                    .setUsername("root")
                    .setOldPassword(b64("nope-nope"))
                    .setNewPassword(b64("another1"))
                    .build());
            assertThat(wrongOld.getErrorCode()).isEqualTo(ErrorCode.UpdateCredentialFailure);

            io.partita.wire.Status deleteRoot = h.stub.deleteCredential(
                    DeleteCredentialRequest.newBuilder().setUsername("root").build());
            assertThat(deleteRoot.getErrorCode()).isEqualTo(ErrorCode.DeleteCredentialFailure);
            assertThat(deleteRoot.getReason()).isEqualTo("root user cannot be deleted");
        }
    }
}
