package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.server.model.Profile;
import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.DescribeCollectionReq;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.QueryReq;
import io.partita.v2.service.vector.response.QueryResp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Today's data model through the V2 API over gRPC and RESTful v2, against the reference server
 * (milvus-2.6): quick setup's dynamic field (rows with extra keys, filters on them, the keys read
 * back as entries of the row), JSON and Array fields as Gson values, a nullable field left out.
 */
class DataModelV2Test {

    @Test
    void overGrpc() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            try {
                quickSetupKeepsExtraKeys(client);
                jsonArrayAndNullableFields(client);
            } finally {
                client.close();
            }
        }
    }

    @Test
    void overRestfulV2() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder()
                    .uri(servers.httpUri() + "/v2/vectordb")
                    .build());
            try {
                quickSetupKeepsExtraKeys(client);
                jsonArrayAndNullableFields(client);
            } finally {
                client.close();
            }
        }
    }

    private static void quickSetupKeepsExtraKeys(MilvusClientV2 client) {
        client.createCollection(CreateCollectionReq.builder()
                .collectionName("quick")
                .dimension(4)
                .build());
        assertThat(client.describeCollection(DescribeCollectionReq.builder()
                                .collectionName("quick")
                                .build())
                        .getEnableDynamicField())
                .isTrue();
        client.insert(InsertReq.builder()
                .collectionName("quick")
                .data(List.of(
                        row("{\"id\": 1, \"vector\": [1, 0, 0, 0], \"color\": \"red\", \"size\": {\"w\": 3}}"),
                        row("{\"id\": 2, \"vector\": [0, 1, 0, 0], \"color\": \"blue\"}")))
                .build());
        Map<Long, Map<String, Object>> rows = query(client, "quick", "color == \"red\"", List.of("*"));
        assertThat(rows).containsOnlyKeys(1L);
        assertThat(rows.get(1L)).containsEntry("color", JsonParser.parseString("\"red\""));
        assertThat(rows.get(1L).get("size")).isEqualTo(JsonParser.parseString("{\"w\": 3}"));
        assertThat(query(client, "quick", "size[\"w\"] == 3", List.of("color"))).containsOnlyKeys(1L);
    }

    private static void jsonArrayAndNullableFields(MilvusClientV2 client) {
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
        schema.addField(
                AddFieldReq.builder().fieldName("doc").dataType(DataType.JSON).build());
        schema.addField(AddFieldReq.builder()
                .fieldName("tags")
                .dataType(DataType.Array)
                .elementType(DataType.VarChar)
                .maxLength(16)
                .maxCapacity(3)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("note")
                .dataType(DataType.VarChar)
                .maxLength(16)
                .isNullable(true)
                .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName("typed")
                .collectionSchema(schema)
                .indexParams(List.of(IndexParam.builder()
                        .fieldName("vec")
                        .indexType(IndexParam.IndexType.FLAT)
                        .metricType(IndexParam.MetricType.L2)
                        .build()))
                .build());
        client.insert(InsertReq.builder()
                .collectionName("typed")
                .data(List.of(
                        row("{\"id\": 1, \"vec\": [1, 0, 0, 0], \"doc\": {\"a\": 1}, \"tags\": [\"x\", \"y\"],"
                                + " \"note\": \"hi\"}"),
                        row("{\"id\": 2, \"vec\": [0, 1, 0, 0], \"doc\": {\"a\": 2}, \"tags\": []}")))
                .build());
        Map<Long, Map<String, Object>> rows = query(client, "typed", "id > 0", List.of("doc", "tags", "note"));
        assertThat(rows).containsOnlyKeys(1L, 2L);
        assertThat(rows.get(1L).get("doc")).isEqualTo(JsonParser.parseString("{\"a\": 1}"));
        assertThat(rows.get(1L).get("tags")).isEqualTo(List.of("x", "y"));
        assertThat(rows.get(1L).get("note")).isEqualTo("hi");
        assertThat(rows.get(2L).get("note")).isNull();
        assertThat(query(client, "typed", "array_contains(tags, \"y\")", List.of("doc")))
                .containsOnlyKeys(1L);
        assertThat(query(client, "typed", "doc[\"a\"] == 2", List.of("doc"))).containsOnlyKeys(2L);

        JsonObject fourTags =
                row("{\"id\": 3, \"vec\": [0, 0, 1, 0], \"doc\": {}, \"tags\": [\"a\", \"b\", \"c\", \"d\"]}");
        assertThatThrownBy(() -> client.insert(InsertReq.builder()
                        .collectionName("typed")
                        .data(List.of(fourTags))
                        .build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("max capacity");
        JsonObject stray = row("{\"id\": 4, \"vec\": [0, 0, 1, 0], \"doc\": {}, \"tags\": [], \"extra\": 1}");
        assertThatThrownBy(() -> client.insert(InsertReq.builder()
                        .collectionName("typed")
                        .data(List.of(stray))
                        .build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("extra");
    }

    private static JsonObject row(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    private static Map<Long, Map<String, Object>> query(
            MilvusClientV2 client, String collection, String filter, List<String> outputs) {
        QueryResp r = client.query(QueryReq.builder()
                .collectionName(collection)
                .filter(filter)
                .outputFields(outputs)
                .consistencyLevel(ConsistencyLevel.STRONG)
                .build());
        Map<Long, Map<String, Object>> rows = new HashMap<>();
        for (QueryResp.QueryResult q : r.getQueryResults()) {
            rows.put(((Number) q.getEntity().get("id")).longValue(), q.getEntity());
        }
        return rows;
    }
}
