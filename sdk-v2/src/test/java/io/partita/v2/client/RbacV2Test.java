package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.partita.client.MilvusServiceClient;
import io.partita.model.SelectGrantResponse;
import io.partita.model.SelectRoleResponse;
import io.partita.model.SelectUserResponse;
import io.partita.model.UserEntity;
import io.partita.param.ConnectParam;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.role.AddUserToRoleParam;
import io.partita.param.role.CreateRoleParam;
import io.partita.param.role.DropRoleParam;
import io.partita.param.role.GrantRolePrivilegeParam;
import io.partita.param.role.RemoveUserFromRoleParam;
import io.partita.param.role.RevokeRolePrivilegeParam;
import io.partita.param.role.SelectGrantForRoleAndObjectParam;
import io.partita.param.role.SelectGrantForRoleParam;
import io.partita.param.role.SelectRoleParam;
import io.partita.param.role.SelectUserParam;
import io.partita.server.model.Profile;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.DescribeCollectionReq;
import io.partita.v2.service.rbac.PrivilegeGroup;
import io.partita.v2.service.rbac.request.AddPrivilegesToGroupReq;
import io.partita.v2.service.rbac.request.CreatePrivilegeGroupReq;
import io.partita.v2.service.rbac.request.CreateRoleReq;
import io.partita.v2.service.rbac.request.CreateUserReq;
import io.partita.v2.service.rbac.request.DescribeRoleReq;
import io.partita.v2.service.rbac.request.DescribeUserReq;
import io.partita.v2.service.rbac.request.DropPrivilegeGroupReq;
import io.partita.v2.service.rbac.request.DropRoleReq;
import io.partita.v2.service.rbac.request.DropUserReq;
import io.partita.v2.service.rbac.request.GrantPrivilegeReq;
import io.partita.v2.service.rbac.request.GrantPrivilegeReqV2;
import io.partita.v2.service.rbac.request.GrantRoleReq;
import io.partita.v2.service.rbac.request.ListPrivilegeGroupsReq;
import io.partita.v2.service.rbac.request.RemovePrivilegesFromGroupReq;
import io.partita.v2.service.rbac.request.RevokePrivilegeReq;
import io.partita.v2.service.rbac.request.RevokePrivilegeReqV2;
import io.partita.v2.service.rbac.request.RevokeRoleReq;
import io.partita.v2.service.rbac.request.UpdatePasswordReq;
import io.partita.v2.service.rbac.response.DescribeRoleResp;
import io.partita.v2.service.rbac.response.DescribeUserResp;
import java.util.List;
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

    @Test
    void v2ListingsAndPrivilegeGroupsOverGrpc() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6, 1, true)) {
            listingsAndPrivilegeGroups(servers, servers.grpcUri());
        }
    }

    @Test
    void v2ListingsAndPrivilegeGroupsOverRestfulV2() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6, 1, true)) {
            listingsAndPrivilegeGroups(servers, servers.httpUri() + "/v2/vectordb");
        }
    }

    /**
     * One scenario on either transport: listRoles, describeRole showing a grant with its grantor,
     * describeUser showing a bound role, a privilege group's round trip (create, add, list, remove,
     * grant by level with grantPrivilegeV2, what the grant lets a user do, revoke, drop), and the
     * server's refusals of an unknown role, typed with Milvus's code.
     */
    private static void listingsAndPrivilegeGroups(Servers servers, String uri) {
        MilvusClientV2 root = new MilvusClientV2(
                ConnectConfig.builder().uri(uri).token("root:Milvus").build());
        try {
            root.createCollection(CreateCollectionReq.builder()
                    .collectionName("book")
                    .dimension(4)
                    .build());
            root.createUser(CreateUserReq.builder()
                    .userName("bob")
                    .password("bob-secret")
                    .build());
            root.createRole(CreateRoleReq.builder().roleName("reader").build());
            assertThat(root.listRoles()).contains("admin", "public", "reader");

            root.grantPrivilege(GrantPrivilegeReq.builder()
                    .roleName("reader")
                    .objectType("Collection")
                    .objectName("book")
                    .privilege("Query")
                    .build());
            DescribeRoleResp reader = root.describeRole(
                    DescribeRoleReq.builder().roleName("reader").build());
            assertThat(reader.getRoleName()).isEqualTo("reader");
            assertThat(reader.getDescription()).isEmpty();
            assertThat(reader.getGrantInfos())
                    .extracting(
                            DescribeRoleResp.GrantInfo::getObjectType,
                            DescribeRoleResp.GrantInfo::getObjectName,
                            DescribeRoleResp.GrantInfo::getPrivilege,
                            DescribeRoleResp.GrantInfo::getDbName,
                            DescribeRoleResp.GrantInfo::getGrantor)
                    .containsExactly(tuple("Collection", "book", "Query", "default", "root"));

            root.grantRole(
                    GrantRoleReq.builder().userName("bob").roleName("reader").build());
            DescribeUserResp bob =
                    root.describeUser(DescribeUserReq.builder().userName("bob").build());
            assertThat(bob.getUserName()).isEqualTo("bob");
            assertThat(bob.getRoles()).containsExactly("reader");
            // as the official client: an unknown user is described with no role, not refused
            assertThat(root.describeUser(
                                    DescribeUserReq.builder().userName("nobody").build())
                            .getRoles())
                    .isEmpty();

            // a privilege group's round trip
            root.createPrivilegeGroup(
                    CreatePrivilegeGroupReq.builder().groupName("book_readers").build());
            root.addPrivilegesToGroup(AddPrivilegesToGroupReq.builder()
                    .groupName("book_readers")
                    .privileges(List.of("ShowPartitions", "Search"))
                    .build());
            assertThat(group(root, "book_readers")).containsExactlyInAnyOrder("ShowPartitions", "Search");
            root.removePrivilegesFromGroup(RemovePrivilegesFromGroupReq.builder()
                    .groupName("book_readers")
                    .privileges(List.of("Search"))
                    .build());
            assertThat(group(root, "book_readers")).containsExactly("ShowPartitions");

            // granted by level: a custom group is a collection-level grant on the named collection
            MilvusClientV2 asBob = client(servers, "bob:bob-secret");
            try {
                assertThatThrownBy(() -> asBob.describeCollection(book()))
                        .hasMessageContaining("permission deny to bob");
                root.grantPrivilegeV2(GrantPrivilegeReqV2.builder()
                        .roleName("reader")
                        .privilege("book_readers")
                        .dbName("default")
                        .collectionName("book")
                        .build());
                assertThat(root.describeRole(DescribeRoleReq.builder()
                                        .roleName("reader")
                                        .dbName("default")
                                        .build())
                                .getGrantInfos())
                        .extracting(DescribeRoleResp.GrantInfo::getObjectName, DescribeRoleResp.GrantInfo::getPrivilege)
                        .contains(tuple("book", "book_readers"));
                MilvusClientV2 granted = client(servers, "bob:bob-secret");
                try {
                    assertThat(granted.describeCollection(book()).getCollectionName())
                            .isEqualTo("book");
                } finally {
                    granted.close();
                }
            } finally {
                asBob.close();
            }
            root.revokePrivilegeV2(RevokePrivilegeReqV2.builder()
                    .roleName("reader")
                    .privilege("book_readers")
                    .dbName("default")
                    .collectionName("book")
                    .build());
            root.dropPrivilegeGroup(
                    DropPrivilegeGroupReq.builder().groupName("book_readers").build());
            assertThat(root.listPrivilegeGroups(ListPrivilegeGroupsReq.builder().build())
                            .getPrivilegeGroups())
                    .extracting(PrivilegeGroup::getGroupName)
                    .doesNotContain("book_readers")
                    .isNotEmpty(); // the built-in groups stay

            // Milvus's refusals of an unknown role, typed with its code
            assertThatThrownBy(() -> root.describeRole(
                            DescribeRoleReq.builder().roleName("nobody").build()))
                    .isInstanceOf(MilvusClientException.class)
                    .hasMessageContaining("not found the role")
                    .extracting(e -> ((MilvusClientException) e).getServerErrCode())
                    .isEqualTo(65535);
            assertThatThrownBy(() -> root.grantPrivilegeV2(GrantPrivilegeReqV2.builder()
                            .roleName("nobody")
                            .privilege("Query")
                            .collectionName("book")
                            .build()))
                    .isInstanceOf(MilvusClientException.class)
                    .hasMessageContaining("not found the role");
            assertThatThrownBy(() -> DescribeRoleReq.builder().build())
                    .isInstanceOf(MilvusClientException.class)
                    .hasMessageContaining("roleName");
            assertThatThrownBy(() ->
                            AddPrivilegesToGroupReq.builder().groupName("g").build())
                    .hasMessageContaining("privileges");

            // cleanup without force: RESTful v2's roles/drop has no force flag
            root.revokePrivilege(RevokePrivilegeReq.builder()
                    .roleName("reader")
                    .objectType("Collection")
                    .objectName("book")
                    .privilege("Query")
                    .build());
            root.revokeRole(
                    RevokeRoleReq.builder().userName("bob").roleName("reader").build());
            root.dropRole(DropRoleReq.builder().roleName("reader").build());
            assertThat(root.listRoles()).doesNotContain("reader");
        } finally {
            root.close();
        }
    }

    private static List<String> group(MilvusClientV2 client, String name) {
        return client.listPrivilegeGroups(ListPrivilegeGroupsReq.builder().build()).getPrivilegeGroups().stream()
                .filter(g -> g.getGroupName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no privilege group " + name))
                .getPrivileges();
    }

    @Test
    void v1SelectCallsShowRolesUsersAndGrantsOverGrpc() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6, 1, true)) {
            v1Selects(servers.grpcUri(), true);
        }
    }

    @Test
    void v1SelectCallsShowRolesUsersAndGrantsOverRestfulV2() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6, 1, true)) {
            v1Selects(servers.httpUri() + "/v2/vectordb", false);

            // Milvus 2.1's /api/v1 has no role route: UNIMPLEMENTED, as for the other gRPC-only calls
            MilvusServiceClient apiV1 = new MilvusServiceClient(ConnectParam.newBuilder()
                    .withUri(servers.httpUri())
                    .withAuthorization("root", "Milvus")
                    .build());
            try {
                assertThat(apiV1.selectUser(SelectUserParam.newBuilder()
                                        .withUserName("root")
                                        .build())
                                .getException())
                        .hasMessageContaining("is not supported by the REST transport");
            } finally {
                apiV1.close();
            }
        }
    }

    private static void v1Selects(String uri, boolean grpc) {
        MilvusServiceClient v1 = new MilvusServiceClient(ConnectParam.newBuilder()
                .withUri(uri)
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
            assertSuccess(v1.grantRolePrivilege(GrantRolePrivilegeParam.newBuilder()
                    .withRoleName("writer")
                    .withObject("Global")
                    .withObjectName("*")
                    .withPrivilege("CreateCollection")
                    .build()));

            R<SelectRoleResponse> role = v1.selectRole(
                    SelectRoleParam.newBuilder().withRoleName("writer").build());
            assertThat(role.getStatus()).as(String.valueOf(role.getException())).isZero();
            assertThat(role.getData().getResultsList())
                    .extracting(r -> r.getRole().getName())
                    .containsExactly("writer");
            if (grpc) {
                // users of a role: gRPC only (RESTful v2 has no route listing them)
                R<SelectRoleResponse> withUsers = v1.selectRole(SelectRoleParam.newBuilder()
                        .withRoleName("writer")
                        .withIncludeUserInfo(true)
                        .build());
                assertThat(withUsers.getData().getResults(0).getUsersList())
                        .extracting(UserEntity::getName)
                        .containsExactly("root");
            }
            if (!grpc) {
                // what RESTful v2 cannot say keeps the /api/v1 codec, which has no role route
                R<SelectRoleResponse> withUsers = v1.selectRole(SelectRoleParam.newBuilder()
                        .withRoleName("writer")
                        .withIncludeUserInfo(true)
                        .build());
                assertThat(withUsers.getException()).hasMessageContaining("is not supported by the REST transport");
                assertThat(v1.dropRole(DropRoleParam.newBuilder()
                                        .withRoleName("writer")
                                        .withForceDrop(true)
                                        .build())
                                .getException())
                        .hasMessageContaining("is not supported by the REST transport");
            }
            R<SelectRoleResponse> unknown = v1.selectRole(
                    SelectRoleParam.newBuilder().withRoleName("nobody").build());
            // R carries the legacy code; the 2.3+ code 65535 is UnexpectedError's
            assertThat(unknown.getStatus()).isEqualTo(R.Status.UnexpectedError.getCode());
            assertThat(unknown.getException()).hasMessageContaining("not found the role");

            R<SelectUserResponse> user = v1.selectUser(SelectUserParam.newBuilder()
                    .withUserName("root")
                    .withIncludeRoleInfo(true)
                    .build());
            assertThat(user.getData().getResultsCount()).isEqualTo(1);
            assertThat(user.getData().getResults(0).getRolesList())
                    .extracting(io.partita.model.RoleEntity::getName)
                    .contains("writer");
            assertThat(v1.selectUser(SelectUserParam.newBuilder()
                                    .withUserName("nobody")
                                    .build())
                            .getData()
                            .getResultsList())
                    .isEmpty();

            R<SelectGrantResponse> grants = v1.selectGrantForRole(
                    SelectGrantForRoleParam.newBuilder().withRoleName("writer").build());
            assertThat(grants.getData().getEntitiesList())
                    .extracting(g -> g.getObject().getName() + ":" + g.getObjectName() + ":"
                            + g.getGrantor().getPrivilege().getName() + ":"
                            + g.getGrantor().getUser().getName())
                    .containsExactlyInAnyOrder("Collection:*:Insert:root", "Global:*:CreateCollection:root");
            R<SelectGrantResponse> oneObject =
                    v1.selectGrantForRoleAndObject(SelectGrantForRoleAndObjectParam.newBuilder()
                            .withRoleName("writer")
                            .withObject("Global")
                            .withObjectName("*")
                            .build());
            assertThat(oneObject.getData().getEntitiesList())
                    .extracting(g -> g.getGrantor().getPrivilege().getName())
                    .containsExactly("CreateCollection");
            R<SelectGrantResponse> noRole = v1.selectGrantForRole(
                    SelectGrantForRoleParam.newBuilder().withRoleName("nobody").build());
            assertThat(noRole.getException()).hasMessageContaining("not found the role");

            assertThatThrownBy(() -> SelectRoleParam.newBuilder().build()).hasMessageContaining("roleName");
            assertThatThrownBy(() -> SelectGrantForRoleAndObjectParam.newBuilder()
                            .withRoleName("writer")
                            .withObject("Global")
                            .build())
                    .hasMessageContaining("objectName");
        } finally {
            v1.close();
        }
    }

    private static void assertSuccess(R<RpcStatus> r) {
        assertThat(r.getStatus()).as(String.valueOf(r.getException())).isEqualTo(R.Status.Success.getCode());
    }
}
