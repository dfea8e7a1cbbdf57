package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.server.model.Profile;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.vector.request.AnnSearchReq;
import io.partita.v2.service.vector.request.FunctionScore;
import io.partita.v2.service.vector.request.HybridSearchReq;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.data.FloatVec;
import io.partita.v2.service.vector.request.ranker.DecayRanker;
import io.partita.v2.service.vector.request.ranker.ModelRanker;
import io.partita.v2.service.vector.request.ranker.RRFRanker;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code HybridSearchReq.functionScore} (Milvus 2.6) against the reference server over gRPC: a
 * decay fuses two IP searches as Milvus's decay_function.go does (a key's best score over the
 * searches times the decay of its year), with {@code offset}; a ranker together with a function
 * score is the official client's refusal; a model reranker is refused with Milvus's text.
 */
class HybridFunctionScoreV2Test {
    private static final String C = "hybrid_fs_v2";

    @Test
    void aDecayFusesTheSearchesByTheirBestScore() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            try {
                create(client);
                client.insert(InsertReq.builder()
                        .collectionName(C)
                        .data(List.of(
                                row(1, 4f, 1f, 2000),
                                row(2, 1f, 3f, 2010),
                                row(3, 2f, 2f, 2000),
                                row(4, 0.5f, 0.5f, 2000)))
                        .build());
                DecayRanker recent = DecayRanker.builder()
                        .name("recent")
                        .inputFieldNames(List.of("year"))
                        .function("gauss")
                        .origin(2000)
                        .scale(10)
                        .build();

                // best IP scores 4, 3, 2, 0.5; id 2's year decays to 0.5
                List<SearchResp.SearchResult> hits = hybrid(
                        client,
                        null,
                        FunctionScore.builder().addFunction(recent).build(),
                        0);
                assertThat(hits).extracting(SearchResp.SearchResult::getId).containsExactly(1L, 3L, 2L, 4L);
                assertThat(hits.get(2).getScore()).isCloseTo(1.5f, within(1e-6f));
                assertThat(hits.get(0).getEntity()).doesNotContainKey("year");

                hits = hybrid(
                        client,
                        null,
                        FunctionScore.builder().addFunction(recent).build(),
                        1);
                assertThat(hits).extracting(SearchResp.SearchResult::getId).containsExactly(3L, 2L, 4L);

                // a decay ranker given as the ranker: a function score of that one function, as the
                // official client routes it
                hits = hybrid(client, recent, null, 0);
                assertThat(hits).extracting(SearchResp.SearchResult::getId).containsExactly(1L, 3L, 2L, 4L);
                assertThat(hits.get(2).getScore()).isCloseTo(1.5f, within(1e-6f));
                assertThatThrownBy(() -> hybrid(
                                client,
                                ModelRanker.builder()
                                        .name("semantic")
                                        .inputFieldNames(List.of("title"))
                                        .queries(List.of("q"))
                                        .build(),
                                null,
                                0))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getServerErrCode()).isEqualTo(1100);
                            assertThat(e.getMessage()).isEqualTo("Unknow rerank model provider:tei");
                        });

                assertThatThrownBy(() -> hybrid(
                                client,
                                RRFRanker.builder().build(),
                                FunctionScore.builder().addFunction(recent).build(),
                                0))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_PARAMS);
                            assertThat(e.getMessage()).isEqualTo("Not allow to set both ranker and functionScore.");
                        });
                assertThatThrownBy(() -> hybrid(
                                client,
                                null,
                                FunctionScore.builder()
                                        .addFunction(ModelRanker.builder()
                                                .name("semantic")
                                                .inputFieldNames(List.of("title"))
                                                .queries(List.of("q"))
                                                .build())
                                        .build(),
                                0))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getServerErrCode()).isEqualTo(1100);
                            assertThat(e.getMessage()).isEqualTo("Unknow rerank model provider:tei");
                        });
            } finally {
                client.close();
            }
        }
    }

    private static List<SearchResp.SearchResult> hybrid(
            MilvusClientV2 client, CreateCollectionReq.Function ranker, FunctionScore fs, long offset) {
        return client.hybridSearch(HybridSearchReq.builder()
                        .collectionName(C)
                        .searchRequests(List.of(ann("a"), ann("b")))
                        .ranker(ranker)
                        .functionScore(fs)
                        .offset(offset)
                        .limit(4 - offset)
                        .outFields(List.of("id"))
                        .build())
                .getSearchResults()
                .get(0);
    }

    private static AnnSearchReq ann(String field) {
        return AnnSearchReq.builder()
                .vectorFieldName(field)
                .vectors(List.of(new FloatVec(new float[] {1f, 0f})))
                .limit(4)
                .build();
    }

    private static void create(MilvusClientV2 client) {
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder()
                .fieldName("id")
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
                .build());
        for (String v : List.of("a", "b")) {
            schema.addField(AddFieldReq.builder()
                    .fieldName(v)
                    .dataType(DataType.FloatVector)
                    .dimension(2)
                    .build());
        }
        schema.addField(
                AddFieldReq.builder().fieldName("year").dataType(DataType.Int64).build());
        schema.addField(AddFieldReq.builder()
                .fieldName("title")
                .dataType(DataType.VarChar)
                .maxLength(16)
                .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(C)
                .collectionSchema(schema)
                .indexParams(List.of(index("a"), index("b")))
                .build());
    }

    private static IndexParam index(String field) {
        return IndexParam.builder()
                .fieldName(field)
                .indexType(IndexParam.IndexType.FLAT)
                .metricType(IndexParam.MetricType.IP)
                .build();
    }

    private static JsonObject row(long id, float a, float b, long year) {
        JsonObject r = new JsonObject();
        r.addProperty("id", id);
        r.add("a", vec(a));
        r.add("b", vec(b));
        r.addProperty("year", year);
        r.addProperty("title", "t" + id);
        return r;
    }

    private static JsonArray vec(float x) {
        JsonArray v = new JsonArray();
        v.add(x);
        v.add(0f);
        return v;
    }
}
