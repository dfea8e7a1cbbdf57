package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.ClientInfo;
import io.partita.wire.ConnectRequest;
import io.partita.wire.CreatePartitionRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.LoadPartitionsRequest;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.Status;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that announces a newer SDK in Connect and meets a rule only the server's older
 * profile has reads, at the end of the reason, which profile would accept the call; a client
 * that announced nothing, or an SDK as old as the profile, reads Milvus's reason alone.
 */
class ProfileHintTest {
    private static final String C = "hint";
    private static final String RULE_21 = "has been loaded into QueryNode, please release partitions firstly";

    @TempDir
    Path dir;

    private static Status loadCollectionAfterPartition(MilvusServiceGrpc.MilvusServiceBlockingStub stub) {
        return stub.loadCollection(
                LoadCollectionRequest.newBuilder().setCollectionName(C).build());
    }

    private static MilvusServiceGrpc.MilvusServiceBlockingStub connected(ManagedChannel channel, String sdkVersion) {
        var stub = MilvusServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
        assertOk(stub.connect(ConnectRequest.newBuilder()
                        .setClientInfo(
                                ClientInfo.newBuilder().setSdkType("Python").setSdkVersion(sdkVersion))
                        .build())
                .getStatus());
        return stub;
    }

    @Test
    void theRefusalOfA21OnlyRuleNamesProfileMilvus23ForANewerClientOnly() throws Exception {
        try (LiveServer s =
                new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_1))) {
            s.createCollection(C);
            assertOk(s.stub()
                    .loadPartitions(LoadPartitionsRequest.newBuilder()
                            .setCollectionName(C)
                            .addPartitionNames("_default")
                            .build()));

            Status anonymous = loadCollectionAfterPartition(s.stub());
            assertThat(anonymous.getReason()).endsWith(RULE_21);

            ManagedChannel newer = channel(s);
            ManagedChannel older = channel(s);
            try {
                Status hinted = loadCollectionAfterPartition(connected(newer, "2.4.9"));
                assertThat(hinted.getCode()).isEqualTo(anonymous.getCode());
                assertThat(hinted.getReason())
                        .isEqualTo(anonymous.getReason()
                                + ". Profile milvus-2.3 would accept this call: the server follows milvus-2.1"
                                + " (start it with --profile milvus-2.3).");

                Status same = loadCollectionAfterPartition(connected(older, "2.1.3"));
                assertThat(same.getReason()).isEqualTo(anonymous.getReason());
            } finally {
                newer.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
                older.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aRuleOfMilvus23ThatMilvus26DroppedNamesProfileMilvus26() throws Exception {
        try (LiveServer s =
                new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_3))) {
            s.createCollection(C);
            s.createPartition(C, "p1");
            ManagedChannel newer = channel(s);
            try {
                Status again = connected(newer, "v2.6.2")
                        .createPartition(CreatePartitionRequest.newBuilder()
                                .setCollectionName(C)
                                .setPartitionName("p1")
                                .build());
                assertThat(again.getReason())
                        .startsWith("partition name = p1 already exists")
                        .endsWith("Profile milvus-2.6 would accept this call: the server follows milvus-2.3"
                                + " (start it with --profile milvus-2.6).");
            } finally {
                newer.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    private static ManagedChannel channel(LiveServer s) {
        return NettyChannelBuilder.forAddress("127.0.0.1", s.server.grpcPort())
                .usePlaintext()
                .build();
    }
}
