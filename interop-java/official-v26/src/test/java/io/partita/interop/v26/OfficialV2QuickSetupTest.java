package io.partita.interop.v26;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.ConsistencyLevel;
import io.milvus.v2.service.collection.request.AlterCollectionPropertiesReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.DescribeCollectionReq;
import io.milvus.v2.service.collection.request.HasCollectionReq;
import io.milvus.v2.service.collection.request.RenameCollectionReq;
import io.milvus.v2.service.collection.response.DescribeCollectionResp;
import io.milvus.v2.service.vector.request.DeleteReq;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.UpsertReq;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.milvus.v2.service.vector.response.QueryResp;
import io.milvus.v2.service.vector.response.SearchResp;
import io.partita.interop.ForkedReferenceServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick setup of the official milvus-sdk-java 2.6.22 {@code MilvusClientV2} against the forked
 * reference server (profile milvus-2.6), the same flow as interop/python/scenario_quick_setup.py:
 * {@code createCollection(name, dimension)} (dynamic field on, indexed and loaded by the client),
 * rows with extra keys, {@code count(*)}, upsert, searches filtered on a dynamic key and a JSON path,
 * a filter template, delete by a dynamic key; then alterCollectionProperties and renameCollection.
 * Every read is Strong, so the flow runs unchanged against real Milvus.
 */
class OfficialV2QuickSetupTest {
    private static final String C = "quick_setup_java";
    private static final int DIM = 8;
    private static final int N = 40;
    private static final String[] COLORS = {"red", "green", "blue", "yellow"};

    @Test
    void theQuickSetupFlowRunsUnchanged() throws Exception {
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

    private static JsonObject row(Random rnd, int i, String color) {
        JsonObject row = new JsonObject();
        row.addProperty("id", (long) i);
        JsonArray v = new JsonArray();
        for (int d = 0; d < DIM; d++) {
            v.add(rnd.nextFloat() * 2 - 1);
        }
        row.add("vector", v);
        row.addProperty("color", color);
        row.addProperty("likes", i * 10L);
        JsonObject info = new JsonObject();
        info.addProperty("level", i % 5);
        row.add("info", info);
        return row;
    }

    private static long count(MilvusClientV2 client, String filter) {
        QueryResp r = client.query(QueryReq.builder()
                .collectionName(C)
                .filter(filter)
                .outputFields(List.of("count(*)"))
                .consistencyLevel(ConsistencyLevel.STRONG)
                .build());
        return (Long) r.getQueryResults().get(0).getEntity().get("count(*)");
    }

    /** A Strong search of {@code q} with this filter and these output fields. */
    private static SearchReq.SearchReqBuilder search(List<Float> q, int limit, String filter, String... fields) {
        return SearchReq.builder()
                .collectionName(C)
                .data(List.of(new FloatVec(q)))
                .limit(limit)
                .filter(filter)
                .outputFields(List.of(fields))
                .consistencyLevel(ConsistencyLevel.STRONG);
    }

    private static void run(MilvusClientV2 client) {
        client.createCollection(
                CreateCollectionReq.builder().collectionName(C).dimension(DIM).build());
        DescribeCollectionResp d = client.describeCollection(
                DescribeCollectionReq.builder().collectionName(C).build());
        assertTrue(d.getEnableDynamicField(), "the quick setup enables the dynamic field");

        Random rnd = new Random(12);
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            rows.add(row(rnd, i, COLORS[i % 4]));
        }
        assertEquals(
                N,
                client.insert(InsertReq.builder().collectionName(C).data(rows).build())
                        .getInsertCnt());
        assertEquals(N, count(client, ""));
        assertEquals(N / 4, count(client, "color == \"red\""));

        long upserted = client.upsert(UpsertReq.builder()
                        .collectionName(C)
                        .data(List.of(row(rnd, 5, "purple"), row(rnd, N, "purple")))
                        .build())
                .getUpsertCnt();
        assertEquals(2, upserted);
        assertEquals(N + 1, count(client, ""));
        assertEquals(2, count(client, "color == \"purple\""));

        List<Float> q = new ArrayList<>();
        rows.get(10).getAsJsonArray("vector").forEach(e -> q.add(e.getAsFloat()));
        SearchResp byKey =
                client.search(search(q, 5, "color == \"red\"", "color").build());
        assertEquals(5, byKey.getSearchResults().get(0).size());
        byKey.getSearchResults()
                .get(0)
                .forEach(h -> assertEquals("red", h.getEntity().get("color")));

        SearchResp byPath =
                client.search(search(q, 5, "info[\"level\"] >= 3", "info").build());
        assertEquals(5, byPath.getSearchResults().get(0).size());
        byPath.getSearchResults().get(0).forEach(h -> {
            JsonObject info = (JsonObject) h.getEntity().get("info");
            assertTrue(info.get("level").getAsInt() >= 3, "level of " + h);
        });

        SearchResp templated = client.search(search(q, 50, "likes > {low} and color in {cs}", "likes", "color")
                .filterTemplateValues(Map.of("low", 200L, "cs", List.of("red", "blue")))
                .build());
        // ids 21..39 that are red (i % 4 == 0) or blue (i % 4 == 2): the even ones, 22..38
        assertEquals(9, templated.getSearchResults().get(0).size());

        client.delete(DeleteReq.builder()
                .collectionName(C)
                .filter("color == {c}")
                .filterTemplateValues(Map.of("c", "purple"))
                .build());
        assertEquals(N - 1, count(client, ""));

        client.alterCollectionProperties(AlterCollectionPropertiesReq.builder()
                .collectionName(C)
                .property("collection.ttl.seconds", "3600")
                .build());
        DescribeCollectionResp altered = client.describeCollection(
                DescribeCollectionReq.builder().collectionName(C).build());
        assertEquals("3600", altered.getProperties().get("collection.ttl.seconds"));

        client.renameCollection(RenameCollectionReq.builder()
                .collectionName(C)
                .newCollectionName(C + "_renamed")
                .build());
        assertFalse(client.hasCollection(
                HasCollectionReq.builder().collectionName(C).build()));
        assertTrue(client.hasCollection(
                HasCollectionReq.builder().collectionName(C + "_renamed").build()));
    }
}
