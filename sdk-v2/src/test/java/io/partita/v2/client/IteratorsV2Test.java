package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.orm.iterator.QueryIterator;
import io.partita.orm.iterator.SearchIterator;
import io.partita.response.QueryResultsWrapper.RowRecord;
import io.partita.server.model.Profile;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.utility.request.FlushReq;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.QueryIteratorReq;
import io.partita.v2.service.vector.request.SearchIteratorReq;
import io.partita.v2.service.vector.request.data.FloatVec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * {@code MilvusClientV2.queryIterator} and {@code searchIterator} against the real reference
 * server over gRPC and RESTful v2: rows spread over two sealed segments and a growing one, in an
 * insertion order unlike the primary-key order; every matching row exactly once and in order,
 * with batch sizes below, at and above the row count, a limit, an offset, and rows inserted while
 * iterating left out (the snapshot of the first call).
 */
class IteratorsV2Test {
    private static final String C = "iter_v2";
    /** The even ids 0..118: the rows {@code tag == "even"} matches. */
    private static final List<Long> EVENS =
            LongStream.range(0, 120).filter(i -> i % 2 == 0).boxed().collect(Collectors.toList());

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

            queryEveryRowOnceInOrder(client);
            queryLimitAndOffset(client);
            searchEveryHitOnceNearestFirst(client);
            badBatchSizes(client);
            // last: these add rows
            queryLeavesOutRowsInsertedMeanwhile(client);
            searchLeavesOutRowsInsertedMeanwhile(client);
        } finally {
            client.close();
        }
    }

    private static void queryEveryRowOnceInOrder(MilvusClientV2 client) {
        for (long batch : new long[] {7, 60, 500}) {
            QueryIterator it = client.queryIterator(QueryIteratorReq.builder()
                    .collectionName(C)
                    .expr("tag == \"even\"")
                    .outputFields(List.of("id", "tag"))
                    .batchSize(batch)
                    .build());
            List<List<RowRecord>> pages = drain(it);
            List<Long> ids = ids(pages);
            assertThat(ids).as("batch %d", batch).containsExactlyElementsOf(EVENS);
            for (int i = 0; i < pages.size(); i++) {
                assertThat((long) pages.get(i).size()).isLessThanOrEqualTo(batch);
                if (i < pages.size() - 1) {
                    assertThat((long) pages.get(i).size()).isEqualTo(batch);
                }
            }
            pages.forEach(p -> p.forEach(r -> assertThat(r.get("tag")).isEqualTo("even")));
        }
        // no filter: all 120 rows, ascending
        QueryIterator all = client.queryIterator(
                QueryIteratorReq.builder().collectionName(C).batchSize(33).build());
        assertThat(ids(drain(all)))
                .containsExactlyElementsOf(LongStream.range(0, 120).boxed().collect(Collectors.toList()));
    }

    private static void queryLimitAndOffset(MilvusClientV2 client) {
        QueryIterator it = client.queryIterator(QueryIteratorReq.builder()
                .collectionName(C)
                .expr("tag == \"even\"")
                .batchSize(10)
                .limit(25)
                .build());
        List<List<RowRecord>> pages = drain(it);
        assertThat(pages).extracting(List::size).containsExactly(10, 10, 5);
        assertThat(ids(pages)).containsExactlyElementsOf(EVENS.subList(0, 25));
        assertThat(it.next()).isEmpty();

        QueryIterator skipped = client.queryIterator(QueryIteratorReq.builder()
                .collectionName(C)
                .expr("tag == \"even\"")
                .batchSize(8)
                .offset(5)
                .build());
        assertThat(ids(drain(skipped))).containsExactlyElementsOf(EVENS.subList(5, EVENS.size()));
    }

    private static void searchEveryHitOnceNearestFirst(MilvusClientV2 client) {
        for (long batch : new long[] {9, 60, 500}) {
            SearchIterator it = client.searchIterator(SearchIteratorReq.builder()
                    .collectionName(C)
                    .vectorFieldName("vec")
                    .metricType(IndexParam.MetricType.L2)
                    .vectors(List.of(new FloatVec(new float[] {0f, 1f, 0f, 0f})))
                    .expr("tag == \"even\"")
                    .outputFields(List.of("tag"))
                    .batchSize(batch)
                    .build());
            List<List<RowRecord>> pages = drain(it);
            List<RowRecord> hits = pages.stream().flatMap(List::stream).collect(Collectors.toList());
            // many ties: the distance of row id is (id % 7)^2
            assertThat(ids(pages)).as("batch %d", batch).containsExactlyInAnyOrderElementsOf(EVENS);
            float previous = -1f;
            for (RowRecord hit : hits) {
                float d = (Float) hit.get(SearchIterator.DISTANCE);
                long id = ((Number) hit.get("id")).longValue();
                assertThat(d).isEqualTo((float) ((id % 7) * (id % 7)));
                assertThat(d).isGreaterThanOrEqualTo(previous);
                assertThat(hit.get("tag")).isEqualTo("even");
                previous = d;
            }
        }
        SearchIterator limited = client.searchIterator(SearchIteratorReq.builder()
                .collectionName(C)
                .vectorFieldName("vec")
                .vectors(List.of(new FloatVec(new float[] {0f, 1f, 0f, 0f})))
                .batchSize(10)
                .limit(25)
                .build());
        List<List<RowRecord>> pages = drain(limited);
        assertThat(pages).extracting(List::size).containsExactly(10, 10, 5);
        // the 25 nearest of 120: the 18 ids with id % 7 == 0 (distance 0), then 7 of distance 1
        List<RowRecord> hits = pages.stream().flatMap(List::stream).collect(Collectors.toList());
        assertThat(hits.stream().filter(h -> (Float) h.get("distance") == 0f)).hasSize(18);
        assertThat(hits.stream().filter(h -> (Float) h.get("distance") == 1f)).hasSize(7);
    }

    private static void badBatchSizes(MilvusClientV2 client) {
        // texts of milvus-sdk-java 2.6 QueryIteratorParam/SearchIteratorParam
        assertThatThrownBy(() -> client.queryIterator(QueryIteratorReq.builder()
                        .collectionName(C)
                        .batchSize(-1)
                        .build()))
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_PARAMS);
                    assertThat(e.getMessage()).isEqualTo("batch size cannot be less than zero");
                });
        assertThatThrownBy(() -> client.queryIterator(QueryIteratorReq.builder()
                        .collectionName(C)
                        .batchSize(16385)
                        .build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessage("batch size cannot be larger than 16384");
        assertThatThrownBy(() -> client.searchIterator(SearchIteratorReq.builder()
                        .collectionName(C)
                        .vectorFieldName("vec")
                        .vectors(List.of(new FloatVec(new float[] {0f, 1f, 0f, 0f})))
                        .batchSize(-3)
                        .build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessage("batch size cannot be less than zero");
        assertThatThrownBy(() -> client.searchIterator(SearchIteratorReq.builder()
                        .collectionName(C)
                        .vectorFieldName("vec")
                        .vectors(List.of(new FloatVec(new float[] {0f, 1f, 0f, 0f})))
                        .batchSize(16385)
                        .build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessage("batch size cannot be larger than 16384");
        // a batch size of 0 passes the official check; its iteration is over at once
        assertThat(client.queryIterator(QueryIteratorReq.builder()
                                .collectionName(C)
                                .batchSize(0)
                                .build())
                        .next())
                .isEmpty();
        assertThatThrownBy(() -> client.queryIterator(
                        QueryIteratorReq.builder().collectionName("no_such").build()))
                .isInstanceOfSatisfying(
                        MilvusClientException.class,
                        e -> assertThat(e.getServerErrCode()).isEqualTo(100));
    }

    private static void queryLeavesOutRowsInsertedMeanwhile(MilvusClientV2 client) {
        QueryIterator it = client.queryIterator(QueryIteratorReq.builder()
                .collectionName(C)
                .expr("tag == \"even\"")
                .batchSize(20)
                .build());
        List<Long> seen = new ArrayList<>(ids(List.of(it.next())));
        insert(client, 1000, 1010); // keys beyond the cursor, half of them "even"
        List<List<RowRecord>> rest = drain(it);
        seen.addAll(ids(rest));
        assertThat(seen).containsExactlyElementsOf(EVENS);
        // a new iterator sees them
        QueryIterator later = client.queryIterator(
                QueryIteratorReq.builder().collectionName(C).expr("id >= 1000").build());
        assertThat(ids(drain(later)))
                .containsExactly(1000L, 1001L, 1002L, 1003L, 1004L, 1005L, 1006L, 1007L, 1008L, 1009L);
    }

    private static void searchLeavesOutRowsInsertedMeanwhile(MilvusClientV2 client) {
        SearchIterator it = client.searchIterator(SearchIteratorReq.builder()
                .collectionName(C)
                .vectorFieldName("vec")
                .vectors(List.of(new FloatVec(new float[] {0f, 1f, 0f, 0f})))
                .expr("id < 2000 or id >= 3000")
                .batchSize(15)
                .build());
        List<RowRecord> first = it.next();
        assertThat(first).hasSize(15);
        // distance 9 (id % 7 == 3), beyond the first page: a later page would hold them if the snapshot let them in
        for (long id = 3006; id < 3100; id += 7) {
            client.insert(
                    InsertReq.builder().collectionName(C).data(List.of(row(id))).build());
        }
        List<RowRecord> hits = new ArrayList<>(first);
        drain(it).forEach(hits::addAll);
        assertThat(hits).hasSize(130); // the 120 rows and the 10 of the query iterator's test
        assertThat(hits).noneMatch(h -> ((Number) h.get("id")).longValue() >= 3000);
    }

    private static List<List<RowRecord>> drain(QueryIterator it) {
        List<List<RowRecord>> pages = new ArrayList<>();
        for (List<RowRecord> page = it.next(); !page.isEmpty(); page = it.next()) {
            pages.add(page);
        }
        it.close();
        return pages;
    }

    private static List<List<RowRecord>> drain(SearchIterator it) {
        List<List<RowRecord>> pages = new ArrayList<>();
        for (List<RowRecord> page = it.next(); !page.isEmpty(); page = it.next()) {
            pages.add(page);
        }
        it.close();
        return pages;
    }

    private static List<Long> ids(List<List<RowRecord>> pages) {
        List<Long> out = new ArrayList<>();
        pages.forEach(p -> p.forEach(r -> out.add(((Number) r.get("id")).longValue())));
        return out;
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
