package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.server.model.Profile;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.QueryReq;
import io.partita.v2.service.vector.request.UpsertReq;
import io.partita.v2.service.vector.response.QueryResp;
import io.partita.v2.service.vector.response.UpsertResp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code MilvusClientV2.query}'s {@code limit}/{@code offset} and {@code MilvusClientV2.upsert},
 * against the real reference server over gRPC and RESTful v2 (milvus-2.6) and over {@code /api/v1}
 * (milvus-2.3, which has no upsert route: the REST transport answers UNIMPLEMENTED).
 */
class UpsertAndPagedQueryV2Test {
    private static final String C = "upsert_v2";

    @Test
    void overGrpc() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            run(servers.grpcUri(), true);
            autoIdUpsert(servers.grpcUri());
        }
    }

    @Test
    void overRestfulV2() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            run(servers.httpUri() + "/v2/vectordb", true);
            autoIdUpsert(servers.httpUri() + "/v2/vectordb");
        }
    }

    @Test
    void overApiV1() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_3)) {
            run(servers.httpUri(), false);
        }
    }

    private static void run(String uri, boolean upsertServed) {
        MilvusClientV2 client =
                new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        try {
            create(client);
            List<JsonObject> rows = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                rows.add(row(i, "v" + i));
            }
            client.insert(InsertReq.builder().collectionName(C).data(rows).build());
            pagedQuery(client);
            if (upsertServed) {
                upsert(client);
            } else {
                assertThatThrownBy(() -> client.upsert(UpsertReq.builder()
                                .collectionName(C)
                                .data(List.of(row(1, "x")))
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("UNIMPLEMENTED")
                        .hasMessageContaining("Upsert");
            }
        } finally {
            client.close();
        }
    }

    private static void pagedQuery(MilvusClientV2 client) {
        assertThat(ids(query(client, 0, 0))).hasSize(10);
        List<Long> page = ids(query(client, 0, 3));
        assertThat(page).hasSize(3);
        List<Long> next = ids(query(client, 3, 3));
        assertThat(next).hasSize(3).doesNotContainAnyElementsOf(page);
        assertThat(ids(query(client, 8, 5))).hasSize(2);
        // the official client sends the offset only with a limit: an offset alone returns all rows
        assertThat(ids(query(client, 4, 0))).hasSize(10);
        List<Long> all = new ArrayList<>();
        for (int offset = 0; offset < 10; offset += 4) {
            all.addAll(ids(query(client, offset, 4)));
        }
        assertThat(all).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    private static void upsert(MilvusClientV2 client) {
        UpsertResp r = client.upsert(UpsertReq.builder()
                .collectionName(C)
                .data(List.of(row(2, "replaced"), row(42, "new")))
                .build());
        assertThat(r.getUpsertCnt()).isEqualTo(2);
        assertThat(r.getPrimaryKeys()).containsExactly(2L, 42L);
        QueryResp q = client.query(QueryReq.builder()
                .collectionName(C)
                .filter("id in [2, 42]")
                .outputFields(List.of("id", "tag"))
                .build());
        assertThat(q.getQueryResults()).hasSize(2);
        for (QueryResp.QueryResult e : q.getQueryResults()) {
            Object id = e.getEntity().get("id");
            assertThat(e.getEntity().get("tag")).isEqualTo(((Number) id).longValue() == 2L ? "replaced" : "new");
        }
        assertThat(ids(query(client, 0, 0))).hasSize(11);

        // Milvus's codes: an unknown collection (merr.ErrCollectionNotFound, 100), an unknown
        // partition (merr.ErrPartitionNotFound, 200)
        assertThatThrownBy(() -> client.upsert(UpsertReq.builder()
                        .collectionName("no_such")
                        .data(List.of(row(1, "x")))
                        .build()))
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ErrorCode.SERVER_ERROR);
                    assertThat(e.getServerErrCode()).isEqualTo(100);
                    assertThat(e.getMessage()).contains("collection=no_such");
                });
        assertThatThrownBy(() -> client.upsert(UpsertReq.builder()
                        .collectionName(C)
                        .partitionName("nopart")
                        .data(List.of(row(1, "x")))
                        .build()))
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ErrorCode.SERVER_ERROR);
                    assertThat(e.getServerErrCode()).isEqualTo(200);
                    assertThat(e.getMessage()).contains("partition not found");
                });
    }

    /**
     * An auto-id collection: insert leaves the key to the server, upsert names it (gRPC and RESTful v2).
     */
    private static void autoIdUpsert(String uri) {
        MilvusClientV2 client =
                new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        try {
            autoIdUpsert(client);
        } finally {
            client.close();
        }
    }

    private static void autoIdUpsert(MilvusClientV2 client) {
        CreateCollectionReq.CollectionSchema auto = client.createSchema();
        auto.addField(AddFieldReq.builder()
                .fieldName("id")
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
                .autoID(true)
                .build());
        auto.addField(AddFieldReq.builder()
                .fieldName("tag")
                .dataType(DataType.VarChar)
                .maxLength(32)
                .build());
        auto.addField(AddFieldReq.builder()
                .fieldName("vec")
                .dataType(DataType.FloatVector)
                .dimension(4)
                .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName("auto_v2")
                .collectionSchema(auto)
                .indexParams(List.of(IndexParam.builder()
                        .fieldName("vec")
                        .indexType(IndexParam.IndexType.FLAT)
                        .metricType(IndexParam.MetricType.L2)
                        .build()))
                .build());
        JsonObject unkeyed = row(0, "first");
        unkeyed.remove("id");
        Object key = client.insert(InsertReq.builder()
                        .collectionName("auto_v2")
                        .data(List.of(unkeyed))
                        .build())
                .getPrimaryKeys()
                .get(0);
        JsonObject keyed = row(0, "second");
        keyed.addProperty("id", (Long) key);
        assertThat(client.upsert(UpsertReq.builder()
                                .collectionName("auto_v2")
                                .data(List.of(keyed))
                                .build())
                        .getUpsertCnt())
                .isEqualTo(1);
        List<QueryResp.QueryResult> autoRows = client.query(QueryReq.builder()
                        .collectionName("auto_v2")
                        .filter("id >= 0")
                        .outputFields(List.of("tag"))
                        .build())
                .getQueryResults();
        assertThat(autoRows).hasSize(1);
        assertThat(autoRows.get(0).getEntity().get("tag")).isEqualTo("second");
    }

    private static QueryResp query(MilvusClientV2 client, long offset, long limit) {
        return client.query(QueryReq.builder()
                .collectionName(C)
                .filter("id >= 0")
                .offset(offset)
                .limit(limit)
                .build());
    }

    private static List<Long> ids(QueryResp q) {
        List<Long> out = new ArrayList<>();
        for (QueryResp.QueryResult e : q.getQueryResults()) {
            out.add(((Number) e.getEntity().get("id")).longValue());
        }
        return out;
    }

    private static JsonObject row(long id, String tag) {
        JsonObject row = new JsonObject();
        row.addProperty("id", id);
        row.addProperty("tag", tag);
        JsonArray vec = new JsonArray();
        for (int d = 0; d < 4; d++) {
            vec.add((float) (id + d) / 10);
        }
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
                .maxLength(32)
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
