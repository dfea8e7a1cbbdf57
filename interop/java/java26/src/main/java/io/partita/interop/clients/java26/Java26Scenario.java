package io.partita.interop.clients.java26;

import static io.partita.interop.clients.ScenarioData.DEFAULT_FIRST_ID;
import static io.partita.interop.clients.ScenarioData.DEFAULT_PARTITION;
import static io.partita.interop.clients.ScenarioData.DEFAULT_ROWS;
import static io.partita.interop.clients.ScenarioData.NOVEL_FIRST_ID;
import static io.partita.interop.clients.ScenarioData.NOVEL_ROWS;
import static io.partita.interop.clients.ScenarioData.PARTITION;
import static io.partita.interop.clients.java26.Outcome.error;

import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.partita.interop.clients.ScenarioArgs;
import io.partita.interop.clients.ScenarioData;
import io.partita.interop.clients.StepReport;
import java.util.List;

/**
 * The interop scenario for the official milvus-sdk-java 2.6.22 V2 client ({@code MilvusClientV2}):
 *
 * <pre>java -jar interop-java26.jar [HOST:PORT] [milvus-2.1|milvus-2.3]</pre>
 *
 * Creates collection {@code book} with partition {@code novel}, loads, searches and queries it,
 * releases {@code novel} with {@code releasePartitions(ReleasePartitionsReq.builder()
 * .collectionName("book").partitionNames(List.of("novel")).build())}, checks that a search of
 * {@code novel} is then refused, and checks SEMANTICS.md rows 3, 4, 6, 10 for the profile. Prints
 * {@code STEP <name> PASS|FAIL <detail>}; exits 1 on any failure.
 */
public final class Java26Scenario {
  private final Java26Calls milvus;
  private final StepReport report;

  private Java26Scenario(Java26Calls milvus, StepReport report) {
    this.milvus = milvus;
    this.report = report;
  }

  public static void main(String[] argv) {
    ScenarioArgs args = ScenarioArgs.parseOrExit(argv, "java -jar interop-java26.jar");
    StepReport report = new StepReport(args);
    // The V2 client calls Connect while it is constructed: a server without it fails here.
    Outcome<MilvusClientV2> client = Outcome.of(() -> new MilvusClientV2(ConnectConfig.builder()
        .uri("http://" + args.address()).connectTimeoutMs(10_000).build()));
    Java26Calls milvus = client.ok() ? new Java26Calls(client.value(), args.collection()) : null;
    Outcome<Boolean> has = client.ok() ? Outcome.of(milvus::hasCollection) : new Outcome<>(null, client.error());
    try {
      if (report.step("connect", has.ok(),
          "milvus-sdk-java 2.6.22 MilvusClientV2 " + args.address() + " collection=" + args.collection()
              + " err=" + has.error())) {
        if (has.value()) {
          milvus.dropCollection();
        }
        new Java26Scenario(milvus, report).run();
      }
    } catch (RuntimeException e) {
      report.step("unexpected_exception", false, e.toString());
    } finally {
      if (client.ok()) {
        client.value().close();
      }
    }
    System.exit(report.exitCode());
  }

  private void run() {
    if (!report.succeeded("create_collection", error(milvus::createCollection))) {
      return;
    }
    report.succeeded("create_partition", error(() -> milvus.createPartition(PARTITION)));
    String insert = error(() -> milvus.insert(PARTITION, NOVEL_FIRST_ID, NOVEL_ROWS));
    report.succeeded("insert", insert != null ? insert : error(() -> milvus.insert(null, DEFAULT_FIRST_ID, DEFAULT_ROWS)));
    report.succeeded("flush", error(milvus::flush));
    report.succeeded("create_index", error(milvus::createIndex));
    report.succeeded("load_partition", error(() -> milvus.loadPartition(PARTITION)));
    showPartitions();
    searchAndQuery();

    // Row 6: loading another partition in a separate call.
    String e = error(() -> milvus.loadPartition(DEFAULT_PARTITION));
    report.expectRule("rule6_load_another_partition", e, "please release partitions firstly", "Should release first");
    if (e == null) {
      error(() -> milvus.releasePartition(DEFAULT_PARTITION));
    }
    // Row 3: loading the collection while a partition is loaded.
    e = error(milvus::loadCollection);
    report.expectRule("rule3_load_collection_after_partition", e, "please release partitions firstly");
    if (e == null) {
      error(milvus::releaseCollection);
      error(() -> milvus.loadPartition(PARTITION));
    }

    // The seed: release the partition.
    report.succeeded("release_partition", error(() -> milvus.releasePartition(PARTITION)));
    report.expectNotLoaded("search_after_release_refused", Outcome.of(() -> milvus.search(PARTITION)).error());

    report.succeeded("load_collection", error(milvus::loadCollection));
    // Row 4: loading a partition while the collection is loaded.
    report.expectRule("rule4_load_partition_after_collection", error(() -> milvus.loadPartition(PARTITION)),
        "please release collection firstly");
    // Row 10: releasing a partition of a collection-loaded collection.
    report.expectRule("rule10_release_partition_after_load_collection",
        error(() -> milvus.releasePartition(PARTITION)),
        "releasing some partitions after load collection is not supported");

    report.succeeded("release_collection", error(milvus::releaseCollection));
    report.succeeded("drop_collection", error(milvus::dropCollection));
  }

  /** The listing names {@code novel}, and its load state is Loaded. */
  private void showPartitions() {
    Outcome<List<String>> names = Outcome.of(milvus::listPartitions);
    Outcome<Boolean> loaded = Outcome.of(() -> milvus.partitionLoaded(PARTITION));
    String e = names.ok() ? loaded.error() : names.error();
    report.step("show_partitions", e == null && names.value().contains(PARTITION) && loaded.value(),
        "partitions=" + names.value() + " loaded(novel)=" + loaded.value() + " err=" + e);
  }

  private void searchAndQuery() {
    Outcome<List<Long>> search = Outcome.of(() -> milvus.search(PARTITION));
    List<Long> ids = search.ok() ? search.value() : List.of();
    boolean allNovel = ScenarioData.allFromNovel(ids);
    report.step("search_novel", search.ok() && allNovel,
        "hits=" + ids.size() + " all_from_novel=" + allNovel + " err=" + search.error());
    Outcome<Integer> rows = Outcome.of(() -> milvus.queryRows(PARTITION));
    report.step("query_novel", rows.ok() && rows.value() == NOVEL_ROWS,
        "rows=" + rows.value() + " (want 20) err=" + rows.error());
  }
}
