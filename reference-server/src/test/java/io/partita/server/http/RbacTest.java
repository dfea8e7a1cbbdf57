package io.partita.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.partita.server.ReferenceServer;
import io.partita.server.auth.AuthInterceptor;
import io.partita.server.grpc.WireRequests;
import io.partita.server.model.Profile;
import io.partita.wire.AlterRoleRequest;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreateCredentialRequest;
import io.partita.wire.CreatePrivilegeGroupRequest;
import io.partita.wire.CreateRoleRequest;
import io.partita.wire.DropRoleRequest;
import io.partita.wire.GrantEntity;
import io.partita.wire.GrantorEntity;
import io.partita.wire.ListDatabasesRequest;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.MilvusServiceGrpc.MilvusServiceBlockingStub;
import io.partita.wire.ObjectEntity;
import io.partita.wire.OperatePrivilegeGroupRequest;
import io.partita.wire.OperatePrivilegeGroupType;
import io.partita.wire.OperatePrivilegeRequest;
import io.partita.wire.OperatePrivilegeType;
import io.partita.wire.OperatePrivilegeV2Request;
import io.partita.wire.OperateUserRoleRequest;
import io.partita.wire.OperateUserRoleType;
import io.partita.wire.PrivilegeEntity;
import io.partita.wire.QueryRequest;
import io.partita.wire.RoleEntity;
import io.partita.wire.SelectGrantRequest;
import io.partita.wire.SelectRoleRequest;
import io.partita.wire.SelectUserRequest;
import io.partita.wire.ShowCollectionsRequest;
import io.partita.wire.UpdateCredentialRequest;
import io.partita.wire.UserEntity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Role-based access control on a server with authentication on (issue 18): Milvus's RBAC RPCs,
 * their persistence, and the privilege check on both ports with Milvus's refusal.
 */
class RbacTest {
    private static final String ROOT = "root:Root-secret1";

    @TempDir
    Path dir;

    ReferenceServer server;
    ManagedChannel channel;

    @BeforeEach
    void start() throws Exception {
        server = startServer();
        MilvusServiceBlockingStub root = as(ROOT);
        ok(root.createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName("books")
                        .setSchema(WireRequests.schema("books", 4).toByteString())
                        .build())
                .getErrorCode()
                .getNumber());
        ok(root.createCredential(CreateCredentialRequest.newBuilder()
                        .setUsername("alice")
                        .setPassword(b64("alice-secret"))
                        .build())
                .getCode());
        ok(root.createRole(CreateRoleRequest.newBuilder()
                        .setEntity(RoleEntity.newBuilder().setName("reader"))
                        .build())
                .getCode());
        ok(root.operateUserRole(OperateUserRoleRequest.newBuilder()
                        .setUsername("alice")
                        .setRoleName("reader")
                        .setType(OperateUserRoleType.AddUserToRole)
                        .build())
                .getCode());
    }

    private ReferenceServer startServer() throws Exception {
        ReferenceServer s = ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .httpPort(0)
                .profile(Profile.MILVUS_2_6)
                .auth(true)
                .rootPassword("Root-secret1")
                .start();
        channel = NettyChannelBuilder.forAddress("127.0.0.1", s.grpcPort())
                .usePlaintext()
                .build();
        return s;
    }

    @AfterEach
    void stop() throws Exception {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }

    @Test
    void aUserWithoutGrantsIsRefusedWithMilvusTextAndListsNoCollectionsOrDatabases() {
        MilvusServiceBlockingStub alice = as("alice:alice-secret");
        assertThat(denial(s -> s.query(query("books"))))
                .isEqualTo("PrivilegeQuery: permission deny to alice in the `default` database");
        assertThat(denial(s -> s.createRole(CreateRoleRequest.newBuilder()
                        .setEntity(RoleEntity.newBuilder().setName("mine"))
                        .build())))
                .isEqualTo("PrivilegeCreateOwnership: permission deny to alice in the `default` database");
        // ShowCollections answers, filtered by the caller's grants as in Milvus 2.4+ (none yet)
        var shown = alice.showCollections(ShowCollectionsRequest.getDefaultInstance());
        assertThat(shown.getStatus().getCode()).isZero();
        assertThat(shown.getCollectionNamesList()).isEmpty();
        assertThat(as(ROOT).showCollections(ShowCollectionsRequest.getDefaultInstance())
                        .getCollectionNamesList())
                .containsExactly("books");
        // ListDatabases shows a user the databases its roles hold grants in (none yet)
        assertThat(alice.listDatabases(ListDatabasesRequest.getDefaultInstance())
                        .getDbNamesList())
                .isEmpty();
        assertThat(as(ROOT).listDatabases(ListDatabasesRequest.getDefaultInstance())
                        .getDbNamesList())
                .contains("default");
        // a user may read its own entry
        assertThat(alice.selectUser(SelectUserRequest.newBuilder()
                                .setUser(UserEntity.newBuilder().setName("alice"))
                                .setIncludeRoleInfo(true)
                                .build())
                        .getResults(0)
                        .getRoles(0)
                        .getName())
                .isEqualTo("reader");
    }

    @Test
    void aGrantOnOneCollectionAllowsThatCollectionOnlyUntilRevoked() {
        MilvusServiceBlockingStub root = as(ROOT);
        ok(root.operatePrivilege(grant("Collection", "books", "Query", OperatePrivilegeType.Grant))
                .getCode());
        ok(root.createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName("other")
                        .setSchema(WireRequests.schema("other", 4).toByteString())
                        .build())
                .getCode());
        MilvusServiceBlockingStub alice = as("alice:alice-secret");
        assertThat(alice.query(query("books")).getStatus().getCode()).isNotEqualTo(65535);
        assertThat(alice.listDatabases(ListDatabasesRequest.getDefaultInstance())
                        .getDbNamesList())
                .containsExactly("default");
        // she sees the collection she holds a grant on, not the other one
        assertThat(alice.showCollections(ShowCollectionsRequest.getDefaultInstance())
                        .getCollectionNamesList())
                .containsExactly("books");
        assertThat(denial(s -> s.query(query("other"))))
                .isEqualTo("PrivilegeQuery: permission deny to alice in the `default` database");

        assertThat(root.selectGrant(SelectGrantRequest.newBuilder()
                                .setEntity(GrantEntity.newBuilder()
                                        .setRole(RoleEntity.newBuilder().setName("reader")))
                                .build())
                        .getEntitiesList())
                .extracting(e -> e.getObject().getName() + "/" + e.getObjectName() + "/"
                        + e.getGrantor().getPrivilege().getName() + "/" + e.getDbName())
                .containsExactly("Collection/books/Query/default");

        ok(root.operatePrivilege(grant("Collection", "books", "Query", OperatePrivilegeType.Revoke))
                .getCode());
        assertThat(denial(s -> s.query(query("books")))).contains("permission deny");
    }

    @Test
    void theAdminRoleAndACustomPrivilegeGroupGrantWhatTheyHold() {
        MilvusServiceBlockingStub root = as(ROOT);
        ok(root.createPrivilegeGroup(CreatePrivilegeGroupRequest.newBuilder()
                        .setGroupName("querying")
                        .build())
                .getCode());
        ok(root.operatePrivilegeGroup(OperatePrivilegeGroupRequest.newBuilder()
                        .setGroupName("querying")
                        .addPrivileges(PrivilegeEntity.newBuilder().setName("Query"))
                        .setType(OperatePrivilegeGroupType.AddPrivilegesToGroup)
                        .build())
                .getCode());
        ok(root.operatePrivilegeV2(OperatePrivilegeV2Request.newBuilder()
                        .setRole(RoleEntity.newBuilder().setName("reader"))
                        .setGrantor(GrantorEntity.newBuilder()
                                .setPrivilege(PrivilegeEntity.newBuilder().setName("querying")))
                        .setType(OperatePrivilegeType.Grant)
                        .setDbName("default")
                        .setCollectionName("*")
                        .build())
                .getCode());
        assertThat(as("alice:alice-secret").query(query("books")).getStatus().getCode())
                .isNotEqualTo(65535);
        assertThat(denial(s -> s.createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName("more")
                        .build())))
                .startsWith("PrivilegeCreateCollection: permission deny");

        ok(root.operateUserRole(OperateUserRoleRequest.newBuilder()
                        .setUsername("alice")
                        .setRoleName("admin")
                        .setType(OperateUserRoleType.AddUserToRole)
                        .build())
                .getCode());
        ok(as("alice:alice-secret")
                .createRole(CreateRoleRequest.newBuilder()
                        .setEntity(RoleEntity.newBuilder().setName("made_by_alice"))
                        .build())
                .getCode());
        // the role admin shows every collection
        assertThat(as("alice:alice-secret")
                        .showCollections(ShowCollectionsRequest.getDefaultInstance())
                        .getCollectionNamesList())
                .containsExactly("books");
    }

    @Test
    void underProfileMilvus23ShowCollectionsAndListDatabasesAreNotFiltered(@TempDir Path other) throws Exception {
        try (ReferenceServer v23 = ReferenceServer.builder()
                .dataDir(other)
                .grpcPort(0)
                .profile(Profile.MILVUS_2_3)
                .auth(true)
                .rootPassword("Root-secret1")
                .start()) {
            ManagedChannel c = NettyChannelBuilder.forAddress("127.0.0.1", v23.grpcPort())
                    .usePlaintext()
                    .build();
            try {
                MilvusServiceBlockingStub root = stub(c, ROOT);
                ok(root.createCollection(CreateCollectionRequest.newBuilder()
                                .setCollectionName("books")
                                .setSchema(WireRequests.schema("books", 4).toByteString())
                                .build())
                        .getCode());
                ok(root.createCredential(CreateCredentialRequest.newBuilder()
                                .setUsername("carol")
                                .setPassword(b64("carol-secret"))
                                .build())
                        .getCode());
                MilvusServiceBlockingStub carol = stub(c, "carol:carol-secret");
                assertThat(carol.showCollections(ShowCollectionsRequest.getDefaultInstance())
                                .getCollectionNamesList())
                        .containsExactly("books");
                assertThat(carol.listDatabases(ListDatabasesRequest.getDefaultInstance())
                                .getDbNamesList())
                        .contains("default");
            } finally {
                c.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aClusterLevelGrantByTheV2FormReachesUserObjects() {
        MilvusServiceBlockingStub root = as(ROOT);
        ok(root.createCredential(CreateCredentialRequest.newBuilder()
                        .setUsername("bob")
                        .setPassword(b64("bob-secret"))
                        .build())
                .getCode());
        UpdateCredentialRequest change = UpdateCredentialRequest.newBuilder()
                .setUsername("bob")
                .setOldPassword(b64("bob-secret"))
                .setNewPassword(b64("bob-secret2"))
                .build();
        assertThat(denial(s -> s.updateCredential(change)))
                .isEqualTo("PrivilegeUpdateUser: permission deny to alice in the `default` database");
        ok(root.operatePrivilegeV2(OperatePrivilegeV2Request.newBuilder()
                        .setRole(RoleEntity.newBuilder().setName("reader"))
                        .setGrantor(GrantorEntity.newBuilder()
                                .setPrivilege(PrivilegeEntity.newBuilder().setName("UpdateUser")))
                        .setType(OperatePrivilegeType.Grant)
                        .setDbName("*")
                        .setCollectionName("*")
                        .build())
                .getCode());
        ok(as("alice:alice-secret").updateCredential(change).getCode());
    }

    @Test
    void theHttpPortRefusesAndAllowsAlike() throws Exception {
        HttpProbe alice = new HttpProbe(server.httpPort()).withAuthorization("Basic " + b64("alice:alice-secret"));
        var v1 = alice.send("POST", "/api/v1/query", "{\"collection_name\":\"books\",\"expr\":\"id > 0\"}");
        assertThat(v1.statusCode()).isEqualTo(403);
        assertThat(v1.body()).contains("PrivilegeQuery: permission deny to alice in the `default` database");
        var v2 = alice.send(
                "POST", "/v2/vectordb/entities/query", "{\"collectionName\":\"books\",\"filter\":\"id > 0\"}");
        assertThat(v2.body()).contains("permission deny to alice");

        ok(as(ROOT).operatePrivilege(grant("Collection", "books", "Query", OperatePrivilegeType.Grant))
                .getCode());
        var allowed = alice.send(
                "POST", "/v2/vectordb/entities/query", "{\"collectionName\":\"books\",\"filter\":\"id > 0\"}");
        assertThat(allowed.body()).doesNotContain("permission deny");
    }

    @Test
    void restfulV2PrivilegeGroupRoutesAndTheV2GrantAnswerInMilvusShapes() throws Exception {
        HttpProbe root = new HttpProbe(server.httpPort()).withAuthorization("Bearer " + ROOT);
        assertThat(root.send("POST", "/v2/vectordb/privilege_groups/create", "{\"privilegeGroupName\":\"pg\"}")
                        .body())
                .contains("\"code\":0");
        assertThat(root.send(
                                "POST",
                                "/v2/vectordb/privilege_groups/add_privileges_to_group",
                                "{\"privilegeGroupName\":\"pg\",\"privileges\":[\"Query\",\"Search\"]}")
                        .body())
                .contains("\"code\":0");
        // handler_v2.go listPrivilegeGroups: data.privilegeGroups, the privileges joined by commas
        assertThat(root.send("POST", "/v2/vectordb/privilege_groups/list", "{}").body())
                .containsAnyOf(
                        "{\"privilegeGroupName\":\"pg\",\"privileges\":\"Query,Search\"}",
                        "{\"privilegeGroupName\":\"pg\",\"privileges\":\"Search,Query\"}");
        assertThat(root.send(
                                "POST",
                                "/v2/vectordb/privilege_groups/remove_privileges_from_group",
                                "{\"privilegeGroupName\":\"pg\",\"privileges\":[\"Search\"]}")
                        .body())
                .contains("\"code\":0");
        assertThat(root.send("POST", "/v2/vectordb/privilege_groups/list", "{}").body())
                .contains("{\"privilegeGroupName\":\"pg\",\"privileges\":\"Query\"}");

        assertThat(root.send(
                                "POST",
                                "/v2/vectordb/roles/grant_privilege_v2",
                                "{\"roleName\":\"reader\",\"privilege\":\"pg\",\"dbName\":\"default\","
                                        + "\"collectionName\":\"books\"}")
                        .body())
                .contains("\"code\":0");
        assertThat(root.send("POST", "/v2/vectordb/roles/describe", "{\"roleName\":\"reader\"}")
                        .body())
                .contains("\"objectType\":\"Collection\"", "\"objectName\":\"books\"", "\"privilege\":\"pg\"");
        var denied = new HttpProbe(server.httpPort())
                .withAuthorization("Bearer alice:alice-secret")
                .send("POST", "/v2/vectordb/entities/query", "{\"collectionName\":\"books\",\"filter\":\"id > 0\"}");
        assertThat(denied.body()).doesNotContain("permission deny");
        assertThat(root.send(
                                "POST",
                                "/v2/vectordb/roles/revoke_privilege_v2",
                                "{\"roleName\":\"reader\",\"privilege\":\"pg\",\"dbName\":\"default\","
                                        + "\"collectionName\":\"books\"}")
                        .body())
                .contains("\"code\":0");
        assertThat(root.send("POST", "/v2/vectordb/privilege_groups/drop", "{\"privilegeGroupName\":\"pg\"}")
                        .body())
                .contains("\"code\":0");
        assertThat(root.send("POST", "/v2/vectordb/privilege_groups/list", "{}").body())
                .doesNotContain("\"pg\"");
        // request_v2.go's required fields, refused as Milvus's binding does
        assertThat(root.send("POST", "/v2/vectordb/privilege_groups/create", "{}")
                        .body())
                .contains("privilegeGroupName");
        assertThat(root.send("POST", "/v2/vectordb/roles/grant_privilege_v2", "{\"roleName\":\"reader\"}")
                        .body())
                .contains("privilege");
    }

    @Test
    void rolesGrantsAndBindingsSurviveARestartAndBuiltInRolesCannotBeDropped() throws Exception {
        MilvusServiceBlockingStub root = as(ROOT);
        ok(root.operatePrivilege(grant("Global", "*", "CreateCollection", OperatePrivilegeType.Grant))
                .getCode());
        assertThat(root.dropRole(DropRoleRequest.newBuilder()
                                .setRoleName("admin")
                                .build())
                        .getReason())
                .isEqualTo("the role[admin] is a default role, which can't be dropped");
        assertThat(root.dropRole(DropRoleRequest.newBuilder()
                                .setRoleName("nobody")
                                .build())
                        .getReason())
                .isEqualTo("not found the role, maybe the role isn't existed or internal system error");
        assertThat(root.createRole(CreateRoleRequest.newBuilder()
                                .setEntity(RoleEntity.newBuilder().setName("reader"))
                                .build())
                        .getReason())
                .isEqualTo("role [name:\"reader\"] already exists");

        stop();
        server = startServer();
        root = as(ROOT);
        assertThat(root.selectRole(SelectRoleRequest.newBuilder()
                                .setRole(RoleEntity.newBuilder().setName("reader"))
                                .setIncludeUserInfo(true)
                                .build())
                        .getResults(0)
                        .getUsersList())
                .extracting(UserEntity::getName)
                .containsExactly("alice");
        assertThat(root.selectRole(SelectRoleRequest.getDefaultInstance()).getResultsList())
                .extracting(r -> r.getRole().getName())
                .contains("admin", "public", "reader");
        assertThat(denial(s -> s.query(query("books")))).contains("permission deny");
        assertThat(as("alice:alice-secret")
                        .createCollection(CreateCollectionRequest.newBuilder()
                                .setCollectionName("granted")
                                .setSchema(WireRequests.schema("granted", 4).toByteString())
                                .build())
                        .getCode())
                .isZero();
    }

    @Test
    void aRoleKeepsItsDescriptionThroughAlterRoleAndARestartWithMilvusRefusals() throws Exception {
        MilvusServiceBlockingStub root = as(ROOT);
        ok(root.createRole(CreateRoleRequest.newBuilder()
                        .setEntity(RoleEntity.newBuilder().setName("auditor").setDescription("reads\tthe logs"))
                        .build())
                .getCode());
        assertThat(description(root, "auditor")).isEqualTo("reads\tthe logs");
        assertThat(description(root, "reader")).isEmpty();
        ok(root.alterRole(AlterRoleRequest.newBuilder()
                        .setRoleName("auditor")
                        .setDescription("reads the logs\nand the metrics")
                        .build())
                .getCode());
        // milvus-io/milvus internal/rootcoord/meta_table.go CheckIfAlterRole
        io.partita.wire.Status builtIn = root.alterRole(AlterRoleRequest.newBuilder()
                .setRoleName("admin")
                .setDescription("x")
                .build());
        assertThat(builtIn.getCode()).isEqualTo(1401);
        assertThat(builtIn.getReason())
                .isEqualTo("the role[admin] is a builtin role, which can't be altered: privilege not permitted");
        assertThat(root.alterRole(AlterRoleRequest.newBuilder()
                                .setRoleName("public")
                                .build())
                        .getCode())
                .isEqualTo(1401);
        io.partita.wire.Status missing = root.alterRole(
                AlterRoleRequest.newBuilder().setRoleName("nobody").build());
        assertThat(missing.getCode()).isEqualTo(65535);
        assertThat(missing.getReason()).isEqualTo("role not exists");
        io.partita.wire.Status empty = root.alterRole(AlterRoleRequest.getDefaultInstance());
        assertThat(empty.getCode()).isEqualTo(1100);
        assertThat(empty.getReason()).isEqualTo("role name is empty: invalid parameter");
        // AlterRole needs the Global CreateOwnership privilege (milvus.proto's privilege_ext_obj)
        assertThat(denial(s -> s.alterRole(AlterRoleRequest.newBuilder()
                        .setRoleName("reader")
                        .setDescription("mine")
                        .build())))
                .isEqualTo("PrivilegeCreateOwnership: permission deny to alice in the `default` database");

        stop();
        server = startServer();
        root = as(ROOT);
        assertThat(description(root, "auditor")).isEqualTo("reads the logs\nand the metrics");
        ok(root.alterRole(AlterRoleRequest.newBuilder().setRoleName("auditor").build())
                .getCode());
        assertThat(description(root, "auditor")).isEmpty();
    }

    private static String description(MilvusServiceBlockingStub stub, String role) {
        return stub.selectRole(SelectRoleRequest.newBuilder()
                        .setRole(RoleEntity.newBuilder().setName(role))
                        .build())
                .getResults(0)
                .getRole()
                .getDescription();
    }

    @Test
    void underProfileMilvus21WhichHadNoRbacEveryAuthenticatedUserMayDoEverything(@TempDir Path other) throws Exception {
        try (ReferenceServer v21 = ReferenceServer.builder()
                .dataDir(other)
                .grpcPort(0)
                .profile(Profile.MILVUS_2_1)
                .auth(true)
                .rootPassword("Root-secret1")
                .start()) {
            ManagedChannel c = NettyChannelBuilder.forAddress("127.0.0.1", v21.grpcPort())
                    .usePlaintext()
                    .build();
            try {
                ok(stub(c, ROOT)
                        .createCredential(CreateCredentialRequest.newBuilder()
                                .setUsername("carol")
                                .setPassword(b64("carol-secret"))
                                .build())
                        .getCode());
                ok(stub(c, "carol:carol-secret")
                        .createCollection(CreateCollectionRequest.newBuilder()
                                .setCollectionName("hers")
                                .setSchema(WireRequests.schema("hers", 4).toByteString())
                                .build())
                        .getCode());
            } finally {
                c.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    private static QueryRequest query(String collection) {
        return QueryRequest.newBuilder()
                .setCollectionName(collection)
                .setExpr("id > 0")
                .addOutputFields("id")
                .build();
    }

    private static OperatePrivilegeRequest grant(String type, String name, String privilege, OperatePrivilegeType op) {
        return OperatePrivilegeRequest.newBuilder()
                .setEntity(GrantEntity.newBuilder()
                        .setRole(RoleEntity.newBuilder().setName("reader"))
                        .setObject(ObjectEntity.newBuilder().setName(type))
                        .setObjectName(name)
                        .setDbName("default")
                        .setGrantor(GrantorEntity.newBuilder()
                                .setPrivilege(PrivilegeEntity.newBuilder().setName(privilege))))
                .setType(op)
                .build();
    }

    /** The description of alice's refused call; fails the test when the call is not refused. */
    private String denial(Function<MilvusServiceBlockingStub, ?> call) {
        try {
            call.apply(as("alice:alice-secret"));
        } catch (StatusRuntimeException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
            return e.getStatus().getDescription();
        }
        throw new AssertionError("the call was not refused");
    }

    private MilvusServiceBlockingStub as(String userColonPassword) {
        return stub(channel, userColonPassword);
    }

    static MilvusServiceBlockingStub stub(ManagedChannel channel, String userColonPassword) {
        Metadata md = new Metadata();
        md.put(AuthInterceptor.AUTHORIZATION, b64(userColonPassword));
        return MilvusServiceGrpc.newBlockingStub(channel)
                .withDeadlineAfter(60, TimeUnit.SECONDS)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(md));
    }

    private static void ok(int code) {
        assertThat(code).isZero();
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
