package io.partita.interop.v26;

import static io.partita.interop.v26.OfficialV1Client.observe;
import static io.partita.interop.v26.OfficialV1Client.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.milvus.grpc.QueryResults;
import io.milvus.grpc.SearchResults;
import io.milvus.param.R;
import io.milvus.response.QueryResultsWrapper;
import io.milvus.response.SearchResultsWrapper;
import io.partita.interop.ExpectedOutcomes;
import io.partita.interop.ForkedReferenceServer;
import io.partita.interop.OutcomeLog;
import io.partita.interop.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official milvus-sdk-java 2.6.22 V1 client ({@code io.milvus.client.MilvusServiceClient}) against the forked reference server (profile
 * milvus-2.1): the seed's walkthrough, then SEMANTICS.md rows 3, 4, 6, 10, 19 and 20, each step
 * checked against the shared table and recorded to target/interop-outcomes/official-2.6.22-v1.tsv.
 */
class OfficialV1InteropTest {
    private static ForkedReferenceServer server;
    private static OfficialV1Client milvus;
    private static OutcomeLog log;

    @BeforeAll
    static void startServerAndClient() throws Exception {
        server = ForkedReferenceServer.start("milvus-2.1");
        milvus = new OfficialV1Client(server.host(), server.grpcPort());
        log = new OutcomeLog("official-2.6.22-v1", ExpectedOutcomes.forProfile("milvus-2.1"));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (log != null) {
                log.write();
            }
            if (milvus != null) {
                milvus.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void theSeedWalkthroughCreatesLoadsSearchesQueriesAndReleasesThePartition() {
        milvus.dropBookIfPresent();
        log.checkAndRecord(observe("walkthrough.1_create_collection", milvus.createCollection()));
        log.checkAndRecord(observe("walkthrough.2_create_partition", milvus.createPartition(Scenario.NOVEL)));
        log.checkAndRecord(observe("walkthrough.3_insert", milvus.insert(Scenario.NOVEL)));
        log.checkAndRecord(observe("walkthrough.4_flush", milvus.flush()));
        log.checkAndRecord(observe("walkthrough.5_load_partitions", milvus.loadPartitions(Scenario.NOVEL)));

        R<SearchResults> search = milvus.search(Scenario.NOVEL);
        log.checkAndRecord(observe("walkthrough.6_search", search));
        List<SearchResultsWrapper.IDScore> hits =
                new SearchResultsWrapper(search.getData().getResults()).getIDScore(0);
        assertEquals(Scenario.TOP_K, hits.size(), "hits");
        assertEquals(Scenario.NEAREST_ID, hits.get(0).getLongID(), "nearest book_id");

        R<QueryResults> query = milvus.query(Scenario.NOVEL);
        log.checkAndRecord(observe("walkthrough.7_query", query));
        List<Long> wordCounts = new ArrayList<>();
        for (Object v : new QueryResultsWrapper(query.getData())
                .getFieldWrapper(Scenario.WORD_COUNT)
                .getFieldData()) {
            wordCounts.add((Long) v);
        }
        Collections.sort(wordCounts);
        assertEquals(Scenario.QUERY_WORD_COUNTS, wordCounts, "word_count of " + Scenario.QUERY_EXPR);

        log.checkAndRecord(observe("walkthrough.8_release_partitions", milvus.releasePartitions(Scenario.NOVEL)));
    }

    @Test
    void row03_loadingTheCollectionWhileAPartitionIsLoadedIsRefused() {
        milvus.createBookWithData();
        ok(milvus.loadPartitions(Scenario.NOVEL));
        log.checkAndRecord(observe("row03.load_collection", milvus.loadCollection()));
    }

    @Test
    void row04_loadingAPartitionWhileTheCollectionIsLoadedIsRefused() {
        milvus.createBookWithData();
        ok(milvus.loadCollection());
        log.checkAndRecord(observe("row04.load_partitions", milvus.loadPartitions(Scenario.NOVEL)));
    }

    @Test
    void row06_loadingAnotherPartitionInASeparateCallIsRefused() {
        milvus.createBookWithData();
        ok(milvus.loadPartitions(Scenario.NOVEL));
        log.checkAndRecord(observe("row06.load_partitions", milvus.loadPartitions(Scenario.POEM)));
    }

    @Test
    void row10_releasingAPartitionOfACollectionLoadedAsAWholeIsRefused() {
        milvus.createBookWithData();
        ok(milvus.loadCollection());
        log.checkAndRecord(observe("row10.release_partitions", milvus.releasePartitions(Scenario.NOVEL)));
    }

    @Test
    void row19_searchingAndQueryingWithNothingLoadedAreRefused() {
        milvus.createBookWithData();
        log.checkAndRecord(observe("row19.search", milvus.search()));
        log.checkAndRecord(observe("row19.query", milvus.query()));
    }

    @Test
    void row20_searchingAndQueryingAPartitionThatIsNotLoadedAreRefused() {
        milvus.createBookWithData();
        ok(milvus.loadPartitions(Scenario.NOVEL));
        log.checkAndRecord(observe("row20.search", milvus.search(Scenario.POEM)));
        log.checkAndRecord(observe("row20.query", milvus.query(Scenario.POEM)));
    }
}
