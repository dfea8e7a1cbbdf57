package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.QueryRequest;
import io.partita.wire.QueryResults;
import io.partita.wire.ReleaseCollectionRequest;
import io.partita.wire.Status;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

@PartitaServer(profile = "milvus-2.6")
class PartialLoadsPageTest {
    private final DocPage page = DocPage.load("partial_loads.md");

    static QueryResults loadIdsAndIntrosOnly(MilvusServiceGrpc.MilvusServiceBlockingStub milvus) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        milvus.loadCollection(LoadCollectionRequest.newBuilder()
            .setCollectionName("book")
            .addLoadFields("book_id")                    // the primary key must be resident
            .addLoadFields("book_intro")                 // and a vector field
            .setSkipLoadDynamicField(true)
            .build());                                   // word_count stays on disk: not charged
        QueryResults tooFar = milvus.query(QueryRequest.newBuilder()
            .setCollectionName("book")
            .setExpr("book_id >= 0")
            .addOutputFields("word_count")
            .build());                                   // refused: field word_count is not loaded
        // end::java[]
        // spotless:on
        return tooFar;
    }

    @Test
    void theSnippetLoadsTwoFieldsAndTheTableRowsAreTheServersTexts(MilvusClient client, PartitaEndpoints endpoints)
            throws Exception {
        Books.createWithNovel(client);
        Books.insertNovels(client, 3);
        try (ProtocolChannel channel = new ProtocolChannel(endpoints)) {
            var milvus = channel.stub();
            milvus.releaseCollection(ReleaseCollectionRequest.newBuilder()
                    .setCollectionName("book")
                    .build());

            QueryResults tooFar = loadIdsAndIntrosOnly(milvus);

            String text = Files.readString(page.path());
            assertThat(tooFar.getStatus().getCode()).isEqualTo(1100);
            assertThat(text).contains("`" + tooFar.getStatus().getReason().replace("word_count", "%s") + "`");
            Status changed = milvus.loadCollection(
                    LoadCollectionRequest.newBuilder().setCollectionName("book").build());
            assertThat(changed.getReason())
                    .startsWith("can't change the load field list for loaded collection: invalid parameter[expected=");
            assertThat(text).contains("`can't change the load field list for loaded collection: invalid parameter");
            QueryResults filtered = milvus.query(QueryRequest.newBuilder()
                    .setCollectionName("book")
                    .setExpr("word_count > 1")
                    .build());
            assertThat(filtered.getStatus().getReason())
                    .isEqualTo("cannot parse expression: word_count > 1, error: field fieldID:101 name:\"word_count\""
                            + " data_type:Int64 is not loaded");
            milvus.releaseCollection(ReleaseCollectionRequest.newBuilder()
                    .setCollectionName("book")
                    .build());
            Status refresh = milvus.loadCollection(LoadCollectionRequest.newBuilder()
                    .setCollectionName("book")
                    .setRefresh(true)
                    .build());
            assertThat(refresh.getCode()).isEqualTo(101);
            assertThat(text).contains("`" + refresh.getReason().replaceAll("=\\d+", "=%d") + "`");
        }
    }
}
