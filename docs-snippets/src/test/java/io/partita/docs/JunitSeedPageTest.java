package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaSeed;
import io.partita.junit.PartitaServer;
import io.partita.param.MetricType;
import io.partita.param.dml.SearchParam;
import io.partita.response.SearchResultsWrapper;
import java.util.List;
import org.junit.jupiter.api.Test;

// spotless:off (a docs snippet: the page shows this region as written)
// tag::class[]
@PartitaServer
@PartitaSeed(collection = "book",
    fields = {"book_id:INT64", "word_count:INT64", "title:VARCHAR:64", "book_intro:FLOAT_VECTOR:2"},
    data = "seed/books.csv")
class JunitSeedPageTest {

    @Test
    void theSeededBooksAreLoadedAndSearchable(MilvusClient client) {
        SearchResultsWrapper hits = new SearchResultsWrapper(client.search(SearchParam.newBuilder()
            .withCollectionName("book").withVectorFieldName("book_intro")
            .withVectors(List.of(List.of(0.85f, 0.85f))).withMetricType(MetricType.L2)
            .withTopK(1).withParams("{}").build()).orThrow().getResults());

        assertThat(hits.getIDScore(0).get(0).getLongID()).isEqualTo(3L);
    }
}
// end::class[]
// spotless:on
