package io.partita.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.client.MilvusClient;
import io.partita.model.DataType;
import io.partita.param.MetricType;
import io.partita.param.collection.GetCollectionStatisticsParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.partition.HasPartitionParam;
import io.partita.response.GetCollStatResponseWrapper;
import io.partita.response.QueryResultsWrapper;
import io.partita.response.SearchResultsWrapper;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link PartitaSeed}: collections created, filled from a CSV resource and loaded before the tests. */
@PartitaServer(cleanBetweenTests = true)
@PartitaSeed(
        collection = "book",
        fields = {"book_id:INT64", "word_count:INT64", "title:VARCHAR:64", "book_intro:FLOAT_VECTOR:2"},
        data = "seed/books.csv",
        partition = "novel")
@PartitaSeed(
        collection = "empty_shelf",
        fields = {"shelf_id:INT64", "shelf_vec:FLOAT_VECTOR:2"},
        load = false)
class SeedDataTest {

    @Test
    void theSeededCollectionIsLoadedWithTheFilesRowsInItsPartition(MilvusClient client) {
        assertThat(client.hasPartition(HasPartitionParam.newBuilder()
                                .withCollectionName("book")
                                .withPartitionName("novel")
                                .build())
                        .orThrow())
                .isTrue();
        QueryResultsWrapper rows = new QueryResultsWrapper(client.query(QueryParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionNames(List.of("novel"))
                        .withExpr("book_id in [1, 2, 3]")
                        .withOutFields(List.of("title", "word_count"))
                        .build())
                .orThrow());

        assertThat(List.<Object>copyOf(rows.getFieldWrapper("title").getFieldData()))
                .as("quoted values keep their commas and doubled quotes")
                .containsExactlyInAnyOrder("Dune, the first", "A \"quoted\" name", "Plain");
        assertThat(List.<Object>copyOf(rows.getFieldWrapper("word_count").getFieldData()))
                .containsExactlyInAnyOrder(1001L, 1002L, 1003L);
    }

    @Test
    void aSearchFindsTheNearestSeededRowAtOnce(MilvusClient client) {
        SearchResultsWrapper hits = new SearchResultsWrapper(client.search(SearchParam.newBuilder()
                        .withCollectionName("book")
                        .withVectorFieldName("book_intro")
                        .withVectors(List.of(List.of(0.85f, 0.85f)))
                        .withMetricType(MetricType.L2)
                        .withTopK(1)
                        .withParams("{}")
                        .build())
                .orThrow()
                .getResults());

        assertThat(hits.getIDScore(0))
                .singleElement()
                .satisfies(hit -> assertThat(hit.getLongID()).isEqualTo(3L));
    }

    @Test
    void aSeedWithoutDataIsAnEmptyCollection(MilvusClient client) {
        GetCollStatResponseWrapper stats =
                new GetCollStatResponseWrapper(client.getCollectionStatistics(GetCollectionStatisticsParam.newBuilder()
                                .withCollectionName("empty_shelf")
                                .build())
                        .orThrow());

        assertThat(stats.getRowCount()).isZero();
    }

    @Test
    void aCleanBeforeEachTestSeedsAgain(MilvusClient client) {
        // cleanBetweenTests drops every collection before each test; the seeds come back after it
        assertThat(Books.exists(client, "book")).isTrue();
        assertThat(Books.exists(client, "empty_shelf")).isTrue();
    }

    @Nested
    class TheSeedsReader {
        @Test
        void fieldSpecsAreTheClisForm() {
            assertThat(Seeds.field("title:VARCHAR:64", "id", false).getMaxLength())
                    .isEqualTo(64);
            assertThat(Seeds.field("v:FLOAT_VECTOR:8", "id", false).getDimension())
                    .isEqualTo(8);
            assertThat(Seeds.field("id:INT64", "id", true).isAutoID()).isTrue();
            assertThatThrownBy(() -> Seeds.field("id:LONG", "id", false)).hasMessageContaining("unknown type \"LONG\"");
        }

        @Test
        void aBadValueNamesTheFileLineAndColumn() {
            assertThatThrownBy(() -> Seeds.value("twelve", DataType.Int64, "books.csv line 3, column word_count"))
                    .hasMessage("books.csv line 3, column word_count: not a Int64 value: \"twelve\"");
            assertThatThrownBy(() -> Seeds.parseCsv("a,b\n\"open,2\n", "x.csv"))
                    .hasMessageContaining("x.csv line 3: a quoted value is not closed");
        }

        @Test
        void csvRecordsFollowRfc4180() {
            assertThat(Seeds.parseCsv("a,b\r\n1,\"x\"\"y, z\"\n\n2,\n", "x.csv"))
                    .containsExactly(List.of("a", "b"), List.of("1", "x\"y, z"), List.of("2", ""));
        }
    }
}
