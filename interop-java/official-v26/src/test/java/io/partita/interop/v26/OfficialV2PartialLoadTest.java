package io.partita.interop.v26;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.exception.MilvusClientException;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.collection.request.ReleaseCollectionReq;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.milvus.v2.service.vector.response.QueryResp;
import io.milvus.v2.service.vector.response.SearchResp;
import io.partita.interop.ForkedReferenceServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The official milvus-sdk-java 2.6.22 V2 client loads part of a collection on the forked reference
 * server (profile milvus-2.6): {@code loadFields} keeps the other fields out of reads with Milvus's
 * refusals, a changed field list is refused, and {@code refresh} needs a loaded collection. (The
 * dynamic-field refusals are PartialLoadTest's: this client's insert of dynamic keys is refused by
 * the server today, "field  does not exist in the collection schema", a gap outside partial loads.)
 */
class OfficialV2PartialLoadTest {
    private static final String C = "partial_load_java";
    private static final int N = 500;

    @Test
    void loadFieldsSkipLoadDynamicFieldAndRefreshWorkThroughTheOfficialClient() throws Exception {
        try (ForkedReferenceServer server = ForkedReferenceServer.start("milvus-2.6")) {
            MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder()
                    .uri("http://" + server.host() + ":" + server.grpcPort())
                    .build());
            try {
                run(client);
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
        schema.addField(
                AddFieldReq.builder().fieldName("age").dataType(DataType.Int64).build());
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
        client.releaseCollection(
                ReleaseCollectionReq.builder().collectionName(C).build());
        Random rnd = new Random(5);
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            JsonObject row = new JsonObject();
            row.addProperty("id", i);
            row.addProperty("age", i % 50);
            JsonArray v = new JsonArray();
            for (int d = 0; d < 4; d++) {
                v.add(rnd.nextFloat());
            }
            row.add("vec", v);
            rows.add(row);
        }
        client.insert(InsertReq.builder().collectionName(C).data(rows).build());

        client.loadCollection(LoadCollectionReq.builder()
                .collectionName(C)
                .loadFields(List.of("id", "vec"))
                .skipLoadDynamicField(true)
                .build());

        SearchResp all = client.search(SearchReq.builder()
                .collectionName(C)
                .annsField("vec")
                .data(List.of(new FloatVec(new float[] {0.5f, 0.5f, 0.5f, 0.5f})))
                .topK(5)
                .outputFields(List.of("*"))
                .build());
        assertEquals(
                Set.of("id", "vec"),
                all.getSearchResults().get(0).get(0).getEntity().keySet(),
                "'*' names the loaded fields only");
        QueryResp count = client.query(QueryReq.builder()
                .collectionName(C)
                .filter("id >= 0")
                .outputFields(List.of("count(*)"))
                .build());
        assertEquals((long) N, count.getQueryResults().get(0).getEntity().get("count(*)"));

        assertRefused(
                "field age is not loaded",
                () -> client.query(QueryReq.builder()
                        .collectionName(C)
                        .filter("id < 5")
                        .outputFields(List.of("age"))
                        .build()));
        assertRefused(
                "name:\"age\" data_type:Int64 is not loaded",
                () -> client.query(
                        QueryReq.builder().collectionName(C).filter("age > 3").build()));
        assertRefused(
                "can't change the load field list for loaded collection",
                () -> client.loadCollection(
                        LoadCollectionReq.builder().collectionName(C).build()));

        // refresh: only a loaded collection
        client.releaseCollection(
                ReleaseCollectionReq.builder().collectionName(C).build());
        assertRefused(
                "collection not loaded",
                () -> client.loadCollection(LoadCollectionReq.builder()
                        .collectionName(C)
                        .refresh(true)
                        .build()));
        client.loadCollection(LoadCollectionReq.builder().collectionName(C).build());
        client.loadCollection(
                LoadCollectionReq.builder().collectionName(C).refresh(true).build());
        QueryResp ages = client.query(QueryReq.builder()
                .collectionName(C)
                .filter("age == 7")
                .outputFields(List.of("age"))
                .build());
        assertEquals(N / 50, ages.getQueryResults().size(), "a full load serves every field again");
    }

    private static void assertRefused(String expected, Runnable call) {
        MilvusClientException e = assertThrows(MilvusClientException.class, call::run);
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
