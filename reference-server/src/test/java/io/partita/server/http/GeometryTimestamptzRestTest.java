package io.partita.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TIMESTAMPTZ and GEOMETRY fields on RESTful v2 (milvus-2.6): rows carry ISO text and WKT, queries
 * answer UTC text and normalized WKT, ISO filters select, bad text is refused.
 */
class GeometryTimestamptzRestTest {
    @TempDir
    static Path dir;

    static ReferenceServer server;
    static HttpProbe http;

    @BeforeAll
    static void start() throws Exception {
        server = ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .httpPort(0)
                .profile(Profile.MILVUS_2_6)
                .start();
        http = new HttpProbe(server.httpPort());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonObject post(String route, String body) throws Exception {
        HttpResponse<String> r = http.send("POST", "/v2/vectordb" + route, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    private static JsonElement ok(String route, String body) throws Exception {
        JsonObject a = post(route, body);
        assertThat(a.get("code").getAsInt()).as(route + " " + a).isZero();
        return a.get("data");
    }

    private static void awaitLoaded(String collection) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!ok("/collections/get_load_state", "{\"collectionName\":\"" + collection + "\"}")
                .toString()
                .contains("LoadStateLoaded")) {
            assertThat(System.nanoTime()).as(collection + " loaded within 30 s").isLessThan(until);
            Thread.sleep(20);
        }
    }

    @Test
    void rowsOfIsoTextAndWktRoundTrip() throws Exception {
        ok(
                "/collections/create",
                "{\"collectionName\":\"gtr\",\"schema\":{\"fields\":["
                        + "{\"fieldName\":\"id\",\"dataType\":\"Int64\",\"isPrimary\":true},"
                        + "{\"fieldName\":\"tsz\",\"dataType\":\"Timestamptz\",\"nullable\":true},"
                        + "{\"fieldName\":\"geo\",\"dataType\":\"Geometry\",\"nullable\":true},"
                        + "{\"fieldName\":\"vec\",\"dataType\":\"FloatVector\",\"elementTypeParams\":{\"dim\":2}}]},"
                        + "\"indexParams\":[{\"fieldName\":\"vec\",\"indexName\":\"vec_idx\",\"metricType\":\"L2\","
                        + "\"indexType\":\"FLAT\"}]}");
        awaitLoaded("gtr");
        ok(
                "/entities/insert",
                "{\"collectionName\":\"gtr\",\"data\":["
                        + "{\"id\":1,\"tsz\":\"2025-01-01T06:00:00+08:00\",\"geo\":\"POINT(1 2)\",\"vec\":[1,0]},"
                        + "{\"id\":2,\"tsz\":null,\"geo\":null,\"vec\":[0,1]},"
                        + "{\"id\":3,\"tsz\":\"2025-06-01 00:00:00\",\"geo\":\"LINESTRING(0 0,1 1)\",\"vec\":[1,1]}]}");
        JsonArray rows = ok(
                        "/entities/query",
                        "{\"collectionName\":\"gtr\",\"filter\":\"tsz < ISO '2025-03-01T00:00:00Z' or tsz is null\","
                                + "\"outputFields\":[\"tsz\",\"geo\"]}")
                .getAsJsonArray();
        assertThat(rows).hasSize(2);
        for (JsonElement e : rows) {
            JsonObject r = e.getAsJsonObject();
            if (r.get("id").getAsLong() == 1) {
                assertThat(r.get("tsz").getAsString()).isEqualTo("2024-12-31T22:00:00Z");
                assertThat(r.get("geo").getAsString()).isEqualTo("POINT (1 2)");
            } else {
                assertThat(r.get("id").getAsLong()).isEqualTo(2);
                assertThat(r.get("tsz").isJsonNull()).isTrue();
                assertThat(r.get("geo").isJsonNull()).isTrue();
            }
        }
        JsonObject bad = post(
                "/entities/insert",
                "{\"collectionName\":\"gtr\",\"data\":[{\"id\":4,\"tsz\":\"soon\",\"geo\":null,\"vec\":[0,0]}]}");
        assertThat(bad.get("code").getAsInt()).isEqualTo(1100);
        assertThat(bad.get("message").getAsString()).contains("invalid timestamp string: 'soon'");
    }
}
