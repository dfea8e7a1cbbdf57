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
 * Nullable vector fields on RESTful v2 (milvus-2.6): null in a row's JSON is a null vector (and a
 * null scalar of a nullable field); queries and searches answer null for it; searches never meet it.
 */
class NullableVectorRestTest {
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
    void nullVectorsAndNullScalarsInRowsRoundTripAsNull() throws Exception {
        ok(
                "/collections/create",
                "{\"collectionName\":\"nvr\",\"schema\":{\"fields\":["
                        + "{\"fieldName\":\"id\",\"dataType\":\"Int64\",\"isPrimary\":true},"
                        + "{\"fieldName\":\"age\",\"dataType\":\"Int64\",\"nullable\":true},"
                        + "{\"fieldName\":\"vec\",\"dataType\":\"FloatVector\",\"nullable\":true,"
                        + "\"elementTypeParams\":{\"dim\":2}}]},"
                        + "\"indexParams\":[{\"fieldName\":\"vec\",\"indexName\":\"vec_idx\",\"metricType\":\"L2\","
                        + "\"indexType\":\"HNSW\",\"params\":{\"M\":8,\"efConstruction\":64}}]}");
        awaitLoaded("nvr");
        JsonObject inserted = ok(
                        "/entities/insert",
                        "{\"collectionName\":\"nvr\",\"data\":["
                                + "{\"id\":1,\"age\":null,\"vec\":[1,0]},"
                                + "{\"id\":2,\"age\":20,\"vec\":null},"
                                + "{\"id\":3,\"age\":30,\"vec\":[0,1]}]}")
                .getAsJsonObject();
        assertThat(inserted.get("insertCount").getAsLong()).isEqualTo(3);
        // a batch whose vectors are all null
        ok("/entities/insert", "{\"collectionName\":\"nvr\",\"data\":[{\"id\":4,\"age\":4,\"vec\":null}]}");

        JsonArray rows = ok(
                        "/entities/query",
                        "{\"collectionName\":\"nvr\",\"filter\":\"id > 0\",\"outputFields\":[\"age\",\"vec\"]}")
                .getAsJsonArray();
        assertThat(rows).hasSize(4);
        for (int i = 0; i < rows.size(); i++) {
            JsonObject r = rows.get(i).getAsJsonObject();
            long id = r.get("id").getAsLong();
            assertThat(r.get("vec").isJsonNull()).as("vec of %d", id).isEqualTo(id == 2 || id == 4);
            assertThat(r.get("age").isJsonNull()).as("age of %d", id).isEqualTo(id == 1);
        }
        JsonObject three = rows.get(2).getAsJsonObject();
        assertThat(three.get("vec").toString()).isEqualTo("[0.0,1.0]");

        JsonArray hits = ok(
                        "/entities/search",
                        "{\"collectionName\":\"nvr\",\"data\":[[0,0]],\"limit\":10,\"outputFields\":[\"vec\"]}")
                .getAsJsonArray();
        assertThat(hits).hasSize(2);
        for (int i = 0; i < hits.size(); i++) {
            JsonObject h = hits.get(i).getAsJsonObject();
            assertThat(h.get("id").getAsLong()).isIn(1L, 3L);
            assertThat(h.get("vec").isJsonArray()).isTrue();
        }

        JsonObject badVector = post(
                "/entities/insert", "{\"collectionName\":\"nvr\",\"data\":[{\"id\":5,\"age\":1,\"vec\":[\"x\"]}]}");
        assertThat(badVector.get("code").getAsInt()).isNotZero();
    }
}
