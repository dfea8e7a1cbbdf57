package io.partita.interop.v26;

import static io.partita.interop.v26.OfficialV2Client.observe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.milvus.v2.service.vector.response.QueryResp;
import io.milvus.v2.service.vector.response.SearchResp;
import io.partita.interop.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The official milvus-sdk-java 2.6.22 V2 client ({@code io.milvus.v2.client.MilvusClientV2})
 * against the forked reference server (profile milvus-2.1): the seed's walkthrough and row 10
 * (refused) here, rows 3, 4, 6, 19 and 20 from {@link OfficialV2LifecycleRows}; each step checked
 * against the shared table and recorded to target/interop-outcomes/official-2.6.22-v2.tsv.
 */
class OfficialV2InteropTest extends OfficialV2LifecycleRows {
    OfficialV2InteropTest() {
        super("milvus-2.1", "official-2.6.22-v2");
    }

    @Test
    void theSeedWalkthroughCreatesLoadsSearchesQueriesAndReleasesThePartition() {
        milvus.dropBookIfPresent();
        log.checkAndRecord(observe("walkthrough.1_create_collection", milvus::createCollection));
        log.checkAndRecord(observe("walkthrough.2_create_partition", () -> milvus.createPartition(Scenario.NOVEL)));
        log.checkAndRecord(observe("walkthrough.3_insert", () -> milvus.insert(Scenario.NOVEL)));
        log.checkAndRecord(observe("walkthrough.4_flush", milvus::flush));
        log.checkAndRecord(observe("walkthrough.5_load_partitions", () -> milvus.loadPartitions(Scenario.NOVEL)));

        AtomicReference<SearchResp> search = new AtomicReference<>();
        log.checkAndRecord(observe("walkthrough.6_search", () -> search.set(milvus.search(Scenario.NOVEL))));
        List<SearchResp.SearchResult> hits = search.get().getSearchResults().get(0);
        assertEquals(Scenario.TOP_K, hits.size(), "hits");
        assertEquals(Scenario.NEAREST_ID, ((Number) hits.get(0).getId()).longValue(), "nearest book_id");

        AtomicReference<QueryResp> query = new AtomicReference<>();
        log.checkAndRecord(observe("walkthrough.7_query", () -> query.set(milvus.query(Scenario.NOVEL))));
        List<Long> wordCounts = new ArrayList<>();
        for (QueryResp.QueryResult row : query.get().getQueryResults()) {
            wordCounts.add(((Number) row.getEntity().get(Scenario.WORD_COUNT)).longValue());
        }
        Collections.sort(wordCounts);
        assertEquals(Scenario.QUERY_WORD_COUNTS, wordCounts, "word_count of " + Scenario.QUERY_EXPR);

        log.checkAndRecord(observe("walkthrough.8_release_partitions", () -> milvus.releasePartitions(Scenario.NOVEL)));
    }

    @Test
    void row10_releasingAPartitionOfACollectionLoadedAsAWholeIsRefused() {
        milvus.createBookWithData();
        milvus.loadCollection();
        log.checkAndRecord(observe("row10.release_partitions", () -> milvus.releasePartitions(Scenario.NOVEL)));
    }
}
