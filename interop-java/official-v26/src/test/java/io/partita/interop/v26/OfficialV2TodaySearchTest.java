package io.partita.interop.v26;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.milvus.orm.iterator.QueryIterator;
import io.milvus.orm.iterator.SearchIteratorV2;
import io.milvus.response.QueryResultsWrapper;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.exception.MilvusClientException;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.vector.request.AnnSearchReq;
import io.milvus.v2.service.vector.request.HybridSearchReq;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.QueryIteratorReq;
import io.milvus.v2.service.vector.request.SearchIteratorReqV2;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.milvus.v2.service.vector.request.ranker.RRFRanker;
import io.milvus.v2.service.vector.response.SearchResp;
import io.partita.interop.ForkedReferenceServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The official milvus-sdk-java 2.6.22 V2 client against the forked reference server (profile
 * milvus-2.6): a hybrid search with RRFRanker checked against fusing two plain searches, a grouped
 * range search, and full iterations with searchIteratorV2 and queryIterator.
 */
class OfficialV2TodaySearchTest {
    private static final String C = "today_search_java";
    private static final int N = 1200;

    @Test
    void hybridGroupedRangeAndBothIteratorsWork() throws Exception {
        onForkedServer(OfficialV2TodaySearchTest::run);
    }

    /** Runs {@code body} with a V2 client of a forked reference server (profile milvus-2.6). */
    static void onForkedServer(java.util.function.Consumer<MilvusClientV2> body) throws Exception {
        try (ForkedReferenceServer server = ForkedReferenceServer.start("milvus-2.6")) {
            MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder()
                    .uri("http://" + server.host() + ":" + server.grpcPort())
                    .build());
            try {
                body.accept(client);
            } finally {
                client.close();
            }
        }
    }

    private static void run(MilvusClientV2 client) {
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder()
                .fieldName("id")
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("color")
                .dataType(DataType.VarChar)
                .maxLength(16)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("vec")
                .dataType(DataType.FloatVector)
                .dimension(4)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("img")
                .dataType(DataType.FloatVector)
                .dimension(4)
                .build());
        List<IndexParam> indexes = List.of(
                IndexParam.builder()
                        .fieldName("vec")
                        .indexType(IndexParam.IndexType.FLAT)
                        .metricType(IndexParam.MetricType.L2)
                        .build(),
                IndexParam.builder()
                        .fieldName("img")
                        .indexType(IndexParam.IndexType.FLAT)
                        .metricType(IndexParam.MetricType.IP)
                        .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(C)
                .collectionSchema(schema)
                .indexParams(indexes)
                .build());
        Random rnd = new Random(3);
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            JsonObject row = new JsonObject();
            row.addProperty("id", i);
            row.addProperty("color", "c" + i % 4);
            JsonArray v = new JsonArray();
            JsonArray w = new JsonArray();
            for (int d = 0; d < 4; d++) {
                v.add(rnd.nextInt(5) / 4f);
                w.add(rnd.nextFloat() * 2 - 1);
            }
            row.add("vec", v);
            row.add("img", w);
            rows.add(row);
        }
        client.insert(InsertReq.builder().collectionName(C).data(rows).build());
        FloatVec q = new FloatVec(new float[] {0.5f, 0.5f, 0.5f, 0.5f});

        // hybrid search, RRF(k = 60), against fusing the two plain searches by hand
        List<SearchResp.SearchResult> a = plain(client, "vec", q, IndexParam.MetricType.L2);
        List<SearchResp.SearchResult> b = plain(client, "img", q, IndexParam.MetricType.IP);
        Map<Object, Double> fused = new HashMap<>();
        for (List<SearchResp.SearchResult> hits : List.of(a, b)) {
            for (int i = 0; i < hits.size(); i++) {
                fused.merge(hits.get(i).getId(), 1.0 / (60 + i + 1), Double::sum);
            }
        }
        List<Double> want = new ArrayList<>(fused.values());
        want.sort((x, y) -> Double.compare(y, x));
        SearchResp hybrid = client.hybridSearch(HybridSearchReq.builder()
                .collectionName(C)
                .searchRequests(List.of(
                        AnnSearchReq.builder()
                                .vectorFieldName("vec")
                                .vectors(List.of(q))
                                .limit(20)
                                .metricType(IndexParam.MetricType.L2)
                                .build(),
                        AnnSearchReq.builder()
                                .vectorFieldName("img")
                                .vectors(List.of(q))
                                .limit(20)
                                .metricType(IndexParam.MetricType.IP)
                                .build()))
                .ranker(new RRFRanker(60))
                .limit(5)
                .build());
        List<SearchResp.SearchResult> top = hybrid.getSearchResults().get(0);
        assertEquals(5, top.size(), "hybrid hits");
        for (int i = 0; i < 5; i++) {
            assertEquals(want.get(i), top.get(i).getScore(), 1e-6, "fused score " + i);
        }

        // a grouping search: 3 colors × 2 hits; combined with a range search it is refused, as Milvus
        // refuses it (its own test_range_search_not_support_group_by)
        SearchResp grouped = client.search(SearchReq.builder()
                .collectionName(C)
                .annsField("vec")
                .data(List.of(q))
                .limit(3)
                .groupByFieldName("color")
                .groupSize(2)
                .outputFields(List.of("color"))
                .build());
        List<SearchResp.SearchResult> g = grouped.getSearchResults().get(0);
        assertEquals(6, g.size(), "grouped hits");
        Set<Object> colors = new HashSet<>();
        for (SearchResp.SearchResult h : g) {
            colors.add(h.getEntity().get("color"));
        }
        assertEquals(3, colors.size(), "groups");
        Map<String, Object> range = new HashMap<>();
        range.put("radius", 1.0);
        range.put("range_filter", 0.25);
        MilvusClientException refused = assertThrows(
                MilvusClientException.class,
                () -> client.search(SearchReq.builder()
                        .collectionName(C)
                        .annsField("vec")
                        .data(List.of(q))
                        .limit(3)
                        .groupByFieldName("color")
                        .groupSize(2)
                        .searchParams(range)
                        .build()));
        assertTrue(
                refused.getMessage().contains("Not allowed to do range-search when doing search-group-by"),
                refused.getMessage());

        // searchIteratorV2 over every row, once, best first
        SearchIteratorV2 it = client.searchIteratorV2(SearchIteratorReqV2.builder()
                .collectionName(C)
                .vectorFieldName("vec")
                .vectors(List.of(q))
                .metricType(IndexParam.MetricType.L2)
                .batchSize(100)
                .build());
        List<Object> seen = new ArrayList<>();
        float last = -1;
        while (true) {
            List<SearchResp.SearchResult> page = it.next();
            if (page.isEmpty()) {
                it.close();
                break;
            }
            for (SearchResp.SearchResult h : page) {
                assertTrue(h.getScore() >= last, "ascending distances");
                last = h.getScore();
                seen.add(h.getId());
            }
        }
        assertEquals(N, seen.size(), "search iterator rows");
        assertEquals(N, new HashSet<>(seen).size(), "search iterator distinct rows");

        // queryIterator over every row, once, in primary-key order
        QueryIterator qi = client.queryIterator(QueryIteratorReq.builder()
                .collectionName(C)
                .expr("id >= 0")
                .batchSize(170)
                .build());
        List<Long> ids = new ArrayList<>();
        while (true) {
            List<QueryResultsWrapper.RowRecord> page = qi.next();
            if (page.isEmpty()) {
                qi.close();
                break;
            }
            for (QueryResultsWrapper.RowRecord r : page) {
                ids.add(((Number) r.get("id")).longValue());
            }
        }
        List<Long> sorted = new ArrayList<>(ids);
        sorted.sort(Long::compare);
        assertEquals(N, ids.size(), "query iterator rows");
        assertEquals(sorted, ids, "query iterator order");
        assertEquals(N, new HashSet<>(ids).size(), "query iterator distinct rows");
    }

    private static List<SearchResp.SearchResult> plain(
            MilvusClientV2 client, String field, FloatVec q, IndexParam.MetricType metric) {
        return client.search(SearchReq.builder()
                        .collectionName(C)
                        .annsField(field)
                        .data(List.of(q))
                        .limit(20)
                        .metricType(metric)
                        .build())
                .getSearchResults()
                .get(0);
    }
}
