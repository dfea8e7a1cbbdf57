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
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.data.FloatVec;
import io.partita.v2.service.vector.request.ranker.RRFRanker;
import io.partita.v2.service.vector.request.ranker.WeightedRanker;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code MilvusClientV2.hybridSearch} against the real reference server (profile milvus-2.6), over
 * gRPC, over REST ({@code /api/v1} mode, whose HybridSearch goes to RESTful v2's
 * {@code entities/hybrid_search}) and over REST in RESTful v2 mode: an RRF fusion of two searches
 * on two vector fields checked against fusing the two plain searches by hand, a weighted fusion
 * with Milvus's normalization, the refusal of a weight count that does not match the searches,
 * and the same hits, scores and output fields on every transport as on gRPC.
 */
class HybridSearchV2Test {
    private static final String C = "hybrid_v2";
    private static final int N = 200;

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"grpc", "rest", "restful-v2"})
    void rrfAndWeightedFusionMatchFusingThePlainSearchesAndTheGrpcAnswer(String transport) throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 grpc = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            String uri = transport.equals("grpc")
                    ? servers.grpcUri()
                    : transport.equals("rest") ? servers.httpUri() : servers.httpUri() + "/v2/vectordb";
            MilvusClientV2 client =
                    new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
            try {
                setUp(grpc);
                run(client, grpc);
            } finally {
                client.close();
                grpc.close();
            }
        }
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
                .fieldName("color")
                .dataType(DataType.VarChar)
                .maxLength(16)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("price")
                .dataType(DataType.Float)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("img")
                .dataType(DataType.FloatVector)
                .dimension(4)
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
        Random rnd = new Random(5);
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            JsonObject row = new JsonObject();
            row.addProperty("id", i);
            row.add("vec", vector(rnd));
            row.add("img", vector(rnd));
            row.addProperty("color", COLORS[i % COLORS.length]);
            row.addProperty("price", i * 0.5f);
            rows.add(row);
        }
        client.insert(InsertReq.builder().collectionName(C).data(rows).build());
    }

    private static final String[] COLORS = {"red", "green", "blue"};

    private static void run(MilvusClientV2 client, MilvusClientV2 grpc) {
        float[] q1 = {0.1f, 0.2f, 0.3f, 0.4f};
        float[] q2 = {0.4f, -0.3f, 0.2f, -0.1f};
        List<SearchResp.SearchResult> plainVec = plain(client, "vec", q1);
        List<SearchResp.SearchResult> plainImg = plain(client, "img", q2);
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

        Map<Object, Double> rrf = new HashMap<>();
        for (List<SearchResp.SearchResult> hits : List.of(plainVec, plainImg)) {
            for (int rank = 0; rank < hits.size(); rank++) {
                rrf.merge(hits.get(rank).getId(), 1.0 / (60 + rank + 1), Double::sum);
            }
        }
        List<SearchResp.SearchResult> fused = client.hybridSearch(HybridSearchReq.builder()
                        .collectionName(C)
                        .searchRequests(reqs)
                        .ranker(new RRFRanker(60))
                        .limit(5)
                        .build())
                .getSearchResults()
                .get(0);
        assertFusion(fused, rrf);
        // the official builder shape and deprecated aliases: the same fusion
        List<AnnSearchReq> aliased = List.of(
                AnnSearchReq.builder()
                        .vectorFieldName("vec")
                        .vectors(List.of(new FloatVec(q1)))
                        .topK(20)
                        .build(),
                AnnSearchReq.builder()
                        .vectorFieldName("img")
                        .vectors(List.of(new FloatVec(q2)))
                        .expr("")
                        .topK(20)
                        .build());
        assertFusion(
                client.hybridSearch(HybridSearchReq.builder()
                                .collectionName(C)
                                .searchRequests(aliased)
                                .ranker(RRFRanker.builder().build())
                                .limit(5)
                                .build())
                        .getSearchResults()
                        .get(0),
                rrf);

        Map<Object, Double> weighted = new HashMap<>();
        // Milvus's normalization: L2 → 1 − 2·atan(d)/π, IP → 1/2 + atan(s)/π
        for (SearchResp.SearchResult h : plainVec) {
            weighted.merge(h.getId(), 0.3 * (1 - 2 * Math.atan(h.getScore()) / Math.PI), Double::sum);
        }
        for (SearchResp.SearchResult h : plainImg) {
            weighted.merge(h.getId(), 0.7 * (0.5 + Math.atan(h.getScore()) / Math.PI), Double::sum);
        }
        fused = client.hybridSearch(HybridSearchReq.builder()
                        .collectionName(C)
                        .searchRequests(reqs)
                        .ranker(new WeightedRanker(List.of(0.3f, 0.7f)))
                        .limit(5)
                        .build())
                .getSearchResults()
                .get(0);
        assertFusion(fused, weighted);
        fused = client.hybridSearch(HybridSearchReq.builder()
                        .collectionName(C)
                        .searchRequests(reqs)
                        .ranker(WeightedRanker.builder()
                                .weights(List.of(0.3f, 0.7f))
                                .build())
                        .limit(5)
                        .build())
                .getSearchResults()
                .get(0);
        assertFusion(fused, weighted);

        // the same hits, scores and output fields as over gRPC, with a filter and two query vectors
        List<AnnSearchReq> filtered = List.of(
                AnnSearchReq.builder()
                        .vectorFieldName("vec")
                        .vectors(List.of(new FloatVec(q1), new FloatVec(q2)))
                        .filter("color != \"red\"")
                        .limit(20)
                        .build(),
                AnnSearchReq.builder()
                        .vectorFieldName("img")
                        .vectors(List.of(new FloatVec(q2), new FloatVec(q1)))
                        .params("{\"nprobe\": 4}")
                        .limit(20)
                        .build());
        HybridSearchReq withFields = HybridSearchReq.builder()
                .collectionName(C)
                .searchRequests(filtered)
                .ranker(new RRFRanker(10))
                .limit(7)
                .outFields(List.of("color", "price"))
                .build();
        List<List<SearchResp.SearchResult>> expected =
                grpc.hybridSearch(withFields).getSearchResults();
        List<List<SearchResp.SearchResult>> actual =
                client.hybridSearch(withFields).getSearchResults();
        assertThat(actual).hasSize(2);
        for (int q = 0; q < 2; q++) {
            assertThat(actual.get(q)).hasSize(7);
            for (int i = 0; i < 7; i++) {
                SearchResp.SearchResult a = actual.get(q).get(i);
                SearchResp.SearchResult e = expected.get(q).get(i);
                assertThat(a.getId()).as("query %d hit %d", q, i).isEqualTo(e.getId());
                assertThat(a.getScore()).isCloseTo(e.getScore(), within(1e-6f));
                assertThat(a.getEntity()).isEqualTo(e.getEntity());
                assertThat(a.getEntity().get("price")).isInstanceOf(Float.class);
            }
        }

        assertThatThrownBy(() -> client.hybridSearch(HybridSearchReq.builder()
                        .collectionName(C)
                        .searchRequests(reqs)
                        .ranker(new WeightedRanker(List.of(0.3f, 0.3f, 0.4f)))
                        .limit(5)
                        .build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("one weight per search");
    }

    private static void assertFusion(List<SearchResp.SearchResult> fused, Map<Object, Double> expected) {
        List<Map.Entry<Object, Double>> ranked = new ArrayList<>(expected.entrySet());
        ranked.sort(Map.Entry.<Object, Double>comparingByValue(Comparator.reverseOrder()));
        assertThat(fused).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat((double) fused.get(i).getScore())
                    .as("hit %d", i)
                    .isCloseTo(ranked.get(i).getValue(), within(1e-5));
            assertThat(expected.get(fused.get(i).getId()))
                    .isCloseTo(fused.get(i).getScore(), within(1e-5));
        }
    }

    private static List<SearchResp.SearchResult> plain(MilvusClientV2 client, String field, float[] q) {
        return client.search(SearchReq.builder()
                        .collectionName(C)
                        .annsField(field)
                        .data(List.of(new FloatVec(q)))
                        .limit(20)
                        .build())
                .getSearchResults()
                .get(0);
    }

    private static JsonArray vector(Random rnd) {
        JsonArray a = new JsonArray();
        for (int d = 0; d < 4; d++) {
            a.add(rnd.nextFloat() * 2 - 1);
        }
        return a;
    }
}
