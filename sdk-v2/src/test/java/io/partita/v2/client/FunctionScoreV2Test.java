package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.server.model.Profile;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.vector.request.FunctionScore;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.data.FloatVec;
import io.partita.v2.service.vector.request.ranker.DecayRanker;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code SearchReq.functionScore} with a {@link DecayRanker} (Milvus 2.6) against the reference
 * server over gRPC and REST: the hits are reordered by their IP score times the gauss decay of their
 * {@code year}, with the scores Milvus's decay_function.go gives, computed here by hand.
 */
class FunctionScoreV2Test {
    private static final String C = "decay_v2";

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"grpc", "rest"})
    void aGaussDecayReordersTheHitsWithMilvussScores(String transport) throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder()
                    .uri(transport.equals("grpc") ? servers.grpcUri() : servers.httpUri())
                    .build());
            try {
                create(client);
                // raw IP scores against (1, 0): id 1 scores 2, the others 1
                client.insert(InsertReq.builder()
                        .collectionName(C)
                        .data(List.of(row(1, 2f, 2020), row(2, 1f, 2000), row(3, 1f, 2005), row(4, 1f, 2010)))
                        .build());

                SearchResp r = client.search(SearchReq.builder()
                        .collectionName(C)
                        .annsField("vec")
                        .data(List.of(new FloatVec(new float[] {1f, 0f})))
                        .limit(4)
                        .outputFields(List.of("id"))
                        .functionScore(FunctionScore.builder()
                                .addFunction(DecayRanker.builder()
                                        .name("recent")
                                        .inputFieldNames(List.of("year"))
                                        .function("gauss")
                                        .origin(2000)
                                        .scale(10)
                                        .build())
                                .build())
                        .build());

                List<SearchResp.SearchResult> hits = r.getSearchResults().get(0);
                assertThat(hits).extracting(SearchResp.SearchResult::getId).containsExactly(2L, 3L, 4L, 1L);
                // gauss: exp(adj² · ln(0.5) / scale²), adj = |year - 2000|; times the IP score
                assertThat(hits.get(0).getScore()).isCloseTo(1.0f, within(1e-6f));
                assertThat(hits.get(1).getScore()).isCloseTo((float) Math.exp(25 * Math.log(0.5) / 100), within(1e-6f));
                assertThat(hits.get(2).getScore()).isCloseTo(0.5f, within(1e-6f));
                assertThat(hits.get(3).getScore()).isCloseTo(2f * 0.0625f, within(1e-6f));
                assertThat(hits.get(0).getEntity()).doesNotContainKey("year");

                // Milvus's refusals (decay_function.go, function_score.go)
                assertThatThrownBy(() -> client.search(decayed(DecayRanker.builder()
                                .name("no_scale")
                                .inputFieldNames(List.of("year"))
                                .origin(2000)
                                .build())))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("Decay function lost param: scale");
                assertThatThrownBy(() -> client.search(decayed(DecayRanker.builder()
                                .name("on_text")
                                .inputFieldNames(List.of("title"))
                                .origin(0)
                                .scale(1)
                                .build())))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining(
                                "Decay rerank: unsupported input field type:VarChar, only support numberic field");
            } finally {
                client.close();
            }
        }
    }

    private static SearchReq decayed(DecayRanker ranker) {
        return SearchReq.builder()
                .collectionName(C)
                .annsField("vec")
                .data(List.of(new FloatVec(new float[] {1f, 0f})))
                .limit(4)
                .functionScore(FunctionScore.builder().addFunction(ranker).build())
                .build();
    }

    private static void create(MilvusClientV2 client) {
        SmallCollections.create(client, C, "year", "title", IndexParam.MetricType.IP, false);
    }

    private static JsonObject row(long id, float x, long year) {
        JsonObject r = new JsonObject();
        r.addProperty("id", id);
        JsonArray vec = new JsonArray();
        vec.add(x);
        vec.add(0f);
        r.add("vec", vec);
        r.addProperty("year", year);
        r.addProperty("title", "t" + id);
        return r;
    }
}
