package io.partita.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.server.ReferenceServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Insert, index, load, search and query through the HTTP API in Milvus 2.1's request shapes. */
class HttpDataRoutesTest {
    @TempDir
    static Path dir;

    static ReferenceServer server;
    static HttpProbe http;

    @BeforeAll
    static void start() throws Exception {
        server = ReferenceServer.builder().dataDir(dir).grpcPort(0).httpPort(0).start();
        http = new HttpProbe(server.httpPort());
        String schema = "{\"name\":\"docs\",\"fields\":[{\"name\":\"id\",\"data_type\":5,\"is_primary_key\":true},"
                + "{\"name\":\"vec\",\"data_type\":101,\"type_params\":[{\"key\":\"dim\",\"value\":\"2\"}]}]}";
        assertThat(http.send("POST", "/api/v1/collection", "{\"collection_name\":\"docs\",\"schema\":" + schema + "}")
                        .body())
                .isEqualTo("{}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonObject json(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    @Test
    void rowsInsertedInThe21ShapeAreFoundBySearchAndQuery() throws Exception {
        JsonObject inserted = json(http.send(
                "POST",
                "/api/v1/entities",
                "{\"collection_name\":\"docs\",\"fields_data\":["
                        + "{\"field_name\":\"id\",\"type\":5,\"field\":[1,2,3]},"
                        + "{\"field_name\":\"vec\",\"type\":101,\"field\":[[1,0],[0,1],[1,1]]}],\"num_rows\":3}"));
        assertThat(inserted.get("insert_cnt").getAsLong()).isEqualTo(3);
        assertThat(json(http.send(
                                "POST",
                                "/api/v1/index",
                                "{\"collection_name\":\"docs\",\"field_name\":\"vec\","
                                        + "\"extra_params\":[{\"key\":\"index_type\",\"value\":\"FLAT\"},{\"key\":\"metric_type\",\"value\":\"L2\"}]}"))
                        .size())
                .isZero();
        assertThat(http.send("POST", "/api/v1/collection/load", "{\"collection_name\":\"docs\"}")
                        .body())
                .isEqualTo("{}");
        awaitLoaded();

        JsonObject found = json(http.send(
                "POST",
                "/api/v1/search",
                "{\"collection_name\":\"docs\",\"dsl_type\":1,"
                        + "\"search_params\":[{\"key\":\"anns_field\",\"value\":\"vec\"},{\"key\":\"topk\",\"value\":\"2\"},"
                        + "{\"key\":\"metric_type\",\"value\":\"L2\"},{\"key\":\"params\",\"value\":\"{}\"}],"
                        + "\"vectors\":[[0.9,0.1]]}"));
        JsonArray ids = found.getAsJsonObject("results")
                .getAsJsonObject("ids")
                .getAsJsonObject("IdField")
                .getAsJsonObject("IntId")
                .getAsJsonArray("data");
        assertThat(ids.get(0).getAsLong()).isEqualTo(1);

        JsonObject rows = json(http.send(
                "POST",
                "/api/v1/query",
                "{\"collection_name\":\"docs\",\"expr\":\"id in [2, 3]\"," + "\"output_fields\":[\"id\"]}"));
        assertThat(rows.getAsJsonArray("fields_data").toString()).contains("\"LongData\":{\"data\":[2,3]}");
    }

    @Test
    void int8AndSparseVectorsTravelInThe21Shape() throws Exception {
        String schema = "{\"name\":\"kinds\",\"fields\":[{\"name\":\"id\",\"data_type\":5,\"is_primary_key\":true},"
                + "{\"name\":\"i8\",\"data_type\":105,\"type_params\":[{\"key\":\"dim\",\"value\":\"2\"}]},"
                + "{\"name\":\"sp\",\"data_type\":104}]}";
        assertThat(http.send("POST", "/api/v1/collection", "{\"collection_name\":\"kinds\",\"schema\":" + schema + "}")
                        .body())
                .isEqualTo("{}");
        // int8 rows as byte arrays (base64 works too), sparse rows as {"index": value}
        JsonObject inserted = json(http.send(
                "POST",
                "/api/v1/entities",
                "{\"collection_name\":\"kinds\",\"fields_data\":["
                        + "{\"field_name\":\"id\",\"type\":5,\"field\":[1,2,3]},"
                        + "{\"field_name\":\"i8\",\"type\":105,\"field\":[[10,0],[0,10],\"Cgo=\"]},"
                        + "{\"field_name\":\"sp\",\"type\":104,\"field\":[{\"7\":1.5},{\"2\":1,\"9\":2},{}]}],"
                        + "\"num_rows\":3}"));
        assertThat(inserted.get("insert_cnt").getAsLong()).isEqualTo(3);
        assertThat(http.send("POST", "/api/v1/collection/load", "{\"collection_name\":\"kinds\"}")
                        .body())
                .isEqualTo("{}");
        awaitLoaded("kinds");
        String params = "{\"key\":\"topk\",\"value\":\"1\"},{\"key\":\"params\",\"value\":\"{}\"}";
        JsonObject sparse = json(http.send(
                "POST",
                "/api/v1/search",
                "{\"collection_name\":\"kinds\",\"dsl_type\":1,\"search_params\":[{\"key\":\"anns_field\",\"value\":\"sp\"},"
                        + params + "],\"sparse_vectors\":[{\"9\":1}]}"));
        assertThat(sparse.getAsJsonObject("results").toString()).contains("\"data\":[2]");
        JsonObject dense = json(http.send(
                "POST",
                "/api/v1/search",
                "{\"collection_name\":\"kinds\",\"dsl_type\":1,\"search_params\":[{\"key\":\"anns_field\",\"value\":\"i8\"},"
                        + "{\"key\":\"metric_type\",\"value\":\"L2\"}," + params + "],\"vectors\":[[9,1]]}"));
        assertThat(dense.getAsJsonObject("results").toString()).contains("\"data\":[1]");
        HttpResponse<String> bad = http.send(
                "POST",
                "/api/v1/entities",
                "{\"collection_name\":\"kinds\",\"fields_data\":[{\"field_name\":\"id\",\"type\":5,\"field\":[4]},"
                        + "{\"field_name\":\"i8\",\"type\":105,\"field\":[[1,1]]},"
                        + "{\"field_name\":\"sp\",\"type\":104,\"field\":[[1,2]]}],\"num_rows\":1}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("a sparse vector must be an object of index: value");
    }

    private static void awaitLoaded() throws Exception {
        awaitLoaded("docs");
    }

    private static void awaitLoaded(String collection) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            JsonObject p = json(http.send(
                    "GET", "/api/v1/collections", "{\"type\":1,\"collection_names\":[\"" + collection + "\"]}"));
            if (p.has("inMemory_percentages")
                    && p.getAsJsonArray("inMemory_percentages").get(0).getAsLong() == 100) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("collection " + collection + " did not load within 30 s");
    }
}
