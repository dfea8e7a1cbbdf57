package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.server.model.Profile;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.QueryReq;
import io.partita.v2.service.vector.request.UpsertReq;
import io.partita.v2.service.vector.response.QueryResp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code UpsertReq.partialUpdate} (Milvus 2.6) against the reference server (milvus-2.6) over gRPC
 * and RESTful v2: a stored row keeps the fields a partial upsert leaves out, its dynamic keys are
 * merged, and a new key's row that leaves out a required field is refused with Milvus's text.
 */
class PartialUpsertV2Test {
    private static final String C = "partial_v2";

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"grpc", "restful-v2"})
    void aPartialUpsertChangesOnlyTheFieldsItGives(String transport) throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder()
                    .uri(transport.equals("grpc") ? servers.grpcUri() : servers.httpUri() + "/v2/vectordb")
                    .build());
            try {
                create(client);
                client.insert(InsertReq.builder()
                        .collectionName(C)
                        .data(List.of(row(1, 10, "one", 0.5f, "x"), row(2, 20, "two", 1.5f, "y")))
                        .build());

                JsonObject change = new JsonObject();
                change.addProperty("id", 1L);
                change.addProperty("score", 11L);
                change.addProperty("added", "k");
                assertThat(client.upsert(UpsertReq.builder()
                                        .collectionName(C)
                                        .data(List.of(change))
                                        .partialUpdate(true)
                                        .build())
                                .getUpsertCnt())
                        .isEqualTo(1);

                Map<String, Object> one = get(client, 1);
                assertThat(((Number) one.get("score")).longValue()).isEqualTo(11L);
                assertThat(one.get("tag")).isEqualTo("one");
                assertThat(floats(one.get("vec"))).containsExactly(0.5f, 0.5f);
                // dynamic keys come back as JSON values, as from the official client
                assertThat(one.get("extra")).hasToString("\"x\""); // the stored dynamic key stays
                assertThat(one.get("added")).hasToString("\"k\""); // and the given one joins it
                Map<String, Object> two = get(client, 2);
                assertThat(((Number) two.get("score")).longValue()).isEqualTo(20L);
                assertThat(count(client)).isEqualTo(2);

                // a new key is an insert: it must give every required field (vec is the first
                // missing one in schema order), Milvus 2.6 LackOfFieldsDataBySchema's text
                JsonObject fresh = new JsonObject();
                fresh.addProperty("id", 3L);
                fresh.addProperty("score", 30L);
                assertThatThrownBy(() -> client.upsert(UpsertReq.builder()
                                .collectionName(C)
                                .data(List.of(fresh))
                                .partialUpdate(true)
                                .build()))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getErrorCode()).isEqualTo(ErrorCode.SERVER_ERROR);
                            assertThat(e.getServerErrCode()).isEqualTo(1100);
                            assertThat(e.getMessage())
                                    .contains("fieldSchema(vec) has no corresponding fieldData pass in");
                        });
                assertThat(count(client)).isEqualTo(2);

                // a whole new row is inserted by a partial upsert
                client.upsert(UpsertReq.builder()
                        .collectionName(C)
                        .data(List.of(row(3, 30, "three", 2.5f, "z")))
                        .partialUpdate(true)
                        .build());
                assertThat(get(client, 3).get("tag")).isEqualTo("three");

                // without partialUpdate the row must be whole (the client checks it)
                assertThatThrownBy(() -> client.upsert(UpsertReq.builder()
                                .collectionName(C)
                                .data(List.of(change))
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("has no value for field 'vec'");

                // array appends and removals are not applied by the reference server: refused before sending
                assertThatThrownBy(() -> client.upsert(UpsertReq.builder()
                                .collectionName(C)
                                .data(List.of(change))
                                .fieldOps(List.of(UpsertReq.FieldPartialUpdateOp.builder()
                                        .fieldName("score")
                                        .opType(UpsertReq.FieldPartialUpdateOp.OpType.ARRAY_APPEND)
                                        .build()))
                                .build()))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_PARAMS);
                            assertThat(e.getMessage()).contains("ARRAY_APPEND");
                        });
            } finally {
                client.close();
            }
        }
    }

    private static void create(MilvusClientV2 client) {
        SmallCollections.create(client, C, "score", "tag", IndexParam.MetricType.L2, true);
    }

    private static JsonObject row(long id, long score, String tag, float v, String extra) {
        JsonObject r = new JsonObject();
        r.addProperty("id", id);
        JsonArray vec = new JsonArray();
        vec.add(v);
        vec.add(v);
        r.add("vec", vec);
        r.addProperty("score", score);
        r.addProperty("tag", tag);
        r.addProperty("extra", extra);
        return r;
    }

    private static Map<String, Object> get(MilvusClientV2 client, long id) {
        List<QueryResp.QueryResult> rows = client.query(QueryReq.builder()
                        .collectionName(C)
                        .filter("id == " + id)
                        .outputFields(List.of("*"))
                        .build())
                .getQueryResults();
        assertThat(rows).hasSize(1);
        return rows.get(0).getEntity();
    }

    private static long count(MilvusClientV2 client) {
        return client.query(QueryReq.builder()
                        .collectionName(C)
                        .filter("id >= 0")
                        .outputFields(List.of("id"))
                        .build())
                .getQueryResults()
                .size();
    }

    @SuppressWarnings("unchecked")
    private static List<Float> floats(Object v) {
        return (List<Float>) v;
    }
}
