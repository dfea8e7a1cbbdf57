package io.partita.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.StatusRuntimeException;
import io.partita.server.auth.AccessControl;
import io.partita.server.auth.CredentialStore;
import io.partita.server.model.Profile;
import io.partita.wire.ErrorCode;
import io.partita.wire.KeyValuePair;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The declarations and what is derived from them, without a network. */
class ServerRpcTest {
    private final MilvusServiceAdapter adapter = new MilvusServiceAdapter(new FakeEngine(), Profile.MILVUS_2_1, null);

    @Test
    void everyRpcWithADbNameFieldRefusesAnotherDatabaseThroughItsOwnResponseType() {
        int checked = 0;
        for (ServerRpc<?, ?> rpc : adapter.rpcs()) {
            FieldDescriptor db = rpc.requestPrototype().getDescriptorForType().findFieldByName("db_name");
            if (db == null) {
                db = rpc.requestPrototype().getDescriptorForType().findFieldByName("dbName");
            }
            if (!rpc.served() || db == null) {
                continue;
            }
            Message request =
                    rpc.requestPrototype().toBuilder().setField(db, "other").build();
            Status s = statusOf(rpc.answerMessage(request));
            assertThat(s.getCode()).as(rpc.name()).isEqualTo(Databases.CODE_DATABASE_NOT_FOUND);
            assertThat(s.getReason()).as(rpc.name()).isEqualTo("database not found[database=other]");
            checked++;
        }
        assertThat(checked).isEqualTo(39 + 1); // + ManualCompaction
    }

    @Test
    void theServedRpcsAreTheFortyNineOfTodayAndEachIsDeclaredOnce() {
        List<String> served = adapter.rpcs().stream()
                .filter(ServerRpc::served)
                .map(ServerRpc::name)
                .toList();
        assertThat(served)
                .hasSize(49 + 3) // + ManualCompaction, GetCompactionState, GetCompactionStateWithPlans
                .doesNotHaveDuplicates()
                .contains("ReleasePartitions", "Search", "Connect", "Upsert", "HybridSearch", "ManualCompaction");
    }

    @Test
    void profilesFromMilvus23AlsoServeTheSevenResourceGroupAndThreeDatabaseRpcs() {
        MilvusServiceAdapter today = new MilvusServiceAdapter(new FakeEngine(), Profile.MILVUS_2_6, null);
        List<String> served = today.rpcs().stream()
                .filter(ServerRpc::served)
                .map(ServerRpc::name)
                .toList();
        assertThat(served)
                .hasSize(49 + 3 + 7 + 3 + 2 + 4 + 1 + 2 + 1
                        + 3) // + Add/AlterCollectionField, Truncate, BatchDescribe, RunAnalyzer, FlushAll,
                // GetFlushAllState, AlterIndex, Add/Alter/DropCollectionFunction: milvus-2.6 only
                .doesNotHaveDuplicates()
                .contains(
                        "CreateResourceGroup",
                        "ListResourceGroups",
                        "TransferReplica",
                        "CreateDatabase",
                        "AlterCollection",
                        "RenameCollection");
    }

    @Test
    void profilesFromMilvus23WithAccessRulesAlsoServeTheTwelveRbacRpcs(@TempDir Path dir) {
        // 49 of Milvus 2.1, compaction 3, resource groups 7, databases 3, AlterCollection and RenameCollection 2,
        // RBAC 12, and on 2.6 Add/AlterCollectionField, Truncate, BatchDescribeCollection, RunAnalyzer, BackupRBAC and
        // RestoreRBAC (Milvus 2.5+), FlushAll, GetFlushAllState and AlterIndex (2.4+), AlterRole (2.6)
        CredentialStore users = CredentialStore.open(dir, "Milvus");
        List<String> served = served(new MilvusServiceAdapter(
                new FakeEngine(), Profile.MILVUS_2_6, users, AccessControl.open(dir, users), true));
        assertThat(served)
                .hasSize(49 + 3 + 7 + 3 + 2 + 12 + 4 + 1 + 2 + 3 + 1 + 3)
                .doesNotHaveDuplicates()
                .contains(
                        "CreateRole",
                        "OperatePrivilegeV2",
                        "SelectGrant",
                        "ListPrivilegeGroups",
                        "BackupRBAC",
                        "RestoreRBAC",
                        "AlterRole");
        List<String> on23 = served(new MilvusServiceAdapter(
                new FakeEngine(), Profile.MILVUS_2_3, users, AccessControl.open(dir, users), true));
        assertThat(on23).hasSize(49 + 3 + 7 + 3 + 2 + 12).doesNotContain("BackupRBAC", "RestoreRBAC", "AlterRole");
    }

    private static List<String> served(MilvusServiceAdapter adapter) {
        return adapter.rpcs().stream()
                .filter(ServerRpc::served)
                .map(ServerRpc::name)
                .toList();
    }

    @Test
    void anErrorThatIsNotAnExceptionSuchAsStackOverflowIsAnsweredAsUnexpectedError() {
        ServerRpc<?, ?> rpc = ServerRpc.status(MilvusServiceGrpc.getDropAliasMethod(), r -> {
            throw new StackOverflowError();
        });

        Status s = (Status) rpc.answerMessage(io.partita.wire.DropAliasRequest.getDefaultInstance());

        assertThat(s.getErrorCode()).isEqualTo(ErrorCode.UnexpectedError);
        assertThat(s.getCode()).isEqualTo(65535);
        assertThat(s.getReason()).isEqualTo(Statuses.UNEXPECTED_REASON);
    }

    @Test
    void anRpcNotServedAnswersUnimplementedInProcess() {
        ServerRpc<?, ?> dummy = adapter.find("Dummy").orElseThrow();

        assertThatThrownBy(() -> dummy.answerMessage(dummy.requestPrototype()))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.UNIMPLEMENTED));
    }

    @Test
    void aResponseTypeWithoutAStatusIsRefusedWhenDeclared() {
        assertThatThrownBy(() -> Failures.of("Pairs", KeyValuePair.getDefaultInstance(), KeyValuePair.getDescriptor()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Pairs")
                .hasMessageContaining("no common.Status field named status");
    }

    @Test
    void anRpcDeclaredTwiceFailsTheServiceDefinition() {
        List<ServerRpc<?, ?>> twice = List.of(
                ServerRpc.status(MilvusServiceGrpc.getDropAliasMethod(), r -> {}),
                ServerRpc.status(MilvusServiceGrpc.getDropAliasMethod(), r -> {}));

        assertThatThrownBy(() -> GrpcBinding.build(MilvusServiceAdapter.SERVICE, twice, new RequestBudget(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DropAlias is declared twice");
    }

    @Test
    void aRequestOfAnotherTypeIsRefusedNamingBoth() {
        ServerRpc<?, ?> drop = adapter.find("DropAlias").orElseThrow();

        assertThatThrownBy(() -> drop.answerMessage(KeyValuePair.getDefaultInstance()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DropAlias takes milvus.proto.milvus.DropAliasRequest");
    }

    private static Status statusOf(Message response) {
        if (response instanceof Status s) {
            return s;
        }
        return (Status) response.getField(response.getDescriptorForType().findFieldByName("status"));
    }
}
