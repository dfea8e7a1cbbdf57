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
import io.partita.v2.service.vector.request.ranker.BoostRanker;
import io.partita.v2.service.vector.request.ranker.ModelRanker;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * {@link BoostRanker} and {@link ModelRanker} in a search's function score against the reference
 * server (milvus-2.6, gRPC): a filtered weight multiplies the matching hits' IP scores and reorders
 * them; two boosts merged and applied by {@code function_mode}/{@code boost_mode} {@code sum}; a
 * random score is stable and below the raw score; Milvus's refusals (plan_parser_v2.go) and its
 * text for a model provider the server does not know.
 */
class BoostRankerV2Test {
    private static final String C = "boost_v2";

    @Test
    void boostsReorderTheHitsAndModelsAreRefused() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            try {
                create(client);
                // raw IP scores against (1, 0): 4, 3, 2, 1
                client.insert(InsertReq.builder()
                        .collectionName(C)
                        .data(List.of(row(1, 4f, "a"), row(2, 3f, "b"), row(3, 2f, "a"), row(4, 1f, "b")))
                        .build());

                List<SearchResp.SearchResult> hits = search(
                        client,
                        FunctionScore.builder()
                                .addFunction(boost("kind == \"b\"", 3f))
                                .build());
                assertThat(hits).extracting(SearchResp.SearchResult::getId).containsExactly(2L, 1L, 4L, 3L);
                assertThat(hits).extracting(SearchResp.SearchResult::getScore).containsExactly(9f, 4f, 3f, 2f);

                // boosts merged by sum (b: 3, id >= 3: 0.5) and added to the score
                hits = search(
                        client,
                        FunctionScore.builder()
                                .addFunction(boost("kind == \"b\"", 3f))
                                .addFunction(boost("id >= 3", 0.5f))
                                .params(Map.of("function_mode", "sum", "boost_mode", "sum"))
                                .build());
                assertThat(hits).extracting(SearchResp.SearchResult::getId).containsExactly(2L, 4L, 1L, 3L);
                assertThat(hits.get(1).getScore()).isCloseTo(4.5f, within(1e-6f));
                assertThat(hits.get(3).getScore()).isCloseTo(2.5f, within(1e-6f));

                // a random score drawn from the rank field: stable, each score in [0, raw)
                FunctionScore random = FunctionScore.builder()
                        .addFunction(BoostRanker.builder()
                                .name("shuffle")
                                .weight(1f)
                                .randomScoreSeed(7L)
                                .randomScoreField("rank")
                                .build())
                        .build();
                List<SearchResp.SearchResult> once = search(client, random);
                assertThat(search(client, random))
                        .extracting(SearchResp.SearchResult::getScore)
                        .containsExactlyElementsOf(once.stream()
                                .map(SearchResp.SearchResult::getScore)
                                .collect(Collectors.toList()));
                for (SearchResp.SearchResult h : once) {
                    assertThat(h.getScore()).isBetween(0f, 5f - (Long) h.getId());
                    assertThat(h.getEntity()).doesNotContainKey("rank");
                }

                refused(
                        () -> search(
                                client,
                                FunctionScore.builder()
                                        .addFunction(boost("kind == \"b\"", null))
                                        .build()),
                        65535,
                        "must set weight params for weight scorer");
                refused(
                        () -> search(
                                client,
                                FunctionScore.builder()
                                        .addFunction(BoostRanker.builder()
                                                .name("bad")
                                                .weight(1f)
                                                .randomScoreSeed(1L)
                                                .randomScoreField("kind")
                                                .build())
                                        .build()),
                        1100,
                        "only support int64 field as random seed, but got VarChar: invalid parameter");
                refused(
                        () -> search(
                                client,
                                FunctionScore.builder()
                                        .addFunction(boost("kind == \"b\"", 2f))
                                        .params(Map.of("boost_mode", "max"))
                                        .build()),
                        1100,
                        "unknown boost mode: max: invalid parameter");
                assertThatThrownBy(() -> search(
                                client,
                                FunctionScore.builder()
                                        .addFunction(boost("nope ==", 2f))
                                        .build()))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getServerErrCode()).isEqualTo(65535);
                            assertThat(e.getMessage()).startsWith("parse expr failed with error: {");
                        });

                refused(
                        () -> search(
                                client,
                                FunctionScore.builder()
                                        .addFunction(ModelRanker.builder()
                                                .name("semantic")
                                                .inputFieldNames(List.of("kind"))
                                                .queries(List.of("what is b"))
                                                .endpoint("http://localhost:8080")
                                                .build())
                                        .build()),
                        1100,
                        "Unknow rerank model provider:tei");
            } finally {
                client.close();
            }
        }
    }

    private static BoostRanker boost(String filter, Float weight) {
        return BoostRanker.builder()
                .name("boost" + Math.abs(filter.hashCode()))
                .filter(filter)
                .weight(weight)
                .build();
    }

    private static void refused(ThrowingCallable call, int code, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MilvusClientException.class, e -> {
            assertThat(e.getServerErrCode()).as(e.getMessage()).isEqualTo(code);
            assertThat(e.getMessage()).isEqualTo(reason);
        });
    }

    private static List<SearchResp.SearchResult> search(MilvusClientV2 client, FunctionScore fs) {
        return client.search(SearchReq.builder()
                        .collectionName(C)
                        .annsField("vec")
                        .data(List.of(new FloatVec(new float[] {1f, 0f})))
                        .limit(4)
                        .outputFields(List.of("id"))
                        .functionScore(fs)
                        .build())
                .getSearchResults()
                .get(0);
    }

    private static void create(MilvusClientV2 client) {
        SmallCollections.create(client, C, "rank", "kind", IndexParam.MetricType.IP, false);
    }

    private static JsonObject row(long id, float x, String kind) {
        JsonObject r = new JsonObject();
        r.addProperty("id", id);
        JsonArray vec = new JsonArray();
        vec.add(x);
        vec.add(0f);
        r.add("vec", vec);
        r.addProperty("rank", id * 10);
        r.addProperty("kind", kind);
        return r;
    }
}
