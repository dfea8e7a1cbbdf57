package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static io.partita.server.grpc.LiveServer.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.StatusRuntimeException;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.FlushRequest;
import io.partita.wire.GetCollectionStatisticsRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.TruncateCollectionRequest;
import io.partita.wire.TruncateCollectionResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TruncateCollection (milvus-2.6) through the gRPC port: sealed and growing rows of every
 * partition go, the partitions and the load stay, new rows are found, and a restart keeps the
 * collection truncated. The older profiles answer UNIMPLEMENTED.
 */
class TruncateCollectionTest {
    @TempDir
    Path dir;

    private LiveServer start(Profile p) throws Exception {
        return new LiveServer(ReferenceServer.builder().dataDir(dir).profile(p));
    }

    private static TruncateCollectionResponse truncate(LiveServer s, String name) {
        return s.stub()
                .truncateCollection(TruncateCollectionRequest.newBuilder()
                        .setCollectionName(name)
                        .build());
    }

    private static String rowCount(LiveServer s) {
        return s.stub()
                .getCollectionStatistics(GetCollectionStatisticsRequest.newBuilder()
                        .setCollectionName("book")
                        .build())
                .getStats(0)
                .getValue();
    }

    @Test
    void everyRowOfEveryPartitionGoesDurablyWhileTheLoadAndPartitionsStay() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            s.createCollection("book");
            s.createPartition("book", "p1");
            assertOk(s.insert("book", "", 1, 2).getStatus());
            assertOk(s.stub()
                    .flush(FlushRequest.newBuilder().addCollectionNames("book").build())
                    .getStatus());
            assertOk(s.insert("book", "", 3).getStatus()); // growing
            assertOk(s.insert("book", "p1", 10).getStatus());
            assertOk(s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName("book")
                            .build()));
            s.awaitLoaded("book");
            assertThat(ids(s.query("book", "id >= 0"))).containsExactlyInAnyOrder(1L, 2L, 3L, 10L);

            assertOk(truncate(s, "book").getStatus());

            assertThat(ids(s.query("book", "id >= 0"))).isEmpty();
            assertOk(s.search("book").getStatus());
            assertThat(s.search("book").getResults().getIds().getIntId().getDataCount())
                    .isZero();
            assertThat(rowCount(s)).isEqualTo("0");
            assertThat(s.partitionId("book", "p1")).isPositive();
            assertOk(s.insert("book", "p1", 20).getStatus());
            assertThat(ids(s.query("book", "id >= 0"))).containsExactly(20L);
        }
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            s.awaitLoaded("book");
            assertThat(ids(s.query("book", "id >= 0"))).containsExactly(20L);
            assertThat(rowCount(s)).isEqualTo("1");
        }
    }

    @Test
    void aMissingCollectionIsRefusedAndOlderProfilesAnswerUnimplemented() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertThat(truncate(s, "none").getStatus().getCode()).isEqualTo(100);
        }
        try (LiveServer s = start(Profile.MILVUS_2_3)) {
            s.createCollection("book");
            assertThatThrownBy(() -> truncate(s, "book"))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.UNIMPLEMENTED));
        }
    }
}
