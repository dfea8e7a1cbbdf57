package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.role.AddUserToRoleParam;
import io.partita.param.role.CreateRoleParam;
import io.partita.param.role.DropRoleParam;
import io.partita.param.role.GrantRolePrivilegeParam;
import io.partita.param.role.RemoveUserFromRoleParam;
import io.partita.param.role.RevokeRolePrivilegeParam;
import io.partita.server.model.Profile;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.DescribeCollectionReq;
import io.partita.v2.service.rbac.request.CreateRoleReq;
import io.partita.v2.service.rbac.request.CreateUserReq;
import io.partita.v2.service.rbac.request.DropRoleReq;
import io.partita.v2.service.rbac.request.DropUserReq;
import io.partita.v2.service.rbac.request.GrantPrivilegeReq;
import io.partita.v2.service.rbac.request.GrantRoleReq;
import io.partita.v2.service.rbac.request.RevokePrivilegeReq;
import io.partita.v2.service.rbac.request.RevokeRoleReq;
import io.partita.v2.service.rbac.request.UpdatePasswordReq;
import org.junit.jupiter.api.Test;

/**
 * The RBAC calls through both APIs against the real reference server with authentication on
 * (profile milvus-2.6, root/Milvus): users, roles, user-role bindings and grants, checked by what
 * the granted user may then do; V1's {@code MilvusServiceClient} calls over the same operations.
 */
class RbacV2Test {
    private static MilvusClientV2 client(Servers servers, String token) {
        return new MilvusClientV2(
                ConnectConfig.builder().uri(servers.grpcUri()).token(token).build());
    }

    private static DescribeCollectionReq book() {
        return DescribeCollectionReq.builder().collectionName("book").build();
    }

    @Test
    void v2UsersRolesAndGrantsDecideWhatAUserMayDo() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6, 1, true)) {
            MilvusClientV2 root = client(servers, "root:Milvus");
            try {
                root.createCollection(CreateCollectionReq.builder()
                        .collectionName("book")
                        .dimension(4)
                        .build());
                root.createUser(CreateUserReq.builder()
                        .userName("alice")
                        .password("alice-secret")
                        .build());
                assertThat(root.listUsers()).contains("root", "alice");
                root.updatePassword(UpdatePasswordReq.builder()
                        .userName("alice")
                        .password("alice-secret")
                        .newPassword("alice-secret-2")
                        .build());

                MilvusClientV2 alice = client(servers, "alice:alice-secret-2");
                try {
                    assertThatThrownBy(() -> alice.describeCollection(book()))
                            .isInstanceOf(MilvusClientException.class)
                            .hasMessageContaining("permission deny to alice");

                    root.createRole(CreateRoleReq.builder().roleName("reader").build());
                    root.grantRole(GrantRoleReq.builder()
                            .userName("alice")
                            .roleName("reader")
                            .build());
                    root.grantPrivilege(GrantPrivilegeReq.builder()
                            .roleName("reader")
                            .objectType("Collection")
                            .objectName("book")
                            .privilege("DescribeCollection")
                            .build());
                    // V2's describeCollection also lists the partitions (ShowPartitions); DescribeCollection
                    // itself is the public role's on every database, so only ShowPartitions decides
                    root.grantPrivilege(GrantPrivilegeReq.builder()
                            .roleName("reader")
                            .objectType("Collection")
                            .objectName("book")
                            .privilege("ShowPartitions")
                            .build());
                    assertThat(alice.describeCollection(book()).getCollectionName())
                            .isEqualTo("book");

                    root.revokePrivilege(RevokePrivilegeReq.builder()
                            .roleName("reader")
                            .objectType("Collection")
                            .objectName("book")
                            .privilege("DescribeCollection")
                            .build());
                    root.revokePrivilege(RevokePrivilegeReq.builder()
                            .roleName("reader")
                            .dbName("default")
                            .objectType("Collection")
                            .objectName("book")
                            .privilege("ShowPartitions")
                            .build());
                    MilvusClientV2 again = client(servers, "alice:alice-secret-2");
                    try {
                        assertThatThrownBy(() -> again.describeCollection(book()))
                                .hasMessageContaining("permission deny to alice");
                    } finally {
                        again.close();
                    }
                } finally {
                    alice.close();
                }

                root.revokeRole(RevokeRoleReq.builder()
                        .userName("alice")
                        .roleName("reader")
                        .build());
                root.dropRole(
                        DropRoleReq.builder().roleName("reader").forceDrop(true).build());
                root.dropUser(DropUserReq.builder().userName("alice").build());
                assertThat(root.listUsers()).doesNotContain("alice");

                // the server's refusal of an unknown role, typed
                assertThatThrownBy(() -> root.grantRole(GrantRoleReq.builder()
                                .userName("root")
                                .roleName("nobody")
                                .build()))
                        .isInstanceOf(MilvusClientException.class);
                assertThatThrownBy(() -> CreateRoleReq.builder().build())
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("roleName");
            } finally {
                root.close();
            }
        }
    }

    @Test
    void v1RoleCallsShareTheOperations() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6, 1, true)) {
            MilvusServiceClient v1 = new MilvusServiceClient(ConnectParam.newBuilder()
                    .withUri(servers.grpcUri())
                    .withAuthorization("root", "Milvus")
                    .build());
            try {
                assertSuccess(v1.createRole(
                        CreateRoleParam.newBuilder().withRoleName("writer").build()));
                assertSuccess(v1.addUserToRole(AddUserToRoleParam.newBuilder()
                        .withUserName("root")
                        .withRoleName("writer")
                        .build()));
                assertSuccess(v1.grantRolePrivilege(GrantRolePrivilegeParam.newBuilder()
                        .withRoleName("writer")
                        .withObject("Collection")
                        .withObjectName("*")
                        .withPrivilege("Insert")
                        .build()));
                assertSuccess(v1.revokeRolePrivilege(RevokeRolePrivilegeParam.newBuilder()
                        .withRoleName("writer")
                        .withObject("Collection")
                        .withObjectName("*")
                        .withPrivilege("Insert")
                        .withDatabaseName("default")
                        .build()));
                assertSuccess(v1.removeUserFromRole(RemoveUserFromRoleParam.newBuilder()
                        .withUserName("root")
                        .withRoleName("writer")
                        .build()));
                assertSuccess(v1.dropRole(DropRoleParam.newBuilder()
                        .withRoleName("writer")
                        .withForceDrop(true)
                        .build()));

                R<RpcStatus> unknownObject = v1.grantRolePrivilege(GrantRolePrivilegeParam.newBuilder()
                        .withRoleName("writer")
                        .withObject("Table")
                        .withObjectName("*")
                        .withPrivilege("Insert")
                        .build());
                assertThat(unknownObject.getException())
                        .hasMessageContaining("the object entity in the request is nil or invalid");
                assertThatCode(() ->
                                CreateRoleParam.newBuilder().withRoleName("r").build())
                        .doesNotThrowAnyException();
                assertThatThrownBy(() -> AddUserToRoleParam.newBuilder()
                                .withRoleName("r")
                                .build())
                        .hasMessageContaining("userName");
            } finally {
                v1.close();
            }
        }
    }

    private static void assertSuccess(R<RpcStatus> r) {
        assertThat(r.getStatus()).as(String.valueOf(r.getException())).isEqualTo(R.Status.Success.getCode());
    }
}
