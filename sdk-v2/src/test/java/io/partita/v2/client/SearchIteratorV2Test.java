package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.orm.iterator.SearchIteratorV2;
import io.partita.server.model.Profile;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.utility.request.FlushReq;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.SearchIteratorReq;
import io.partita.v2.service.vector.request.SearchIteratorReqV2;
import io.partita.v2.service.vector.request.data.FloatVec;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * {@code MilvusClientV2.searchIteratorV2} against the real reference server (milvus-2.6) over gRPC,
 * RESTful v2 and {@code /api/v1}: the server pages with {@code search_iter_v2}; rows spread over two
 * sealed segments and a growing one, with many tied distances; every matching row exactly once and
 * nearest first for batch sizes below, at and above the row count, a limit, a client-side filter,
 * rows inserted while iterating left out, and the official texts for bad requests.
 */
class SearchIteratorV2Test {
    private static final String C = "iter_v2_server";
    /** The even ids 0..118: the rows {@code tag == "even"} matches. */
    private static final List<Long> EVENS =
            LongStream.range(0, 120).filter(i -> i % 2 == 0).boxed().collect(Collectors.toList());

    private static final List<FloatVec> QUERY = List.of(new FloatVec(new float[] {0f, 1f, 0f, 0f}));

    @Test
    void overGrpc() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            run(servers.grpcUri());
        }
    }

    @Test
    void overRestfulV2() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            run(servers.httpUri() + "/v2/vectordb");
        }
    }

    @Test
    void overTheV1HttpApi() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            run(servers.httpUri());
        }
    }

    private static void run(String uri) {
        MilvusClientV2 client =
                new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        try {
            create(client);
            // three segments: two flushed, one growing; each inserted in descending key order
            insert(client, 100, 120);
            insert(client, 0, 20);
            client.flush(FlushReq.builder().collectionNames(List.of(C)).build());
            insert(client, 60, 100);
            client.flush(FlushReq.builder().collectionNames(List.of(C)).build());
            insert(client, 20, 60);

            everyHitOnceNearestFirst(client);
            limitCutsTheLastPage(client);
            externalFilterGathersFullBatches(client);
            badRequestsGetTheOfficialTexts(client);
            groupingIsRefusedAsMilvusRefusesIt(client);
            rowsInsertedMeanwhileAreLeftOut(client); // last: it adds rows
        } finally {
            client.close();
        }
    }

    private static void everyHitOnceNearestFirst(MilvusClientV2 client) {
        for (long batch : new long[] {1, 9, 60, 500}) {
            List<List<SearchResp.SearchResult>> pages = drain(client.searchIteratorV2(SearchIteratorReqV2.builder()
                    .collectionName(C)
                    .vectorFieldName("vec")
                    .metricType(IndexParam.MetricType.L2)
                    .vectors(new ArrayList<>(QUERY))
                    .filter("tag == \"even\"")
                    .outputFields(List.of("tag"))
                    .batchSize(batch)
                    .build()));
            List<SearchResp.SearchResult> hits = flat(pages);
            // many ties: the distance of row id is (id % 7)^2
            assertThat(ids(hits)).as("batch %d", batch).containsExactlyInAnyOrderElementsOf(EVENS);
            float previous = -1f;
            for (SearchResp.SearchResult hit : hits) {
                long id = ((Number) hit.getId()).longValue();
                assertThat(hit.getScore()).isEqualTo((float) ((id % 7) * (id % 7)));
                assertThat(hit.getScore()).isGreaterThanOrEqualTo(previous);
                assertThat(hit.getEntity()).containsEntry("tag", "even");
                previous = hit.getScore();
            }
            // a page holds the batch, or more when the server takes in the hits tied with its last one
            for (int i = 0; i < pages.size() - 1; i++) {
                List<SearchResp.SearchResult> page = pages.get(i);
                assertThat((long) page.size()).isGreaterThanOrEqualTo(Math.min(batch, EVENS.size()));
                if (page.size() > batch) {
                    float last = page.get(page.size() - 1).getScore();
                    assertThat(page.get((int) batch - 1).getScore()).isEqualTo(last);
                }
            }
        }
        // the metric is the index's when not given, the only vector field when none is named
        List<SearchResp.SearchResult> all = flat(drain(client.searchIteratorV2(SearchIteratorReqV2.builder()
                .collectionName(C)
                .vectors(new ArrayList<>(QUERY))
                .batchSize(33)
                .build())));
        assertThat(ids(all))
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.range(0, 120).boxed().collect(Collectors.toList()));
    }

    private static void limitCutsTheLastPage(MilvusClientV2 client) {
        SearchIteratorV2 it = client.searchIteratorV2(SearchIteratorReqV2.builder()
                .collectionName(C)
                .vectors(new ArrayList<>(QUERY))
                .batchSize(10)
                .limit(25)
                .build());
        List<List<SearchResp.SearchResult>> pages = drain(it);
        List<SearchResp.SearchResult> hits = flat(pages);
        assertThat(hits).hasSize(25);
        // the 25 nearest of 120: the 18 ids with id % 7 == 0 (distance 0; the first page takes in all
        // its ties), then 7 of distance 1
        assertThat(pages).extracting(List::size).containsExactly(18, 7);
        assertThat(hits.stream().filter(h -> h.getScore() == 0f)).hasSize(18);
        assertThat(hits.stream().filter(h -> h.getScore() == 1f)).hasSize(7);
        assertThat(it.next()).isEmpty();
    }

    private static void externalFilterGathersFullBatches(MilvusClientV2 client) {
        SearchIteratorV2 it = client.searchIteratorV2(SearchIteratorReqV2.builder()
                .collectionName(C)
                .vectors(new ArrayList<>(QUERY))
                .batchSize(10)
                .externalFilterFunc(page -> page.stream()
                        .filter(h -> ((Number) h.getId()).longValue() % 3 == 0)
                        .collect(Collectors.toList()))
                .build());
        List<List<SearchResp.SearchResult>> pages = drain(it);
        // 40 multiples of 3 below 120: four full batches
        assertThat(pages).extracting(List::size).containsExactly(10, 10, 10, 10);
        assertThat(ids(flat(pages)))
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.range(0, 120).filter(i -> i % 3 == 0).boxed().collect(Collectors.toList()));
    }

    private static void badRequestsGetTheOfficialTexts(MilvusClientV2 client) {
        // texts of milvus-sdk-java 2.6 orm/iterator/SearchIteratorV2.checkParams
        assertThatThrownBy(() -> client.searchIteratorV2(base().batchSize(-1).build()))
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_PARAMS);
                    assertThat(e.getMessage()).isEqualTo("Batch size cannot be less than zero");
                });
        assertThatThrownBy(() -> client.searchIteratorV2(base().batchSize(16385).build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessage("Batch size cannot be larger than 16384");
        assertThatThrownBy(() -> client.searchIteratorV2(
                        base().searchParams(Map.of("offset", 5)).build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessage("Offset is not supported for SearchIterator");
        assertThatThrownBy(() -> client.searchIteratorV2(
                        base().vectors(List.of(QUERY.get(0), QUERY.get(0))).build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessage("SearchIterator does not support processing multiple vectors simultaneously");
        assertThatThrownBy(
                        () -> client.searchIteratorV2(base().vectors(List.of()).build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessage("The vector data for search cannot be empty");
        // the server's refusals come through with its codes: an unknown collection, a bad filter
        assertThatThrownBy(() ->
                        client.searchIteratorV2(base().collectionName("no_such").build()))
                .isInstanceOfSatisfying(
                        MilvusClientException.class,
                        e -> assertThat(e.getServerErrCode()).isEqualTo(100));
        assertThatThrownBy(() ->
                        client.searchIteratorV2(base().filter("no_field > 1").build()))
                .isInstanceOfSatisfying(
                        MilvusClientException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.SERVER_ERROR));
    }

    /**
     * Both iterators send {@code groupByFieldName} on their pages, as the official ones do, and
     * Milvus refuses grouping while iterating (internal/proxy/search_util.go, code 1100).
     */
    private static void groupingIsRefusedAsMilvusRefusesIt(MilvusClientV2 client) {
        assertThatThrownBy(() -> client.searchIteratorV2(
                                base().groupByFieldName("tag").build())
                        .next())
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getServerErrCode()).isEqualTo(1100);
                    assertThat(e.getMessage()).contains("Not allowed to do groupBy when doing iteration");
                });
        assertThatThrownBy(() -> client.searchIterator(SearchIteratorReq.builder()
                                .collectionName(C)
                                .vectorFieldName("vec")
                                .metricType(IndexParam.MetricType.L2)
                                .vectors(new ArrayList<>(QUERY))
                                .groupByFieldName("tag")
                                .batchSize(10L)
                                .build())
                        .next())
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getServerErrCode()).isEqualTo(1100);
                    assertThat(e.getMessage()).contains("Not allowed to do groupBy when doing iteration");
                });
        // without grouping the same iterators read
        assertThat(client.searchIteratorV2(base().groupByFieldName("").build()).next())
                .isNotEmpty();
    }

    private static void rowsInsertedMeanwhileAreLeftOut(MilvusClientV2 client) {
        SearchIteratorV2 it = client.searchIteratorV2(SearchIteratorReqV2.builder()
                .collectionName(C)
                .vectors(new ArrayList<>(QUERY))
                .filter("id < 2000 or id >= 3000")
                .batchSize(15)
                .build());
        List<SearchResp.SearchResult> hits = new ArrayList<>(it.next());
        assertThat(hits).hasSize(18); // the 18 ties at distance 0
        // distance 9 (id % 7 == 3), beyond the first page: a later page would hold them if the snapshot let them in
        for (long id = 3006; id < 3100; id += 7) {
            client.insert(
                    InsertReq.builder().collectionName(C).data(List.of(row(id))).build());
        }
        hits.addAll(flat(drain(it)));
        assertThat(ids(hits))
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.range(0, 120).boxed().collect(Collectors.toList()));
        // a new iterator sees them
        List<SearchResp.SearchResult> later = flat(drain(client.searchIteratorV2(SearchIteratorReqV2.builder()
                .collectionName(C)
                .vectors(new ArrayList<>(QUERY))
                .filter("id >= 3000")
                .build())));
        assertThat(later).hasSize(14);
    }

    private static SearchIteratorReqV2.SearchIteratorReqV2Builder base() {
        return SearchIteratorReqV2.builder()
                .collectionName(C)
                .vectorFieldName("vec")
                .vectors(new ArrayList<>(QUERY));
    }

    private static List<List<SearchResp.SearchResult>> drain(SearchIteratorV2 it) {
        List<List<SearchResp.SearchResult>> pages = new ArrayList<>();
        for (List<SearchResp.SearchResult> page = it.next(); !page.isEmpty(); page = it.next()) {
            pages.add(page);
        }
        it.close();
        assertThat(it.next()).isEmpty();
        return pages;
    }

    private static List<SearchResp.SearchResult> flat(List<List<SearchResp.SearchResult>> pages) {
        return pages.stream().flatMap(List::stream).collect(Collectors.toList());
    }

    private static List<Long> ids(List<SearchResp.SearchResult> hits) {
        return hits.stream().map(h -> ((Number) h.getId()).longValue()).collect(Collectors.toList());
    }

    /** Inserts ids {@code to-1} down to {@code from}. */
    private static void insert(MilvusClientV2 client, long from, long to) {
        List<JsonObject> rows = new ArrayList<>();
        for (long id = to - 1; id >= from; id--) {
            rows.add(row(id));
        }
        client.insert(InsertReq.builder().collectionName(C).data(rows).build());
    }

    /** Row {@code id}: tag even/odd, vector {@code [id % 7, 1, 0, 0]} (L2 distance (id % 7)^2 to [0, 1, 0, 0]). */
    private static JsonObject row(long id) {
        JsonObject row = new JsonObject();
        row.addProperty("id", id);
        row.addProperty("tag", id % 2 == 0 ? "even" : "odd");
        JsonArray vec = new JsonArray();
        vec.add((float) (id % 7));
        vec.add(1f);
        vec.add(0f);
        vec.add(0f);
        row.add("vec", vec);
        return row;
    }

    private static void create(MilvusClientV2 client) {
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder()
                .fieldName("id")
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("tag")
                .dataType(DataType.VarChar)
                .maxLength(8)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("vec")
                .dataType(DataType.FloatVector)
                .dimension(4)
                .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(C)
                .collectionSchema(schema)
                .indexParams(List.of(IndexParam.builder()
                        .fieldName("vec")
                        .indexType(IndexParam.IndexType.FLAT)
                        .metricType(IndexParam.MetricType.L2)
                        .build()))
                .build());
    }
}
