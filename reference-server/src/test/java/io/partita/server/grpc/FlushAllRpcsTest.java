package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreateDatabaseRequest;
import io.partita.wire.FlushAllRequest;
import io.partita.wire.FlushAllResponse;
import io.partita.wire.GetFlushAllStateRequest;
import io.partita.wire.GetPersistentSegmentInfoRequest;
import io.partita.wire.InsertRequest;
import io.partita.wire.PersistentSegmentInfo;
import io.partita.wire.SegmentState;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FlushAll and GetFlushAllState (profile milvus-2.6): a request naming no database flushes every
 * database's collections, one naming a database flushes only its own; the answered timestamp is
 * flushed, a later one only once no growing rows are left; an unknown database is code 800; the
 * 2.3 profile does not serve them.
 */
class FlushAllRpcsTest {
    private static final String C = "shelf";

    @TempDir
    Path dir;

    private static List<SegmentState> states(LiveServer s, String db) {
        return s
                .stub()
                .getPersistentSegmentInfo(GetPersistentSegmentInfoRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(C)
                        .build())
                .getInfosList()
                .stream()
                .filter(i -> i.getNumRows() > 0)
                .map(PersistentSegmentInfo::getState)
                .collect(Collectors.toList());
    }

    private static void insert(LiveServer s, String db, long... ids) {
        float[][] rows = new float[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            rows[i] = new float[] {ids[i], 0, 0, 0};
        }
        assertOk(s.stub()
                .insert(InsertRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(C)
                        .addFieldsData(WireRequests.ids(ids))
                        .addFieldsData(WireRequests.vectors(LiveServer.DIM, rows))
                        .setNumRows(ids.length)
                        .build())
                .getStatus());
    }

    private static boolean flushed(LiveServer s, String db, long ts) {
        var r = s.stub()
                .getFlushAllState(GetFlushAllStateRequest.newBuilder()
                        .setDbName(db)
                        .setFlushAllTs(ts)
                        .build());
        assertOk(r.getStatus());
        return r.getFlushed();
    }

    @Test
    void withoutADatabaseEveryDatabaseIsFlushedAndWithOneOnlyIt() throws Exception {
        try (LiveServer s =
                new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_6))) {
            assertOk(s.stub()
                    .createDatabase(
                            CreateDatabaseRequest.newBuilder().setDbName("db1").build()));
            for (String db : List.of("default", "db1")) {
                assertOk(s.stub()
                        .createCollection(CreateCollectionRequest.newBuilder()
                                .setDbName(db)
                                .setCollectionName(C)
                                .setSchema(
                                        WireRequests.schema(C, LiveServer.DIM).toByteString())
                                .build()));
                insert(s, db, 1, 2, 3);
                assertThat(states(s, db)).containsExactly(SegmentState.Growing);
            }

            FlushAllResponse all = s.stub().flushAll(FlushAllRequest.getDefaultInstance());
            assertOk(all.getStatus());
            assertThat(all.getFlushAllTs()).isPositive();
            assertThat(all.getFlushResultsList())
                    .extracting(io.partita.wire.FlushAllResult::getDbName)
                    .containsExactlyInAnyOrder("default", "db1");
            for (String db : List.of("default", "db1")) {
                assertThat(states(s, db)).containsExactly(SegmentState.Flushed);
                assertThat(flushed(s, db, all.getFlushAllTs())).isTrue();
            }

            // growing rows again in both; naming db1 flushes db1 only
            insert(s, "default", 4);
            insert(s, "db1", 4);
            assertThat(flushed(s, "db1", Long.MAX_VALUE)).isFalse();
            FlushAllResponse one = s.stub()
                    .flushAll(FlushAllRequest.newBuilder().setDbName("db1").build());
            assertOk(one.getStatus());
            assertThat(one.getFlushAllTs()).isGreaterThan(all.getFlushAllTs());
            assertThat(states(s, "db1")).containsOnly(SegmentState.Flushed);
            assertThat(states(s, "default")).contains(SegmentState.Growing);
            // a timestamp later than any answered: flushed in db1 (no growing rows), not in default
            assertThat(flushed(s, "db1", Long.MAX_VALUE)).isTrue();
            assertThat(flushed(s, "default", Long.MAX_VALUE)).isFalse();
            // the db1 timestamp says nothing of default, which it did not flush
            assertThat(flushed(s, "default", one.getFlushAllTs())).isFalse();

            var unknown = s.stub()
                    .flushAll(FlushAllRequest.newBuilder().setDbName("nope").build());
            assertThat(unknown.getStatus().getCode()).isEqualTo(800);
            assertThat(unknown.getStatus().getReason()).isEqualTo("database not found[database=nope]");
        }
    }

    @Test
    void theMilvus23ProfileDoesNotServeThem() throws Exception {
        try (LiveServer s =
                new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_3))) {
            assertThatThrownBy(() -> s.stub().flushAll(FlushAllRequest.getDefaultInstance()))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Code.UNIMPLEMENTED));
        }
    }
}
