package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.FieldData;
import io.partita.wire.FlushRequest;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.QueryRequest;
import io.partita.wire.QueryResults;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A primary key inserted more than once: a query answers one row per key, the newest (Milvus's
 * read-time merge keeps the row with the latest timestamp), in every partition, across a flush,
 * with offset and limit counted over distinct keys, and in primary-key order for iterators.
 */
class DuplicatePrimaryKeyTest {
    @TempDir
    Path dir;

    private static void insert(LiveServer s, String partition, long id, float first) {
        assertOk(s.stub()
                .insert(InsertRequest.newBuilder()
                        .setCollectionName("dup")
                        .setPartitionName(partition)
                        .addFieldsData(WireRequests.ids(id))
                        .addFieldsData(WireRequests.vectors(LiveServer.DIM, new float[] {first, 0, 0, 0}))
                        .setNumRows(1)
                        .build())
                .getStatus());
    }

    private static QueryResults query(LiveServer s, String expr, long limit, long offset, boolean iterator) {
        QueryRequest.Builder b = QueryRequest.newBuilder()
                .setCollectionName("dup")
                .setExpr(expr)
                .addOutputFields("id")
                .addOutputFields("vec");
        if (limit > 0) {
            b.addQueryParams(WireRequests.kv("limit", Long.toString(limit)));
            b.addQueryParams(WireRequests.kv("offset", Long.toString(offset)));
        }
        if (iterator) {
            b.addQueryParams(WireRequests.kv("iterator", "True"));
        }
        QueryResults r = s.stub().query(b.build());
        assertOk(r.getStatus());
        return r;
    }

    /** The first vector component of each row: which insert the row came from. */
    private static List<Float> firsts(QueryResults r) {
        FieldData vec = r.getFieldsDataList().stream()
                .filter(f -> f.getFieldName().equals("vec"))
                .findFirst()
                .orElseThrow();
        List<Float> all = vec.getVectors().getFloatVector().getDataList();
        return java.util.stream.IntStream.range(0, all.size() / LiveServer.DIM)
                .mapToObj(i -> all.get(i * LiveServer.DIM))
                .toList();
    }

    @Test
    void aQueryAnswersTheNewestRowOfEachPrimaryKey() throws Exception {
        try (LiveServer s =
                new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_6))) {
            s.createCollection("dup");
            s.createPartition("dup", "p1");
            insert(s, "", 1, 10);
            insert(s, "", 2, 20);
            insert(s, "", 1, 11); // same partition, later
            assertOk(s.stub()
                    .flush(FlushRequest.newBuilder().addCollectionNames("dup").build())
                    .getStatus());
            insert(s, "", 2, 21); // after the flush: a newer segment
            insert(s, "p1", 3, 30);
            insert(s, "p1", 1, 12); // another partition, newest of all for key 1
            assertOk(s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName("dup")
                            .build()));
            s.awaitLoaded("dup");

            QueryResults all = query(s, "id > 0", 0, 0, false);
            assertThat(LiveServer.ids(all)).containsExactly(1L, 2L, 3L);
            assertThat(firsts(all)).containsExactly(12f, 21f, 30f);
            assertThat(firsts(query(s, "id == 1", 0, 0, false))).containsExactly(12f);

            QueryResults page = query(s, "id > 0", 1, 1, false);
            assertThat(LiveServer.ids(page)).containsExactly(2L);
            assertThat(firsts(page)).containsExactly(21f);

            QueryResults byPk = query(s, "id > 0", 10, 0, true);
            assertThat(LiveServer.ids(byPk)).containsExactly(1L, 2L, 3L);
            assertThat(firsts(byPk)).containsExactly(12f, 21f, 30f);
        }
    }
}
