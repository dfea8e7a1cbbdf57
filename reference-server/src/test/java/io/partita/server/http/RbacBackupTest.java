package io.partita.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.partita.server.ReferenceServer;
import io.partita.server.grpc.WireRequests;
import io.partita.server.model.Profile;
import io.partita.wire.BackupRBACMetaRequest;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreateCredentialRequest;
import io.partita.wire.CreatePrivilegeGroupRequest;
import io.partita.wire.CreateRoleRequest;
import io.partita.wire.GrantEntity;
import io.partita.wire.GrantorEntity;
import io.partita.wire.MilvusServiceGrpc.MilvusServiceBlockingStub;
import io.partita.wire.ObjectEntity;
import io.partita.wire.OperatePrivilegeGroupRequest;
import io.partita.wire.OperatePrivilegeGroupType;
import io.partita.wire.OperatePrivilegeRequest;
import io.partita.wire.OperatePrivilegeType;
import io.partita.wire.OperateUserRoleRequest;
import io.partita.wire.OperateUserRoleType;
import io.partita.wire.PrivilegeEntity;
import io.partita.wire.QueryRequest;
import io.partita.wire.RBACMeta;
import io.partita.wire.RestoreRBACMetaRequest;
import io.partita.wire.RoleEntity;
import io.partita.wire.SelectGrantRequest;
import io.partita.wire.SelectRoleRequest;
import io.partita.wire.UserInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BackupRBAC and RestoreRBAC (Milvus 2.5+, issue 18) on servers with authentication on: what a
 * backup holds (as Milvus's catalog builds it), a restore into a fresh server that lets the
 * backed-up user in with its old password and its grants, Milvus's refusals of a conflicting
 * restore with nothing half-applied, the privilege check, and profile milvus-2.3's UNIMPLEMENTED.
 */
class RbacBackupTest {
    private static final String ROOT = "root:Root-secret1";

    @TempDir
    Path dirA;

    @TempDir
    Path dirB;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void aBackupRestoredIntoAFreshServerBringsBackUsersRolesGrantsAndGroups() throws Exception {
        MilvusServiceBlockingStub a = stub(start(dirA, Profile.MILVUS_2_6), ROOT);
        setUpAliceAsReader(a);

        RBACMeta meta = ok(a.backupRBAC(BackupRBACMetaRequest.getDefaultInstance()));
        assertThat(meta.getUsersList()).extracting(UserInfo::getUser).containsExactly("alice"); // never root
        UserInfo alice = meta.getUsers(0);
        assertThat(alice.getRolesList()).extracting(RoleEntity::getName).containsExactly("reader");
        assertThat(alice.getPassword()).startsWith("pbkdf2_sha256$").doesNotContain("alice-secret");
        assertThat(meta.getRolesList()).extracting(RoleEntity::getName).containsExactly("reader"); // not admin, public
        assertThat(meta.getGrantsList())
                .extracting(g -> g.getObject().getName() + "/" + g.getObjectName() + "/"
                        + g.getGrantor().getPrivilege().getName() + "/" + g.getDbName())
                .containsExactlyInAnyOrder("Collection/books/Query/default", "Collection/*/querying/default");
        assertThat(meta.getPrivilegeGroupsList()).singleElement().satisfies(g -> {
            assertThat(g.getGroupName()).isEqualTo("querying");
            assertThat(g.getPrivilegesList())
                    .extracting(PrivilegeEntity::getName)
                    .containsExactly("Query");
        });

        ManagedChannel channelB = start(dirB, Profile.MILVUS_2_6);
        MilvusServiceBlockingStub b = stub(channelB, ROOT);
        createBooks(b);
        assertThat(b.restoreRBAC(RestoreRBACMetaRequest.newBuilder()
                                .setRBACMeta(meta)
                                .build())
                        .getCode())
                .isZero();
        // alice logs in on B with her old password and may query what she could query on A: the
        // privilege check passes (a refusal is PERMISSION_DENIED) and the engine answers 101, not loaded
        MilvusServiceBlockingStub aliceOnB = stub(channelB, "alice:alice-secret");
        assertThat(aliceOnB.query(query()).getStatus().getCode()).isEqualTo(101);
        assertThat(b.selectGrant(SelectGrantRequest.newBuilder()
                                .setEntity(GrantEntity.newBuilder()
                                        .setRole(RoleEntity.newBuilder().setName("reader")))
                                .build())
                        .getEntitiesCount())
                .isEqualTo(2);
        assertThat(ok(b.backupRBAC(BackupRBACMetaRequest.getDefaultInstance()))).isEqualTo(meta);
    }

    @Test
    void aConflictingRestoreIsRefusedWithMilvusTextAndChangesNothing() throws Exception {
        MilvusServiceBlockingStub a = stub(start(dirA, Profile.MILVUS_2_6), ROOT);
        setUpAliceAsReader(a);
        RBACMeta meta = ok(a.backupRBAC(BackupRBACMetaRequest.getDefaultInstance()));

        io.partita.wire.Status again = a.restoreRBAC(
                RestoreRBACMetaRequest.newBuilder().setRBACMeta(meta).build());
        assertThat(again.getCode()).isEqualTo(1100);
        assertThat(again.getReason())
                .isEqualTo("failed to check if rbac restorable: role [reader] already exists: invalid parameter");

        // a new role with a user that exists: refused on the user, and the new role is not half-restored
        RBACMeta clash = RBACMeta.newBuilder()
                .addRoles(RoleEntity.newBuilder().setName("writer"))
                .addUsers(meta.getUsers(0))
                .build();
        assertThat(restore(a, clash).getReason())
                .isEqualTo("failed to check if rbac restorable: user [alice] already exists: invalid parameter");
        assertThat(a.selectRole(SelectRoleRequest.getDefaultInstance()).getResultsList())
                .extracting(r -> r.getRole().getName())
                .doesNotContain("writer");

        RBACMeta unknownRole = RBACMeta.newBuilder()
                .addUsers(UserInfo.newBuilder()
                        .setUser("bob")
                        .setPassword(meta.getUsers(0).getPassword())
                        .addRoles(RoleEntity.newBuilder().setName("nobody")))
                .build();
        assertThat(restore(a, unknownRole).getReason())
                .isEqualTo("failed to check if rbac restorable: role [nobody] does not exist: invalid parameter");
        RBACMeta unknownPrivilege = RBACMeta.newBuilder()
                .addRoles(RoleEntity.newBuilder().setName("writer"))
                .addGrants(meta.getGrants(0).toBuilder()
                        .setRole(RoleEntity.newBuilder().setName("writer"))
                        .setGrantor(GrantorEntity.newBuilder()
                                .setPrivilege(PrivilegeEntity.newBuilder().setName("Teleport"))))
                .build();
        assertThat(restore(a, unknownPrivilege).getReason())
                .isEqualTo(
                        "failed to check if rbac restorable: privilege [Teleport] does not exist: invalid parameter");
        // Milvus's backups carry bcrypt hashes, which this server cannot check: refused, not stored
        RBACMeta bcrypt = RBACMeta.newBuilder()
                .addUsers(UserInfo.newBuilder()
                        .setUser("carol")
                        .setPassword("$2a$10$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ12"))
                .build();
        assertThat(restore(a, bcrypt).getReason())
                .startsWith("failed to check if rbac restorable: the password of user [carol] is not a pbkdf2_sha256");
        assertThat(ok(a.backupRBAC(BackupRBACMetaRequest.getDefaultInstance()))).isEqualTo(meta);
    }

    @Test
    void backupNeedsItsPrivilegeAndProfileMilvus23AnswersUnimplemented() throws Exception {
        ManagedChannel channel = start(dirA, Profile.MILVUS_2_6);
        setUpAliceAsReader(stub(channel, ROOT));
        assertThatThrownBy(() ->
                        stub(channel, "alice:alice-secret").backupRBAC(BackupRBACMetaRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
                    assertThat(e.getStatus().getDescription())
                            .isEqualTo("PrivilegeBackupRBAC: permission deny to alice in the `default` database");
                });

        MilvusServiceBlockingStub on23 = stub(start(dirB, Profile.MILVUS_2_3), ROOT);
        assertThatThrownBy(() -> on23.backupRBAC(BackupRBACMetaRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED));
        assertThatThrownBy(() -> on23.restoreRBAC(RestoreRBACMetaRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED));
    }

    private void setUpAliceAsReader(MilvusServiceBlockingStub root) {
        createBooks(root);
        zero(root.createCredential(CreateCredentialRequest.newBuilder()
                        .setUsername("alice")
                        .setPassword(b64("alice-secret"))
                        .build())
                .getCode());
        zero(root.createRole(CreateRoleRequest.newBuilder()
                        .setEntity(RoleEntity.newBuilder().setName("reader"))
                        .build())
                .getCode());
        zero(root.operateUserRole(OperateUserRoleRequest.newBuilder()
                        .setUsername("alice")
                        .setRoleName("reader")
                        .setType(OperateUserRoleType.AddUserToRole)
                        .build())
                .getCode());
        zero(root.operatePrivilege(grant("books", "Query")).getCode());
        zero(root.createPrivilegeGroup(CreatePrivilegeGroupRequest.newBuilder()
                        .setGroupName("querying")
                        .build())
                .getCode());
        zero(root.operatePrivilegeGroup(OperatePrivilegeGroupRequest.newBuilder()
                        .setGroupName("querying")
                        .addPrivileges(PrivilegeEntity.newBuilder().setName("Query"))
                        .setType(OperatePrivilegeGroupType.AddPrivilegesToGroup)
                        .build())
                .getCode());
        zero(root.operatePrivilege(grant("*", "querying")).getCode());
    }

    private static void createBooks(MilvusServiceBlockingStub root) {
        zero(root.createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName("books")
                        .setSchema(WireRequests.schema("books", 4).toByteString())
                        .build())
                .getErrorCode()
                .getNumber());
    }

    private static OperatePrivilegeRequest grant(String collection, String privilege) {
        return OperatePrivilegeRequest.newBuilder()
                .setEntity(GrantEntity.newBuilder()
                        .setRole(RoleEntity.newBuilder().setName("reader"))
                        .setObject(ObjectEntity.newBuilder().setName("Collection"))
                        .setObjectName(collection)
                        .setDbName("default")
                        .setGrantor(GrantorEntity.newBuilder()
                                .setPrivilege(PrivilegeEntity.newBuilder().setName(privilege))))
                .setType(OperatePrivilegeType.Grant)
                .build();
    }

    private static QueryRequest query() {
        return QueryRequest.newBuilder()
                .setCollectionName("books")
                .setExpr("id > 0")
                .addOutputFields("id")
                .build();
    }

    private static io.partita.wire.Status restore(MilvusServiceBlockingStub root, RBACMeta meta) {
        io.partita.wire.Status s = root.restoreRBAC(
                RestoreRBACMetaRequest.newBuilder().setRBACMeta(meta).build());
        assertThat(s.getCode()).as(s.getReason()).isEqualTo(1100);
        return s;
    }

    private static RBACMeta ok(io.partita.wire.BackupRBACMetaResponse r) {
        assertThat(r.getStatus().getCode()).as(r.getStatus().getReason()).isZero();
        return r.getRBACMeta();
    }

    private ManagedChannel start(Path dir, Profile profile) throws Exception {
        ReferenceServer s = ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .httpPort(0)
                .profile(profile)
                .auth(true)
                .rootPassword("Root-secret1")
                .start();
        open.add(s);
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", s.grpcPort())
                .usePlaintext()
                .build();
        open.add(() -> channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS));
        return channel;
    }

    private static MilvusServiceBlockingStub stub(ManagedChannel channel, String userColonPassword) {
        return RbacTest.stub(channel, userColonPassword);
    }

    private static void zero(int code) {
        assertThat(code).isZero();
    }

    private static String b64(String s) {
        return RbacTest.b64(s);
    }
}
