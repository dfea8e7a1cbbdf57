package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.engine.Engine;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.Profile;
import io.partita.v2.client.ConnectConfig;
import io.partita.v2.client.MilvusClientV2;
import io.partita.v2.common.CompactionState;
import io.partita.v2.service.utility.request.CompactReq;
import io.partita.v2.service.utility.request.GetCompactionStateReq;
import io.partita.v2.service.utility.response.GetCompactionStateResp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactionPageTest {
    static GetCompactionStateResp compactBook(String uri) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        long id = client.compact(CompactReq.builder()
            .collectionName("book")
            .build()).getCompactionID();
        GetCompactionStateResp state = client.getCompactionState(GetCompactionStateReq.builder()
            .compactionID(id)
            .build());                      // Completed: the reference server compacts synchronously
        client.close();
        // end::java[]
        // spotless:on
        return state;
    }

    @Test
    void theSnippetCompactsTheDeletedRowsAwayThroughTheV2Client(@TempDir Path dir) throws Exception {
        try (ReferenceServer server = ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .profile(Profile.MILVUS_2_6)
                .start()) {
            Engine e = server.engine();
            e.createCollection(new CollectionSchema(
                    "book",
                    "",
                    List.of(FieldSchema.int64Key("book_id", false), FieldSchema.floatVector("book_intro", 2)),
                    1,
                    0));
            e.insert(
                    "book",
                    "",
                    List.of(
                            FieldColumn.longs("book_id", new long[] {1, 2, 3, 4}),
                            FieldColumn.floatVectors("book_intro", 2, new float[] {1, 0, 0, 1, 1, 1, 0, 0})));
            e.flush(List.of("book"));
            e.delete("book", "", "book_id in [1]");
            assertThat(e.collectionRowCount("book")).isEqualTo(4);

            GetCompactionStateResp state = compactBook(server.grpcUri().toString());

            assertThat(state.getState()).isEqualTo(CompactionState.Completed);
            assertThat(state.getCompletedPlanNo()).isEqualTo(1);
            assertThat(e.collectionRowCount("book"))
                    .as("the deleted row left the files")
                    .isEqualTo(3);
        }
    }
}
