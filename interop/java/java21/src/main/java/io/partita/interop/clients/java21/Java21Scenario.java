package io.partita.interop.clients.java21;

import static io.partita.interop.clients.ScenarioData.DEFAULT_PARTITION;
import static io.partita.interop.clients.ScenarioData.NOVEL_ROWS;
import static io.partita.interop.clients.ScenarioData.PARTITION;
import static io.partita.interop.clients.ScenarioData.PK;
import static io.partita.interop.clients.java21.Java21Calls.error;

import io.milvus.client.MilvusServiceClient;
import io.milvus.grpc.QueryResults;
import io.milvus.grpc.SearchResults;
import io.milvus.grpc.ShowPartitionsResponse;
import io.milvus.param.ConnectParam;
import io.milvus.param.R;
import io.milvus.response.QueryResultsWrapper;
import io.milvus.response.SearchResultsWrapper;
import io.partita.interop.clients.ScenarioArgs;
import io.partita.interop.clients.ScenarioData;
import io.partita.interop.clients.StepReport;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The interop scenario for the official milvus-sdk-java 2.1.0 ({@code MilvusServiceClient}):
 *
 * <pre>java -jar interop-java21.jar [HOST:PORT] [milvus-2.1|milvus-2.3]</pre>
 *
 * Creates collection {@code book} with partition {@code novel}, loads, searches and queries it,
 * releases {@code novel} with {@code ReleasePartitionsParam.newBuilder().withCollectionName("book")
 * .addPartitionName("novel").build()}, checks that a search of {@code novel} is then refused, and
 * checks SEMANTICS.md rows 3, 4, 6, 10 for the profile. Prints {@code STEP <name> PASS|FAIL
 * <detail>}; exits 1 on any failure.
 */
public final class Java21Scenario {
  private final Java21Calls milvus;
  private final StepReport report;

  private Java21Scenario(Java21Calls milvus, StepReport report) {
    this.milvus = milvus;
    this.report = report;
  }

  public static void main(String[] argv) {
    ScenarioArgs args = ScenarioArgs.parseOrExit(argv, "java -jar interop-java21.jar");
    StepReport report = new StepReport(args);
    MilvusServiceClient client = null;
    try {
      client = new MilvusServiceClient(ConnectParam.newBuilder().withHost(args.host()).withPort(args.port())
          .withConnectTimeout(10, TimeUnit.SECONDS).build());
      Java21Calls milvus = new Java21Calls(client, args.collection());
      // The 2.1.0 client opens its channel lazily: the first call proves the connection.
      R<Boolean> has = milvus.hasCollection();
      if (report.step("connect", error(has) == null,
          "milvus-sdk-java 2.1.0 " + args.address() + " collection=" + args.collection() + " err=" + error(has))) {
        if (has.getData()) {
          milvus.dropCollection();
        }
        new Java21Scenario(milvus, report).run();
      }
    } catch (RuntimeException e) {
      report.step("unexpected_exception", false, e.toString());
    } finally {
      if (client != null) {
        client.close();
      }
    }
    System.exit(report.exitCode());
  }

  private void run() {
    if (!report.succeeded("create_collection", error(milvus.createCollection()))) {
      return;
    }
    report.succeeded("create_partition", error(milvus.createPartition(PARTITION)));
    String insert = error(milvus.insertNovel(PARTITION));
    report.succeeded("insert", insert != null ? insert : error(milvus.insertDefault()));
    report.succeeded("flush", error(milvus.flush()));
    report.succeeded("create_index", error(milvus.createIndex()));
    report.succeeded("load_partition", error(milvus.loadPartition(PARTITION)));
    showPartitions();
    searchAndQuery();

    // Row 6: loading another partition in a separate call.
    String e = error(milvus.loadPartition(DEFAULT_PARTITION));
    report.expectRule("rule6_load_another_partition", e, "please release partitions firstly", "Should release first");
    if (e == null) {
      milvus.releasePartition(DEFAULT_PARTITION);
    }
    // Row 3: loading the collection while a partition is loaded.
    e = error(milvus.loadCollection());
    report.expectRule("rule3_load_collection_after_partition", e, "please release partitions firstly");
    if (e == null) {
      milvus.releaseCollection();
      milvus.loadPartition(PARTITION);
    }

    // The seed: release the partition.
    report.succeeded("release_partition", error(milvus.releasePartition(PARTITION)));
    report.expectNotLoaded("search_after_release_refused", error(milvus.search(PARTITION)));

    report.succeeded("load_collection", error(milvus.loadCollection()));
    // Row 4: loading a partition while the collection is loaded.
    report.expectRule("rule4_load_partition_after_collection", error(milvus.loadPartition(PARTITION)),
        "please release collection firstly");
    // Row 10: releasing a partition of a collection-loaded collection.
    report.expectRule("rule10_release_partition_after_load_collection", error(milvus.releasePartition(PARTITION)),
        "releasing some partitions after load collection is not supported");

    report.succeeded("release_collection", error(milvus.releaseCollection()));
    report.succeeded("drop_collection", error(milvus.dropCollection()));
  }

  /**
   * The listing names {@code novel}; the load progress it reports, if any, is 100. milvus-sdk-java
   * 2.1.0's {@code showPartitions} never sends {@code type=InMemory} (its ShowPartitionsParam
   * computes the type, the client drops it), and real Milvus 2.1.0 fills {@code
   * inMemory_percentages} only for InMemory, so there the list is empty; the sync load step has
   * already waited for 100 through the client's own InMemory poll.
   */
  private void showPartitions() {
    R<ShowPartitionsResponse> all = milvus.showPartitions();
    R<ShowPartitionsResponse> named = milvus.showLoadProgress(PARTITION);
    String e = error(all) != null ? error(all) : error(named);
    List<String> names = e == null ? all.getData().getPartitionNamesList() : List.of();
    List<Long> percentages = e == null ? named.getData().getInMemoryPercentagesList() : List.of();
    boolean progressOk = percentages.isEmpty() || percentages.equals(List.of(100L));
    report.step("show_partitions", e == null && names.contains(PARTITION) && progressOk,
        "partitions=" + names + " inMemory_percentages(novel)=" + percentages + " err=" + e);
  }

  private void searchAndQuery() {
    R<SearchResults> search = milvus.search(PARTITION);
    String e = error(search);
    List<Long> ids = e == null
        ? new SearchResultsWrapper(search.getData().getResults()).getIDScore(0).stream()
            .map(SearchResultsWrapper.IDScore::getLongID).collect(Collectors.toList())
        : List.of();
    boolean allNovel = ScenarioData.allFromNovel(ids);
    report.step("search_novel", e == null && allNovel,
        "hits=" + ids.size() + " all_from_novel=" + allNovel + " err=" + e);

    R<QueryResults> query = milvus.query(PARTITION);
    e = error(query);
    int rows = e == null ? new QueryResultsWrapper(query.getData()).getFieldWrapper(PK).getFieldData().size() : -1;
    report.step("query_novel", e == null && rows == NOVEL_ROWS, "rows=" + rows + " (want 20) err=" + e);
  }
}
