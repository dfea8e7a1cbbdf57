package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.server.model.Profile;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.vector.request.AnnSearchReq;
import io.partita.v2.service.vector.request.HybridSearchReq;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.data.FloatVec;
import io.partita.v2.service.vector.request.ranker.RRFRanker;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A grouping {@code MilvusClientV2.hybridSearch} ({@code groupByFieldName}, {@code groupSize},
 * {@code strictGroupSize}) against the real reference server (profile milvus-2.6) over gRPC: the
 * fused hits grouped after the rerank, checked against grouping the ungrouped fused ranking by hand,
 * and Milvus's refusals of a grouping field it cannot group by and of a group size too large.
 */
class HybridGroupingV2Test {
    private static final String C = "hybrid_grouping_v2";
    private static final String[] COLORS = {"red", "green", "blue", "black", "white", "pink", "grey"};

    @Test
    void groupsTheFusedHitsAfterTheRerankAndRefusesBadGroupings() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            try {
                setUp(client);
                run(client);
            } finally {
                client.close();
            }
        }
    }

    private static void run(MilvusClientV2 client) {
        float[] q1 = {0.1f, 0.2f, 0.3f, 0.4f};
        float[] q2 = {0.4f, -0.3f, 0.2f, -0.1f};
        List<AnnSearchReq> reqs = List.of(
                AnnSearchReq.builder()
                        .vectorFieldName("vec")
                        .vectors(List.of(new FloatVec(q1)))
                        .limit(20)
                        .build(),
                AnnSearchReq.builder()
                        .vectorFieldName("img")
                        .vectors(List.of(new FloatVec(q2)))
                        .limit(20)
                        .build());
        // every fused hit (the two searches hold at most 40 rows), best first
        List<SearchResp.SearchResult> all = client.hybridSearch(HybridSearchReq.builder()
                        .collectionName(C)
                        .searchRequests(reqs)
                        .ranker(new RRFRanker(60))
                        .limit(40)
                        .outFields(List.of("color"))
                        .build())
                .getSearchResults()
                .get(0);
        // grouped by hand: the first 3 colors met in the fused ranking, up to 2 hits each
        Map<Object, List<SearchResp.SearchResult>> groups = new LinkedHashMap<>();
        for (SearchResp.SearchResult h : all) {
            Object color = h.getEntity().get("color");
            if (groups.containsKey(color) || groups.size() < 3) {
                List<SearchResp.SearchResult> g = groups.computeIfAbsent(color, k -> new ArrayList<>());
                if (g.size() < 2) {
                    g.add(h);
                }
            }
        }
        Map<Object, Float> expected = new HashMap<>();
        groups.values().forEach(g -> g.forEach(h -> expected.put(h.getId(), h.getScore())));

        HybridSearchReq grouped = HybridSearchReq.builder()
                .collectionName(C)
                .searchRequests(reqs)
                .ranker(new RRFRanker(60))
                .limit(3)
                .outFields(List.of("color"))
                .groupByFieldName("color")
                .groupSize(2)
                .strictGroupSize(false)
                .build();
        assertThat(grouped.getTopK()).isEqualTo(3);
        List<SearchResp.SearchResult> hits =
                client.hybridSearch(grouped).getSearchResults().get(0);
        assertThat(hits).hasSize(expected.size());
        Map<Object, Integer> perColor = new HashMap<>();
        for (SearchResp.SearchResult h : hits) {
            assertThat(expected).containsKey(h.getId());
            assertThat(h.getScore()).isCloseTo(expected.get(h.getId()), within(1e-6f));
            perColor.merge(h.getEntity().get("color"), 1, Integer::sum);
        }
        assertThat(perColor.keySet()).containsExactlyInAnyOrderElementsOf(groups.keySet());
        assertThat(perColor.values()).allMatch(n -> n <= 2);

        // one hit per group by default: 3 hits of 3 different colors
        List<SearchResp.SearchResult> single = client.hybridSearch(HybridSearchReq.builder()
                        .collectionName(C)
                        .searchRequests(reqs)
                        .ranker(new RRFRanker(60))
                        .limit(3)
                        .outFields(List.of("color"))
                        .groupByFieldName("color")
                        .build())
                .getSearchResults()
                .get(0);
        assertThat(single).hasSize(3);
        assertThat(single.stream().map(h -> h.getEntity().get("color")).distinct())
                .hasSize(3);

        // milvus-io/milvus internal/proxy/search_util.go parseGroupByInfo / parseGroupByField
        assertThatThrownBy(() -> client.hybridSearch(HybridSearchReq.builder()
                        .collectionName(C)
                        .searchRequests(reqs)
                        .ranker(new RRFRanker(60))
                        .limit(3)
                        .groupByFieldName("shade")
                        .build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("groupBy field not found in schema: field not found[field=shade]");
        assertThatThrownBy(() -> client.hybridSearch(HybridSearchReq.builder()
                        .collectionName(C)
                        .searchRequests(reqs)
                        .ranker(new RRFRanker(60))
                        .limit(3)
                        .groupByFieldName("color")
                        .groupSize(100000)
                        .build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("input group size:100000 exceeds configured max group size:");
    }

    private static void setUp(MilvusClientV2 client) {
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder()
                .fieldName("id")
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
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
        schema.addField(AddFieldReq.builder()
                .fieldName("color")
                .dataType(DataType.VarChar)
                .maxLength(16)
                .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(C)
                .collectionSchema(schema)
                .indexParams(List.of(
                        IndexParam.builder()
                                .fieldName("vec")
                                .indexType(IndexParam.IndexType.FLAT)
                                .metricType(IndexParam.MetricType.L2)
                                .build(),
                        IndexParam.builder()
                                .fieldName("img")
                                .indexType(IndexParam.IndexType.FLAT)
                                .metricType(IndexParam.MetricType.IP)
                                .build()))
                .build());
        Random rnd = new Random(11);
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            JsonObject row = new JsonObject();
            row.addProperty("id", i);
            row.add("vec", vector(rnd));
            row.add("img", vector(rnd));
            row.addProperty("color", COLORS[rnd.nextInt(COLORS.length)]);
            rows.add(row);
        }
        client.insert(InsertReq.builder().collectionName(C).data(rows).build());
    }

    private static JsonArray vector(Random rnd) {
        JsonArray v = new JsonArray();
        for (int d = 0; d < 4; d++) {
            v.add(rnd.nextFloat() * 2 - 1);
        }
        return v;
    }
}
