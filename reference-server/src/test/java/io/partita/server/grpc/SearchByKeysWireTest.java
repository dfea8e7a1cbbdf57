package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.CreateIndexRequest;
import io.partita.wire.FlushRequest;
import io.partita.wire.IDs;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.LongArray;
import io.partita.wire.SearchRequest;
import io.partita.wire.SearchResults;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Primary-key search (Milvus 2.6.9+; {@code SearchRequest.ids} in place of the placeholder group)
 * under milvus-2.6: each key's stored vector is a query, in the order given, with the filter and
 * topK of any search; a key no row has is refused naming it; older profiles keep answering that
 * the placeholder group is empty.
 */
class SearchByKeysWireTest {
    @TempDir
    Path dir;

    /** Rows 1..6 with vectors (id, 1, 0, 0), flushed and loaded. */
    private static LiveServer started(Path dir, Profile profile) throws Exception {
        LiveServer s = new LiveServer(ReferenceServer.builder().dataDir(dir).profile(profile));
        s.createCollection("sk");
        float[][] rows = new float[6][];
        long[] ids = new long[6];
        for (int i = 0; i < 6; i++) {
            ids[i] = i + 1;
            rows[i] = new float[] {i + 1, 1, 0, 0};
        }
        assertOk(s.stub()
                .insert(InsertRequest.newBuilder()
                        .setCollectionName("sk")
                        .addFieldsData(WireRequests.ids(ids))
                        .addFieldsData(WireRequests.vectors(LiveServer.DIM, rows))
                        .setNumRows(6)
                        .build())
                .getStatus());
        assertOk(s.stub()
                .flush(FlushRequest.newBuilder().addCollectionNames("sk").build())
                .getStatus());
        assertOk(s.stub()
                .createIndex(CreateIndexRequest.newBuilder()
                        .setCollectionName("sk")
                        .setFieldName("vec")
                        .addExtraParams(WireRequests.kv("index_type", "FLAT"))
                        .addExtraParams(WireRequests.kv("metric_type", "L2"))
                        .build()));
        assertOk(s.stub()
                .loadCollection(LoadCollectionRequest.newBuilder()
                        .setCollectionName("sk")
                        .build()));
        s.awaitLoaded("sk");
        return s;
    }

    private static SearchRequest byKeys(String topk, String filter, long... keys) {
        LongArray.Builder a = LongArray.newBuilder();
        for (long k : keys) {
            a.addData(k);
        }
        return WireRequests.search("sk", topk)
                .clearPlaceholderGroup()
                .setIds(IDs.newBuilder().setIntId(a))
                .setDsl(filter)
                .build();
    }

    @Test
    void eachKeysStoredVectorIsAQueryInTheOrderGiven() throws Exception {
        try (LiveServer s = started(dir, Profile.MILVUS_2_6)) {
            SearchResults r = s.stub().search(byKeys("2", "", 5, 2));
            assertOk(r.getStatus());
            assertThat(r.getResults().getNumQueries()).isEqualTo(2);
            assertThat(r.getResults().getTopksList()).containsExactly(2L, 2L);
            // the keys do not filter the answer: each row finds itself first, then a neighbour
            List<Long> ids = LiveServer.ids(r);
            assertThat(ids.get(0)).isEqualTo(5L);
            assertThat(ids.get(1)).isIn(4L, 6L);
            assertThat(ids.get(2)).isEqualTo(2L);
            assertThat(ids.get(3)).isIn(1L, 3L);
            assertThat(r.getResults().getScores(0)).isZero();

            SearchResults filtered = s.stub().search(byKeys("3", "id > 4", 1));
            assertOk(filtered.getStatus());
            assertThat(LiveServer.ids(filtered)).containsExactly(5L, 6L);

            SearchResults missing = s.stub().search(byKeys("2", "", 3, 99, 98));
            assertThat(missing.getStatus().getCode()).isEqualTo(1100);
            assertThat(missing.getStatus().getReason())
                    .isEqualTo("primary keys not found or without a vector in field vec: [99, 98]");
        }
    }

    @Test
    void olderProfilesStillFindNoPlaceholder() throws Exception {
        try (LiveServer s = started(dir, Profile.MILVUS_2_3)) {
            SearchResults r = s.stub().search(byKeys("2", "", 1));
            assertThat(r.getStatus().getCode()).isEqualTo(1100);
            assertThat(r.getStatus().getReason())
                    .contains("placeholder group must hold exactly one placeholder, got 0");
        }
    }

    @Test
    void onABm25FieldEachKeysTextIsTheQuery() throws Exception {
        try (LiveServer s =
                new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_6))) {
            io.partita.wire.CollectionSchema schema = HostileSearchInputTest.textSchema().toBuilder()
                    .setName("docs")
                    .build();
            assertOk(s.stub()
                    .createCollection(io.partita.wire.CreateCollectionRequest.newBuilder()
                            .setCollectionName("docs")
                            .setSchema(schema.toByteString())
                            .build()));
            assertOk(s.stub()
                    .createIndex(CreateIndexRequest.newBuilder()
                            .setCollectionName("docs")
                            .setFieldName("sparse")
                            .addExtraParams(WireRequests.kv("index_type", "SPARSE_INVERTED_INDEX"))
                            .addExtraParams(WireRequests.kv("metric_type", "BM25"))
                            .build()));
            assertOk(s.stub()
                    .insert(InsertRequest.newBuilder()
                            .setCollectionName("docs")
                            .addFieldsData(WireRequests.ids(1, 2, 3))
                            .addFieldsData(HostileSearchInputTest.texts(
                                    "the quick brown fox", "a lazy dog sleeps", "quick foxes run"))
                            .setNumRows(3)
                            .build())
                    .getStatus());
            assertOk(s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName("docs")
                            .build()));
            s.awaitLoaded("docs");
            SearchRequest byText = HostileSearchInputTest.textSearch("docs", "ignored");
            SearchResults r = s.stub()
                    .search(byText.toBuilder()
                            .clearPlaceholderGroup()
                            .setIds(IDs.newBuilder()
                                    .setIntId(LongArray.newBuilder().addData(2).addData(1)))
                            .build());
            assertOk(r.getStatus());
            assertThat(r.getResults().getNumQueries()).isEqualTo(2);
            // key 2's text shares words with row 2 only; key 1's ("quick", "fox") with rows 1 and 3, itself first
            List<Long> ids = LiveServer.ids(r);
            long firstTopk = r.getResults().getTopks(0);
            assertThat(ids.subList(0, (int) firstTopk)).containsExactly(2L);
            assertThat(ids.subList((int) firstTopk, ids.size())).startsWith(1L).contains(3L);
        }
    }
}
