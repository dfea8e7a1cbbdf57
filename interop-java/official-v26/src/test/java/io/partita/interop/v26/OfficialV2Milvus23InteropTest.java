package io.partita.interop.v26;

import static io.partita.interop.v26.OfficialV2Client.observe;

import io.partita.interop.ExpectedOutcomes;
import io.partita.interop.ForkedReferenceServer;
import io.partita.interop.OutcomeLog;
import io.partita.interop.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modern client against the modern rules: the official 2.6.22 V2 client against the forked
 * reference server in profile milvus-2.3, where rows 3, 4, 6 and 10 succeed and rows 19 and 20
 * carry the 2.3 codes (101 collection not loaded, 201 partition not loaded). Recorded to
 * target/interop-outcomes/official-2.6.22-v2-milvus-2.3.tsv.
 */
class OfficialV2Milvus23InteropTest {
  private static ForkedReferenceServer server;
  private static OfficialV2Client milvus;
  private static OutcomeLog log;

  @BeforeAll
  static void startServerAndClient() throws Exception {
    server = ForkedReferenceServer.start("milvus-2.3");
    milvus = new OfficialV2Client(server.host(), server.grpcPort());
    log = new OutcomeLog("official-2.6.22-v2-milvus-2.3", ExpectedOutcomes.forProfile("milvus-2.3"));
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
  void row03_loadingTheCollectionWhileAPartitionIsLoadedSucceeds() {
    milvus.createBookWithData();
    milvus.loadPartitions(Scenario.NOVEL);
    log.checkAndRecord(observe("row03.load_collection", milvus::loadCollection));
  }

  @Test
  void row04_loadingAPartitionWhileTheCollectionIsLoadedSucceeds() {
    milvus.createBookWithData();
    milvus.loadCollection();
    log.checkAndRecord(observe("row04.load_partitions", () -> milvus.loadPartitions(Scenario.NOVEL)));
  }

  @Test
  void row06_loadingAnotherPartitionInASeparateCallSucceeds() {
    milvus.createBookWithData();
    milvus.loadPartitions(Scenario.NOVEL);
    log.checkAndRecord(observe("row06.load_partitions", () -> milvus.loadPartitions(Scenario.POEM)));
  }

  @Test
  void row10_releasingAPartitionOfACollectionLoadedAsAWholeSucceedsAndItsSearchIsThenRefused() {
    milvus.createBookWithData();
    milvus.loadCollection();
    log.checkAndRecord(observe("row10.release_partitions", () -> milvus.releasePartitions(Scenario.NOVEL)));
    log.checkAndRecord(observe("row10.then_search_released", () -> milvus.search(Scenario.NOVEL)));
  }

  @Test
  void row19_searchingAndQueryingWithNothingLoadedAreRefusedWithCode101() {
    milvus.createBookWithData();
    log.checkAndRecord(observe("row19.search", milvus::search));
    log.checkAndRecord(observe("row19.query", milvus::query));
  }

  @Test
  void row20_searchingAndQueryingAPartitionThatIsNotLoadedAreRefusedWithCode201() {
    milvus.createBookWithData();
    milvus.loadPartitions(Scenario.NOVEL);
    log.checkAndRecord(observe("row20.search", () -> milvus.search(Scenario.POEM)));
    log.checkAndRecord(observe("row20.query", () -> milvus.query(Scenario.POEM)));
  }
}
