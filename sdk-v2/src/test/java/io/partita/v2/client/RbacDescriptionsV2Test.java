package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.server.model.Profile;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.rbac.request.AlterRoleReq;
import io.partita.v2.service.rbac.request.CreateRoleReq;
import io.partita.v2.service.rbac.request.CreateUserReq;
import io.partita.v2.service.rbac.request.DescribeRoleReq;
import io.partita.v2.service.rbac.request.DescribeUserReq;
import io.partita.v2.service.rbac.request.UpdatePasswordReq;
import org.junit.jupiter.api.Test;

/**
 * Role descriptions through the V2 API against the real reference server (milvus-2.6, auth on):
 * {@code createRole} with a description, {@code alterRole}, {@code describeRole} answering it,
 * Milvus's refusals passed through with their codes, and REST refusing what it cannot carry; and
 * {@code updatePassword} with {@code resetConnection}, reconnecting with the new password.
 */
class RbacDescriptionsV2Test {
    private static MilvusClientV2 client(String uri) {
        return new MilvusClientV2(
                ConnectConfig.builder().uri(uri).token("root:Milvus").build());
    }

    private static String description(MilvusClientV2 c, String role) {
        return c.describeRole(DescribeRoleReq.builder().roleName(role).build()).getDescription();
    }

    @Test
    void aRoleDescriptionIsCreatedAlteredAndDescribedOverGrpc() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6, 1, true)) {
            MilvusClientV2 root = client(servers.grpcUri());
            try {
                root.createRole(CreateRoleReq.builder()
                        .roleName("auditor")
                        .description("reads the logs")
                        .build());
                root.createRole(CreateRoleReq.builder().roleName("plain").build());
                assertThat(description(root, "auditor")).isEqualTo("reads the logs");
                assertThat(description(root, "plain")).isEmpty();

                root.alterRole(AlterRoleReq.builder()
                        .roleName("auditor")
                        .description("reads the logs and the metrics")
                        .build());
                assertThat(description(root, "auditor")).isEqualTo("reads the logs and the metrics");
                root.alterRole(AlterRoleReq.builder().roleName("auditor").build()); // empty clears it
                assertThat(description(root, "auditor")).isEmpty();

                assertThatThrownBy(() -> root.alterRole(AlterRoleReq.builder()
                                .roleName("admin")
                                .description("x")
                                .build()))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getErrorCode()).isEqualTo(ErrorCode.SERVER_ERROR);
                            assertThat(e.getServerErrCode()).isEqualTo(1401);
                            assertThat(e.getMessage())
                                    .contains("the role[admin] is a builtin role, which can't be altered");
                        });
                assertThatThrownBy(() -> root.alterRole(AlterRoleReq.builder()
                                .roleName("nobody")
                                .description("x")
                                .build()))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getServerErrCode()).isEqualTo(65535);
                            assertThat(e.getMessage()).contains("role not exists");
                        });
                assertThatThrownBy(() -> AlterRoleReq.builder().description("x").build())
                        .isInstanceOfSatisfying(
                                MilvusClientException.class,
                                e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_PARAMS));
            } finally {
                root.close();
            }
        }
    }

    @Test
    void updatePasswordWithResetConnectionReconnectsWithTheNewPassword() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6, 1, true)) {
            MilvusClientV2 root = client(servers.grpcUri());
            root.createUser(CreateUserReq.builder()
                    .userName("bob")
                    .password("bob-secret1")
                    .build());
            root.createUser(CreateUserReq.builder()
                    .userName("carol")
                    .password("carol-secret1")
                    .build());
            root.close();
            MilvusClientV2 bob = new MilvusClientV2(ConnectConfig.builder()
                    .uri(servers.grpcUri())
                    .token("bob:bob-secret1")
                    .build());
            try {
                bob.updatePassword(UpdatePasswordReq.builder()
                        .userName("bob")
                        .password("bob-secret1")
                        .newPassword("bob-secret2")
                        .resetConnection(true)
                        .build());
                // a user may read its own entry: this call signs in with the new password
                assertThat(bob.describeUser(DescribeUserReq.builder()
                                        .userName("bob")
                                        .build())
                                .getUserName())
                        .isEqualTo("bob");
            } finally {
                bob.close();
            }
            MilvusClientV2 carol = new MilvusClientV2(ConnectConfig.builder()
                    .uri(servers.grpcUri())
                    .username("carol")
                    .password("carol-secret1")
                    .build());
            try {
                carol.updatePassword(UpdatePasswordReq.builder()
                        .userName("carol")
                        .password("carol-secret1")
                        .newPassword("carol-secret2")
                        .build());
                // without resetConnection the client keeps the old password, which no longer signs in
                assertThatThrownBy(() -> carol.describeUser(
                                DescribeUserReq.builder().userName("carol").build()))
                        .isInstanceOf(MilvusClientException.class);
            } finally {
                carol.close();
            }
        }
    }

    @Test
    void overRestfulV2AlterRoleAndACreateWithADescriptionFailAsUnsupported() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6, 1, true)) {
            MilvusClientV2 root = client(servers.httpUri() + "/v2/vectordb");
            try {
                assertThatThrownBy(() -> root.alterRole(AlterRoleReq.builder()
                                .roleName("public")
                                .description("x")
                                .build()))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getErrorCode()).isEqualTo(ErrorCode.RPC_ERROR);
                            assertThat(e.getMessage()).contains("AlterRole is not supported by the REST transport");
                        });
                assertThatThrownBy(() -> root.createRole(CreateRoleReq.builder()
                                .roleName("auditor")
                                .description("reads the logs")
                                .build()))
                        .isInstanceOfSatisfying(
                                MilvusClientException.class,
                                e -> assertThat(e.getMessage()).contains("not supported by the REST transport"));
                // nothing was created half-way; a role without a description still goes through
                root.createRole(CreateRoleReq.builder().roleName("auditor").build());
                assertThat(root.listRoles()).contains("auditor");
                assertThat(description(root, "auditor")).isEmpty();
            } finally {
                root.close();
            }
        }
    }
}
