package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.server.model.Profile;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.CollectionInfo;
import io.partita.v2.service.collection.request.AddCollectionFieldReq;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.AlterCollectionFieldReq;
import io.partita.v2.service.collection.request.AlterCollectionReq;
import io.partita.v2.service.collection.request.BatchDescribeCollectionReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.DescribeCollectionReq;
import io.partita.v2.service.collection.request.DropCollectionFieldPropertiesReq;
import io.partita.v2.service.collection.request.GetCollectionStatsReq;
import io.partita.v2.service.collection.request.LoadCollectionReq;
import io.partita.v2.service.collection.request.RefreshLoadReq;
import io.partita.v2.service.collection.request.ReleaseCollectionReq;
import io.partita.v2.service.collection.request.TruncateCollectionReq;
import io.partita.v2.service.collection.response.DescribeCollectionResp;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.QueryReq;
import io.partita.v2.service.vector.response.QueryResp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Milvus 2.6 collection-schema calls of the V2 API against the real reference server:
 * addCollectionField (old rows read null or the default, new rows take values),
 * alterCollectionField and dropCollectionFieldProperties (DescribeCollection shows the change; the
 * server's refusals with Milvus's codes), truncateCollection, batchDescribeCollection, refreshLoad,
 * the deprecated alterCollection and listCollections' collectionInfos, over gRPC; addCollectionField over RESTful v2 too; the older
 * profiles answer UNIMPLEMENTED.
 */
class CollectionSchemaV2Test {
    private static final String C = "book";

    @Test
    void overGrpcOnMilvus26() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            try {
                create(client, C);
                client.insert(InsertReq.builder()
                        .collectionName(C)
                        .data(List.of(row(1), row(2)))
                        .build());

                client.addCollectionField(AddCollectionFieldReq.builder()
                        .collectionName(C)
                        .fieldName("score")
                        .dataType(DataType.Int64)
                        .isNullable(true)
                        .build());
                client.addCollectionField(AddCollectionFieldReq.builder()
                        .collectionName(C)
                        .fieldName("label")
                        .dataType(DataType.VarChar)
                        .maxLength(16)
                        .isNullable(true)
                        .defaultValue("none")
                        .build());
                JsonObject third = row(3);
                third.addProperty("score", 7);
                third.addProperty("label", "fresh");
                client.insert(InsertReq.builder()
                        .collectionName(C)
                        .data(List.of(third))
                        .build());

                Map<Long, Map<String, Object>> rows = rows(client);
                assertThat(rows.get(1L).get("score")).isNull();
                assertThat(rows.get(1L).get("label")).isEqualTo("none");
                assertThat(((Number) rows.get(3L).get("score")).longValue()).isEqualTo(7L);
                assertThat(rows.get(3L).get("label")).isEqualTo("fresh");
                CreateCollectionReq.FieldSchema score = field(client, C, "score");
                assertThat(score.getIsNullable()).isTrue();
                assertThat(score.getDataType()).isEqualTo(DataType.Int64);

                alterField(client);
                batchDescribeRefreshAndAlter(client);
                truncate(client);
            } finally {
                client.close();
            }
        }
    }

    private static void alterField(MilvusClientV2 client) {
        client.alterCollectionField(AlterCollectionFieldReq.builder()
                .collectionName(C)
                .fieldName("label")
                .property("max_length", "64")
                .build());
        assertThat(field(client, C, "label").getMaxLength()).isEqualTo(64);
        JsonObject longer = row(4);
        longer.addProperty("label", "a label longer than sixteen");
        client.insert(
                InsertReq.builder().collectionName(C).data(List.of(longer)).build());

        // Milvus's refusals: a key no field may change (1100), mmap while loaded (104)
        assertThatThrownBy(() -> client.alterCollectionField(AlterCollectionFieldReq.builder()
                        .collectionName(C)
                        .fieldName("vector")
                        .property("dim", "8")
                        .build()))
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ErrorCode.SERVER_ERROR);
                    assertThat(e.getServerErrCode()).isEqualTo(1100);
                    assertThat(e.getMessage()).contains("dim does not allow update in collection field param");
                });
        assertThatThrownBy(() -> client.alterCollectionField(AlterCollectionFieldReq.builder()
                        .collectionName(C)
                        .fieldName("label")
                        .property("mmap.enabled", "true")
                        .build()))
                .isInstanceOfSatisfying(
                        MilvusClientException.class,
                        e -> assertThat(e.getServerErrCode()).isEqualTo(104));

        client.releaseCollection(
                ReleaseCollectionReq.builder().collectionName(C).build());
        client.alterCollectionField(AlterCollectionFieldReq.builder()
                .collectionName(C)
                .fieldName("label")
                .property("mmap.enabled", "true")
                .build());
        assertThat(field(client, C, "label").getTypeParams()).containsEntry("mmap.enabled", "true");
        client.dropCollectionFieldProperties(DropCollectionFieldPropertiesReq.builder()
                .collectionName(C)
                .fieldName("label")
                .propertyKeys(List.of("mmap.enabled"))
                .build());
        assertThat(field(client, C, "label").getTypeParams()).doesNotContainKey("mmap.enabled");
        client.loadCollection(LoadCollectionReq.builder().collectionName(C).build());
    }

    private static void batchDescribeRefreshAndAlter(MilvusClientV2 client) {
        create(client, "film");
        List<DescribeCollectionResp> both = client.batchDescribeCollection(BatchDescribeCollectionReq.builder()
                .collectionNames(List.of("film", C))
                .build());
        assertThat(both).extracting(DescribeCollectionResp::getCollectionName).containsExactly("film", C);
        assertThat(both.get(1).getFieldNames()).contains("score", "label");
        assertThat(both.get(1).getNumOfPartitions()).isEqualTo(1L);
        assertThatThrownBy(() -> client.batchDescribeCollection(BatchDescribeCollectionReq.builder()
                        .collectionNames(List.of(C, "none"))
                        .build()))
                .isInstanceOfSatisfying(
                        MilvusClientException.class,
                        e -> assertThat(e.getServerErrCode()).isEqualTo(100));
        assertThatThrownBy(() -> client.batchDescribeCollection(BatchDescribeCollectionReq.builder()
                        .collectionIds(List.of(1L))
                        .build()))
                .isInstanceOfSatisfying(
                        MilvusClientException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_PARAMS));

        assertThat(client.listCollections().getCollectionInfos())
                .extracting(CollectionInfo::getCollectionName, CollectionInfo::getShardNum)
                .containsExactlyInAnyOrder(tuple(C, null), tuple("film", null));

        client.refreshLoad(RefreshLoadReq.builder().collectionName(C).build());
        assertThat(rows(client)).containsOnlyKeys(1L, 2L, 3L, 4L);

        client.alterCollection(AlterCollectionReq.builder()
                .collectionName(C)
                .property("collection.ttl.seconds", "3600")
                .build());
        assertThat(client.describeCollection(DescribeCollectionReq.builder()
                                .collectionName(C)
                                .build())
                        .getProperties())
                .containsEntry("collection.ttl.seconds", "3600");
    }

    private static void truncate(MilvusClientV2 client) {
        client.truncateCollection(
                TruncateCollectionReq.builder().collectionName(C).build());
        assertThat(rows(client)).isEmpty();
        assertThat(client.getCollectionStats(GetCollectionStatsReq.builder()
                                .collectionName(C)
                                .build())
                        .getNumOfEntities())
                .isZero();
        assertThat(field(client, C, "score")).isNotNull(); // the schema stays
        client.insert(
                InsertReq.builder().collectionName(C).data(List.of(row(9))).build());
        assertThat(rows(client)).containsOnlyKeys(9L);
    }

    @Test
    void addCollectionFieldOverRestfulV2() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder()
                    .uri(servers.httpUri() + "/v2/vectordb")
                    .build());
            try {
                create(client, C);
                client.insert(InsertReq.builder()
                        .collectionName(C)
                        .data(List.of(row(1)))
                        .build());
                client.addCollectionField(AddCollectionFieldReq.builder()
                        .collectionName(C)
                        .fieldName("score")
                        .dataType(DataType.Int64)
                        .isNullable(true)
                        .build());
                JsonObject second = row(2);
                second.addProperty("score", 5);
                client.insert(InsertReq.builder()
                        .collectionName(C)
                        .data(List.of(second))
                        .build());
                Map<Long, Map<String, Object>> rows = rows(client);
                assertThat(rows.get(1L).get("score")).isNull();
                assertThat(((Number) rows.get(2L).get("score")).longValue()).isEqualTo(5L);

                // a default value has no spelling on the route; the field settings of create are refused as at create
                assertThatThrownBy(() -> client.addCollectionField(AddCollectionFieldReq.builder()
                                .collectionName(C)
                                .fieldName("label")
                                .dataType(DataType.VarChar)
                                .isNullable(true)
                                .defaultValue("none")
                                .build()))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getErrorCode()).isEqualTo(ErrorCode.RPC_ERROR);
                            assertThat(e.getMessage()).startsWith("UNIMPLEMENTED");
                        });
                assertThatThrownBy(() -> client.addCollectionField(AddCollectionFieldReq.builder()
                                .collectionName(C)
                                .fieldName("strict")
                                .dataType(DataType.Int64)
                                .build()))
                        .isInstanceOfSatisfying(
                                MilvusClientException.class,
                                e -> assertThat(e.getServerErrCode()).isEqualTo(1100));
            } finally {
                client.close();
            }
        }
    }

    @Test
    void profilesBeforeMilvus26AnswerUnimplemented() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_3)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            try {
                create(client, C);
                assertThatThrownBy(() -> client.truncateCollection(TruncateCollectionReq.builder()
                                .collectionName(C)
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageStartingWith("UNIMPLEMENTED");
                assertThatThrownBy(() -> client.addCollectionField(AddCollectionFieldReq.builder()
                                .collectionName(C)
                                .fieldName("score")
                                .dataType(DataType.Int64)
                                .isNullable(true)
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageStartingWith("UNIMPLEMENTED");
            } finally {
                client.close();
            }
        }
    }

    private static void create(MilvusClientV2 client, String name) {
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder()
                .fieldName("id")
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("vector")
                .dataType(DataType.FloatVector)
                .dimension(4)
                .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(name)
                .collectionSchema(schema)
                .indexParams(List.of(IndexParam.builder()
                        .fieldName("vector")
                        .indexType(IndexParam.IndexType.FLAT)
                        .metricType(IndexParam.MetricType.L2)
                        .build()))
                .build());
        client.loadCollection(LoadCollectionReq.builder().collectionName(name).build());
    }

    private static JsonObject row(long id) {
        JsonObject row = new JsonObject();
        row.addProperty("id", id);
        JsonArray vec = new JsonArray();
        for (int d = 0; d < 4; d++) {
            vec.add((float) (id + d) / 10);
        }
        row.add("vector", vec);
        return row;
    }

    /** id → the row's entity, every row of the collection. */
    private static Map<Long, Map<String, Object>> rows(MilvusClientV2 client) {
        QueryResp q = client.query(QueryReq.builder()
                .collectionName(C)
                .filter("id >= 0")
                .outputFields(List.of("*"))
                .build());
        Map<Long, Map<String, Object>> out = new TreeMap<>();
        for (QueryResp.QueryResult r : q.getQueryResults()) {
            out.put(((Number) r.getEntity().get("id")).longValue(), new HashMap<>(r.getEntity()));
        }
        return out;
    }

    private static CreateCollectionReq.FieldSchema field(MilvusClientV2 client, String collection, String name) {
        return client.describeCollection(DescribeCollectionReq.builder()
                        .collectionName(collection)
                        .build())
                .getCollectionSchema()
                .getField(name);
    }
}
