package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.StatusRuntimeException;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.CreateResourceGroupRequest;
import io.partita.wire.DescribeResourceGroupRequest;
import io.partita.wire.DropResourceGroupRequest;
import io.partita.wire.GetReplicasRequest;
import io.partita.wire.ListResourceGroupsRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.ReleaseCollectionRequest;
import io.partita.wire.ReplicaInfo;
import io.partita.wire.ResourceGroup;
import io.partita.wire.ResourceGroupConfig;
import io.partita.wire.ResourceGroupLimit;
import io.partita.wire.Status;
import io.partita.wire.TransferNodeRequest;
import io.partita.wire.TransferReplicaRequest;
import io.partita.wire.UpdateResourceGroupsRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resource groups and replica placement through the gRPC port of a real server with four query
 * nodes (profile milvus-2.6), each refusal with Milvus's text; and their absence on milvus-2.1.
 */
class ResourceGroupRpcsTest {
    private static final String DEFAULT = "__default_resource_group";
    private static final String C = "rg_coll";

    @TempDir
    Path dir;

    private LiveServer start(Profile profile) throws Exception {
        return new LiveServer(
                ReferenceServer.builder().dataDir(dir).profile(profile).queryNodes(4));
    }

    private static ResourceGroupConfig config(int requests, int limits) {
        return ResourceGroupConfig.newBuilder()
                .setRequests(ResourceGroupLimit.newBuilder().setNodeNum(requests))
                .setLimits(ResourceGroupLimit.newBuilder().setNodeNum(limits))
                .build();
    }

    private static Status create(LiveServer s, String name, ResourceGroupConfig cfg) {
        return s.stub()
                .createResourceGroup(CreateResourceGroupRequest.newBuilder()
                        .setResourceGroup(name)
                        .setConfig(cfg)
                        .build());
    }

    private static ResourceGroup describe(LiveServer s, String name) {
        var r = s.stub()
                .describeResourceGroup(DescribeResourceGroupRequest.newBuilder()
                        .setResourceGroup(name)
                        .build());
        assertOk(r.getStatus());
        return r.getResourceGroup();
    }

    private static List<ReplicaInfo> replicas(LiveServer s) {
        var r = s.stub()
                .getReplicas(
                        GetReplicasRequest.newBuilder().setCollectionName(C).build());
        assertOk(r.getStatus());
        return r.getReplicasList();
    }

    private static Status load(LiveServer s, int replicas, String... groups) {
        return s.stub()
                .loadCollection(LoadCollectionRequest.newBuilder()
                        .setCollectionName(C)
                        .setReplicaNumber(replicas)
                        .addAllResourceGroups(List.of(groups))
                        .build());
    }

    @Test
    void aFreshServerHasTheDefaultGroupHoldingEveryNode() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            var list = s.stub().listResourceGroups(ListResourceGroupsRequest.getDefaultInstance());
            assertOk(list.getStatus());
            assertThat(list.getResourceGroupsList()).containsExactly(DEFAULT);

            ResourceGroup def = describe(s, DEFAULT);
            assertThat(def.getCapacity()).isEqualTo(1_000_000);
            assertThat(def.getNumAvailableNode()).isEqualTo(4);
            assertThat(def.getNodesList()).extracting(n -> n.getNodeId()).containsExactly(1L, 2L, 3L, 4L);
            assertThat(def.getNumLoadedReplicaMap()).isEmpty();
        }
    }

    @Test
    void replicasArePlacedOnTheirGroupsMovedByTransferReplicaAndPinTheGroupUntilReleased() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertOk(create(s, "rg1", config(2, 2)));
            assertOk(create(s, "rg1", config(2, 2))); // the same configuration again: accepted
            Status different = create(s, "rg1", config(1, 1));
            assertThat(different.getCode()).isEqualTo(301);
            assertThat(different.getReason())
                    .isEqualTo("resource group already exist, but create with different config[rg=rg1]");
            assertThat(describe(s, "rg1").getNumAvailableNode()).isEqualTo(2);
            assertThat(describe(s, DEFAULT).getNumAvailableNode()).isEqualTo(2);

            s.createCollection(C);
            assertOk(s.insert(C, "", 1, 2, 3).getStatus());
            Status tooMany = load(s, 3, "rg1");
            assertThat(tooMany.getCode()).isEqualTo(304);
            assertThat(tooMany.getReason())
                    .isEqualTo("failed to spawn replica for collection: resource group node not enough"
                            + "[rg=rg1][currentNodeNum=2][expectedNodeNum=3]");
            Status wrongCount = load(s, 3, "rg1", DEFAULT);
            assertThat(wrongCount.getReason())
                    .isEqualTo("failed to spawn replica for collection: resource group num can only be 0, 1 or"
                            + " same as replica number");
            Status missing = load(s, 1, "nope");
            assertThat(missing.getCode()).isEqualTo(300);
            assertThat(missing.getReason())
                    .isEqualTo("failed to spawn replica for collection: resource group not found[rg=nope]");

            assertOk(load(s, 2, "rg1"));
            s.awaitLoaded(C);
            List<ReplicaInfo> placed = replicas(s);
            assertThat(placed).hasSize(2).allSatisfy(r -> {
                assertThat(r.getResourceGroupName()).isEqualTo("rg1");
                assertThat(r.getNodeIdsList()).hasSize(1);
            });
            assertThat(placed.stream().flatMap(r -> r.getNodeIdsList().stream()).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(describe(s, "rg1").getNodesList().stream()
                            .map(n -> n.getNodeId())
                            .toList());
            assertThat(describe(s, "rg1").getNumLoadedReplicaMap()).containsEntry(C, 2);
            assertThat(LiveServer.ids(s.search(C))).containsExactlyInAnyOrder(1L, 2L, 3L);

            Status pinned = s.stub()
                    .dropResourceGroup(DropResourceGroupRequest.newBuilder()
                            .setResourceGroup("rg1")
                            .build());
            assertThat(pinned.getReason())
                    .startsWith("some replicas still loaded in resource group[rg1], release it first: ");

            assertOk(s.stub()
                    .transferReplica(TransferReplicaRequest.newBuilder()
                            .setSourceResourceGroup("rg1")
                            .setTargetResourceGroup(DEFAULT)
                            .setCollectionName(C)
                            .setNumReplica(1)
                            .build()));
            assertThat(replicas(s))
                    .extracting(ReplicaInfo::getResourceGroupName)
                    .containsExactlyInAnyOrder("rg1", DEFAULT);
            Status notThatMany = s.stub()
                    .transferReplica(TransferReplicaRequest.newBuilder()
                            .setSourceResourceGroup("rg1")
                            .setTargetResourceGroup(DEFAULT)
                            .setCollectionName(C)
                            .setNumReplica(2)
                            .build());
            assertThat(notThatMany.getCode()).isEqualTo(1100);
            assertThat(notThatMany.getReason()).contains("only found [1] replicas of collection");
            assertThat(LiveServer.ids(s.search(C))).containsExactlyInAnyOrder(1L, 2L, 3L);

            assertOk(s.stub()
                    .releaseCollection(ReleaseCollectionRequest.newBuilder()
                            .setCollectionName(C)
                            .build()));
            assertThat(replicas(s)).isEmpty();
            Status limitsNotZero = s.stub()
                    .dropResourceGroup(DropResourceGroupRequest.newBuilder()
                            .setResourceGroup("rg1")
                            .build());
            assertThat(limitsNotZero.getReason())
                    .isEqualTo("resource group's limits node num is not 0: invalid parameter"
                            + "[expected=not empty resource group][actual=rg1]");
            assertOk(s.stub()
                    .updateResourceGroups(UpdateResourceGroupsRequest.newBuilder()
                            .putResourceGroups("rg1", config(0, 0))
                            .build()));
            assertThat(describe(s, DEFAULT).getNumAvailableNode()).isEqualTo(4);
            assertOk(s.stub()
                    .dropResourceGroup(DropResourceGroupRequest.newBuilder()
                            .setResourceGroup("rg1")
                            .build()));
            assertThat(s.stub()
                            .listResourceGroups(ListResourceGroupsRequest.getDefaultInstance())
                            .getResourceGroupsList())
                    .containsExactly(DEFAULT);
        }
    }

    @Test
    void transferNodeMovesNodesAndTheDefaultGroupCannotBeDropped() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertOk(create(s, "rg2", config(0, 0)));
            assertOk(s.stub()
                    .transferNode(TransferNodeRequest.newBuilder()
                            .setSourceResourceGroup(DEFAULT)
                            .setTargetResourceGroup("rg2")
                            .setNumNode(3)
                            .build()));
            assertThat(describe(s, "rg2").getNumAvailableNode()).isEqualTo(3);
            assertThat(describe(s, "rg2").getConfig().getRequests().getNodeNum())
                    .isEqualTo(3);
            assertThat(describe(s, DEFAULT).getNumAvailableNode()).isEqualTo(1);

            Status tooMany = s.stub()
                    .transferNode(TransferNodeRequest.newBuilder()
                            .setSourceResourceGroup(DEFAULT)
                            .setTargetResourceGroup("rg2")
                            .setNumNode(2)
                            .build());
            assertThat(tooMany.getReason())
                    .isEqualTo("resource group node not enough[rg=__default_resource_group][currentNodeNum=1]"
                            + "[expectedNodeNum=2]");

            Status dropDefault = s.stub()
                    .dropResourceGroup(DropResourceGroupRequest.newBuilder()
                            .setResourceGroup(DEFAULT)
                            .build());
            assertThat(dropDefault.getCode()).isEqualTo(1100);
            assertThat(dropDefault.getReason()).startsWith("default resource group is not deletable");

            Status badName = create(s, "1rg", config(0, 0));
            assertThat(badName.getReason())
                    .isEqualTo("Invalid resource group name 1rg. the first character of a resource group name must"
                            + " be an underscore or letter");
            Status badConfig = create(s, "rg3", config(2, 1));
            assertThat(badConfig.getCode()).isEqualTo(303);
            assertThat(badConfig.getReason()).endsWith("limits node num should not less than requests node num");
            Status missing = s.stub()
                    .describeResourceGroup(DescribeResourceGroupRequest.newBuilder()
                            .setResourceGroup("nope")
                            .build())
                    .getStatus();
            assertThat(missing.getCode()).isEqualTo(300);
            assertThat(missing.getReason()).isEqualTo("resource group not found[rg=nope]");
        }
    }

    @Test
    void groupsAndTheirConfigurationsSurviveARestart() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertOk(create(s, "kept", config(1, 3)));
            assertThat(describe(s, "kept").getNumAvailableNode()).isEqualTo(1);
        }
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertThat(s.stub()
                            .listResourceGroups(ListResourceGroupsRequest.getDefaultInstance())
                            .getResourceGroupsList())
                    .containsExactly(DEFAULT, "kept");
            ResourceGroup kept = describe(s, "kept");
            assertThat(kept.getConfig()).isEqualTo(config(1, 3));
            assertThat(kept.getNumAvailableNode()).isEqualTo(1);
            assertThat(describe(s, DEFAULT).getNumAvailableNode()).isEqualTo(3);
        }
    }

    @Test
    void onProfileMilvus21ResourceGroupRpcsAreUnimplementedAndLoadsIgnoreGroups() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_1)) {
            assertThatThrownBy(() -> s.stub().listResourceGroups(ListResourceGroupsRequest.getDefaultInstance()))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.UNIMPLEMENTED));
            s.createCollection(C);
            assertOk(load(s, 1, "ignored_on_2_1"));
            s.awaitLoaded(C);
            assertThat(replicas(s))
                    .singleElement()
                    .satisfies(r -> assertThat(r.getResourceGroupName()).isEqualTo(DEFAULT));
        }
    }
}
