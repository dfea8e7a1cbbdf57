package io.partita.interop.v26;

import static io.partita.interop.v26.OfficialV2Client.observe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.milvus.v2.service.vector.response.QueryResp;
import io.milvus.v2.service.vector.response.SearchResp;
import io.partita.interop.ExpectedOutcomes;
import io.partita.interop.ForkedReferenceServer;
import io.partita.interop.OutcomeLog;
import io.partita.interop.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official milvus-sdk-java 2.6.22 V2 client ({@code io.milvus.v2.client.MilvusClientV2})
 * against the forked reference server (profile milvus-2.1): the seed's walkthrough, then
 * SEMANTICS.md rows 3, 4, 6, 10, 19 and 20, each step checked against the shared table and
 * recorded to target/interop-outcomes/official-2.6.22-v2.tsv.
 */
class OfficialV2InteropTest {
  private static ForkedReferenceServer server;
  private static OfficialV2Client milvus;
  private static OutcomeLog log;

  @BeforeAll
  static void startServerAndClient() throws Exception {
    server = ForkedReferenceServer.start("milvus-2.1");
    milvus = new OfficialV2Client(server.host(), server.grpcPort());
    log = new OutcomeLog("official-2.6.22-v2", ExpectedOutcomes.forProfile("milvus-2.1"));
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
  void row03_loadingTheCollectionWhileAPartitionIsLoadedIsRefused() {
    milvus.createBookWithData();
    milvus.loadPartitions(Scenario.NOVEL);
    log.checkAndRecord(observe("row03.load_collection", milvus::loadCollection));
  }

  @Test
  void row04_loadingAPartitionWhileTheCollectionIsLoadedIsRefused() {
    milvus.createBookWithData();
    milvus.loadCollection();
    log.checkAndRecord(observe("row04.load_partitions", () -> milvus.loadPartitions(Scenario.NOVEL)));
  }

  @Test
  void row06_loadingAnotherPartitionInASeparateCallIsRefused() {
    milvus.createBookWithData();
    milvus.loadPartitions(Scenario.NOVEL);
    log.checkAndRecord(observe("row06.load_partitions", () -> milvus.loadPartitions(Scenario.POEM)));
  }

  @Test
  void row10_releasingAPartitionOfACollectionLoadedAsAWholeIsRefused() {
    milvus.createBookWithData();
    milvus.loadCollection();
    log.checkAndRecord(observe("row10.release_partitions", () -> milvus.releasePartitions(Scenario.NOVEL)));
  }

  @Test
  void row19_searchingAndQueryingWithNothingLoadedAreRefused() {
    milvus.createBookWithData();
    log.checkAndRecord(observe("row19.search", milvus::search));
    log.checkAndRecord(observe("row19.query", milvus::query));
  }

  @Test
  void row20_searchingAndQueryingAPartitionThatIsNotLoadedAreRefused() {
    milvus.createBookWithData();
    milvus.loadPartitions(Scenario.NOVEL);
    log.checkAndRecord(observe("row20.search", () -> milvus.search(Scenario.POEM)));
    log.checkAndRecord(observe("row20.query", () -> milvus.query(Scenario.POEM)));
  }
}
