package io.partita.interop.partita;

import static io.partita.interop.partita.PartitaClient.observe;
import static io.partita.interop.partita.PartitaClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partita.interop.ExpectedOutcomes;
import io.partita.interop.ForkedReferenceServer;
import io.partita.interop.Observed;
import io.partita.interop.OutcomeComparison;
import io.partita.interop.OutcomeLog;
import io.partita.interop.Scenario;
import io.partita.model.QueryResults;
import io.partita.model.SearchResults;
import io.partita.param.R;
import io.partita.response.QueryResultsWrapper;
import io.partita.response.SearchResultsWrapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Partita's SDK over gRPC against the forked reference server (profile milvus-2.1): the same
 * walkthrough and rows as the official clients, each step checked against the shared table and
 * recorded to target/interop-outcomes/partita-grpc.tsv; then, step by step, the same outcomes as
 * each official client recorded earlier in the build.
 */
class PartitaInteropTest {
    private static ForkedReferenceServer server;
    private static PartitaClient milvus;
    private static OutcomeLog log;

    @BeforeAll
    static void startServerAndClient() throws Exception {
        server = ForkedReferenceServer.start("milvus-2.1");
        milvus = new PartitaClient(server.host(), server.grpcPort());
        log = new OutcomeLog("partita-grpc", ExpectedOutcomes.forProfile("milvus-2.1"));
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
    void everyStepEndsAsItDidForTheOfficialClientsThatRanEarlierInTheBuild() throws Exception {
        row03_loadingTheCollectionWhileAPartitionIsLoadedIsRefused();
        row10_releasingAPartitionOfACollectionLoadedAsAWholeIsRefused();
        row20_searchingAndQueryingAPartitionThatIsNotLoadedAreRefused();
        List<Observed> ours = log.recorded();
        int compared = 0;
        for (String file : System.getProperty("partita.official.outcomes", "").split(",")) {
            Path path = Path.of(file.trim());
            if (file.isBlank() || !Files.isRegularFile(path)) {
                continue; // this module built on its own: the table checks still hold
            }
            List<String> diffs = OutcomeComparison.differences(
                    ours, OutcomeComparison.read(path), path.getFileName().toString());
            assertTrue(diffs.isEmpty(), () -> String.join("\n", diffs));
            compared++;
        }
        System.out.println("compared with " + compared + " official outcome files");
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
