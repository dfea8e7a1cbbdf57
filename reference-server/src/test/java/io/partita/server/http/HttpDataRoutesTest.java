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

    private static void awaitLoaded() throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            JsonObject p =
                    json(http.send("GET", "/api/v1/collections", "{\"type\":1,\"collection_names\":[\"docs\"]}"));
            if (p.has("inMemory_percentages")
                    && p.getAsJsonArray("inMemory_percentages").get(0).getAsLong() == 100) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("collection docs did not load within 30 s");
    }
}
