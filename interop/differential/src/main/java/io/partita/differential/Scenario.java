package io.partita.differential;

import io.partita.client.MilvusServiceClient;
import io.partita.model.QueryResults;
import io.partita.model.SearchResults;
import io.partita.model.ShowPartitionsResponse;
import io.partita.param.ConnectParam;
import io.partita.param.R;
import io.partita.response.QueryResultsWrapper;
import io.partita.response.SearchResultsWrapper;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One fixed script through Partita's SDK, the same against any server: the seed's {@code book} /
 * {@code novel} scenario and every row of SEMANTICS.md's lifecycle table a client can trigger
 * (rows 7 and 26 are refused by the client before sending; row 18, 4096 partitions, is left to
 * the contract suite). Prints one JSON line per step ({@link Outcome}) to standard output.
 *
 * <pre>java -cp ... io.partita.differential.Scenario grpc://127.0.0.1:19530 [collection]</pre>
 *
 * The URI picks the transport ({@code grpc://} or {@code http://}). The collection (default
 * {@code book}) is dropped first if it exists and dropped again at the end.
 */
public final class Scenario {
    private static final List<String> NOVEL = List.of("novel");
    private static final List<String> POEM = List.of("poem");
    private static final List<String> NONE = List.of();

    private final BookCalls calls;
    private final String book;
    private final IdNames names = new IdNames();
    private final PrintStream out;

    private Scenario(BookCalls calls, String book, PrintStream out) {
        this.calls = calls;
        this.book = book;
        this.out = out;
    }

    /** Runs the scenario; exit status 0 once every step ran (step failures are outcomes, not errors), 2 on bad usage. */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: Scenario <grpc://host:port | http://host:port> [collection]");
            System.exit(2);
        }
        ConnectParam connect = ConnectParam.newBuilder().withUri(args[0]).withConnectTimeout(Duration.ofSeconds(10)).build();
        try (MilvusServiceClient client = new MilvusServiceClient(connect)) {
            new Scenario(new BookCalls(client), args.length == 2 ? args[1] : "book", System.out).run();
        }
    }

    private void run() {
        calls.dropCollection(book);
        step("create_collection", () -> calls.createBook(book));
        step("create_partition_novel", () -> calls.createPartition(book, "novel"));
        step("create_partition_poem", () -> calls.createPartition(book, "poem"));
        learnIds();
        insertStep("insert_novel", "novel", 0, 200);
        insertStep("insert_poem", "poem", 1000, 100);
        step("flush", () -> calls.flush(book));
        step("create_index_flat", () -> calls.createFlatIndex(book));

        searchStep("row19_search_nothing_loaded", NONE, 5.2f, 3);
        queryStep("row19_query_nothing_loaded", NONE, "book_id in [1, 2]");
        step("row11_release_partition_not_loaded", () -> calls.releasePartitions(book, NOVEL));
        step("row13_release_collection_nothing_loaded", () -> calls.releaseCollection(book));
        step("row08_load_missing_partition", () -> calls.loadPartitions(book, List.of("nope")));
        step("row08_release_missing_partition", () -> calls.releasePartitions(book, List.of("nope")));
        String missing = book + "_missing";
        step("row09_load_partitions_missing_collection", () -> calls.loadPartitions(missing, NOVEL));
        step("row09_release_partitions_missing_collection", () -> calls.releasePartitions(missing, NOVEL));
        step("row09_load_collection_missing_collection", () -> calls.loadCollection(missing, 1));
        step("row09_release_collection_missing_collection", () -> calls.releaseCollection(missing));

        step("load_novel", () -> calls.loadPartitions(book, NOVEL));
        showStep("show_novel_in_memory", NOVEL);
        searchStep("search_novel_exact", NOVEL, 5.2f, 3);
        queryStep("query_novel_count", NOVEL, "book_id >= 0");
        searchStep("row21_search_without_partitions_serves_loaded_only", NONE, 1050f, 3);
        queryStep("row21_query_without_partitions_serves_loaded_only", NONE, "book_id in [5, 1005]");
        step("row05_load_novel_again", () -> calls.loadPartitions(book, NOVEL));
        searchStep("row20_search_partition_not_loaded", POEM, 1050f, 3);
        queryStep("row20_query_partition_not_loaded", POEM, "book_id in [1005]");
        showStep("row23_show_poem_in_memory", POEM);
        searchStep("row22_search_missing_partition", List.of("nope"), 5.2f, 3);
        queryStep("row22_query_missing_partition", List.of("nope"), "book_id in [5]");
        insertStep("row24_insert_into_loaded_novel", "novel", 500, 1);
        searchStep("row24_inserted_row_visible_at_once", NONE, 500f, 1);
        step("row06_load_poem_separately", () -> calls.loadPartitions(book, POEM));
        step("row03_load_collection_while_partitions_loaded", () -> calls.loadCollection(book, 1));

        step("release_collection", () -> calls.releaseCollection(book));
        step("load_collection", () -> calls.loadCollection(book, 1));
        step("row01_load_collection_again", () -> calls.loadCollection(book, 1));
        step("row02_load_collection_other_replica_number", () -> calls.loadCollection(book, 2));
        step("row04_load_partitions_while_collection_loaded", () -> calls.loadPartitions(book, NOVEL));
        step("row10_release_partition_of_collection_loaded_whole", () -> calls.releasePartitions(book, POEM));
        step("release_collection_again", () -> calls.releaseCollection(book));

        step("load_novel_for_release", () -> calls.loadPartitions(book, NOVEL));
        step("release_novel", () -> calls.releasePartitions(book, NOVEL));
        searchStep("search_novel_refused_after_release", NOVEL, 5.2f, 3);
        searchStep("row12_search_refused_after_releasing_every_partition", NONE, 5.2f, 3);
        insertStep("row25_insert_into_released_poem", "poem", 2000, 1);
        queryStep("row25_query_released_poem_refused", POEM, "book_id in [2000]");
        step("row25_load_poem", () -> calls.loadPartitions(book, POEM));
        queryStep("row25_inserted_row_kept_until_loaded", POEM, "book_id in [2000]");

        step("row16_drop_loaded_partition_poem", () -> calls.dropPartition(book, "poem"));
        searchStep("row16_search_after_dropping_loaded_partition", NONE, 1050f, 3);
        step("release_poem", () -> calls.releasePartitions(book, POEM));
        step("drop_released_partition_poem", () -> calls.dropPartition(book, "poem"));
        step("row14_drop_default_partition", () -> calls.dropPartition(book, "_default"));
        step("row15_drop_missing_partition", () -> calls.dropPartition(book, "nope"));
        step("row17_create_existing_partition", () -> calls.createPartition(book, "novel"));
        step("drop_collection", () -> calls.dropCollection(book));
        searchStep("search_dropped_collection", NOVEL, 5.2f, 3);
    }

    private void learnIds() {
        R<?> described = calls.showAll(book);
        if (described.isSuccess()) {
            ShowPartitionsResponse shown = (ShowPartitionsResponse) described.getData();
            for (int i = 0; i < shown.getPartitionNamesCount(); i++) {
                names.learn(shown.getPartitionIDs(i), shown.getPartitionNames(i));
            }
        }
        R<io.partita.model.DescribeCollectionResponse> d = calls.describe(book);
        if (d.isSuccess()) {
            names.learn(d.getData().getCollectionID(), book);
        }
    }

    private void step(String name, Supplier<R<?>> call) {
        record(name, () -> Outcome.of(name, call.get(), -1, List.of(), names));
    }

    private void insertStep(String name, String partition, long from, int count) {
        record(name, () -> {
            R<io.partita.model.MutationResult> r = calls.insert(book, partition, from, count);
            return Outcome.of(name, r, r.isSuccess() ? r.getData().getInsertCnt() : -1, List.of(), names);
        });
    }

    private void searchStep(String name, List<String> partitions, float x, int topK) {
        record(name, () -> {
            R<SearchResults> r = calls.search(book, partitions, x, topK);
            List<Long> ids = new ArrayList<>();
            if (r.isSuccess()) {
                ids.addAll(tiesById(new SearchResultsWrapper(r.getData().getResults()).getIDScore(0)));
            }
            return Outcome.of(name, r, ids.size(), ids, names);
        });
    }

    private void queryStep(String name, List<String> partitions, String expr) {
        record(name, () -> {
            R<QueryResults> r = calls.query(book, partitions, expr);
            List<Long> ids = new ArrayList<>();
            if (r.isSuccess()) {
                for (Object o : new QueryResultsWrapper(r.getData()).getFieldWrapper("book_id").getFieldData()) {
                    ids.add((Long) o);
                }
                ids.sort(null);
            }
            return Outcome.of(name, r, ids.size(), ids.size() <= 10 ? ids : List.of(), names);
        });
    }

    /** Shows in-memory percentages; they are reported in {@code ids}, in partition order. */
    private void showStep(String name, List<String> partitions) {
        record(name, () -> {
            R<ShowPartitionsResponse> r = calls.showInMemory(book, partitions);
            List<Long> percentages = r.isSuccess() ? r.getData().getInMemoryPercentagesList() : List.of();
            return Outcome.of(name, r, percentages.size(), percentages, names);
        });
    }

    private void record(String name, Supplier<Outcome> step) {
        Outcome o;
        try {
            o = step.get();
        } catch (RuntimeException e) {
            o = Outcome.crashed(name, e);
        }
        out.println(o.toJson());
        out.flush();
    }

    /**
     * The hits' ids in the server's order, with hits of equal score ordered by id: Milvus leaves the order
     * of ties open (real 2.1.0 answered the same search with two equidistant hits in either order).
     */
    static List<Long> tiesById(List<SearchResultsWrapper.IDScore> hits) {
        List<Long> ids = new ArrayList<>();
        int i = 0;
        while (i < hits.size()) {
            int j = i;
            while (j < hits.size() && hits.get(j).getScore() == hits.get(i).getScore()) {
                j++;
            }
            List<Long> tied = new ArrayList<>();
            for (int k = i; k < j; k++) {
                tied.add(hits.get(k).getLongID());
            }
            tied.sort(null);
            ids.addAll(tied);
            i = j;
        }
        return ids;
    }
}
