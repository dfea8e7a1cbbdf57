package io.partita.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Reasons;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile bodies on the HTTP API (issue 18, defects 1, 2 and 7): a clear 400, never a 500 or a dropped connection. */
class HttpHostileInputTest {
    @TempDir
    static Path dir;

    static ReferenceServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ReferenceServer.builder().dataDir(dir).grpcPort(0).httpPort(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonObject json(RawHttpConnection.Reply r) {
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    @Test
    void deeplyNestedJsonIs400AndTheSameConnectionServesTheNextRequest() throws Exception {
        String body = "{\"x\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
        try (RawHttpConnection c = new RawHttpConnection(server.httpPort())) {
            RawHttpConnection.Reply bad = c.exchange("GET", "/api/v1/collections", body);

            assertThat(bad.status()).isEqualTo(400);
            assertThat(json(bad).get("error_code").getAsInt()).isEqualTo(5);
            assertThat(json(bad).get("reason").getAsString()).contains("nested deeper than 100 levels");
            assertThat(bad.headers()).doesNotContain("connection: close");

            RawHttpConnection.Reply next = c.exchange("GET", "/api/v1/collections", "{}");
            assertThat(next.status()).isEqualTo(200);
        }
    }

    @Test
    void bracketsInsideStringsDoNotCountAsNesting() throws Exception {
        String name = "[".repeat(500);
        try (RawHttpConnection c = new RawHttpConnection(server.httpPort())) {
            RawHttpConnection.Reply r =
                    c.exchange("GET", "/api/v1/collection/existence", "{\"collection_name\":\"" + name + "\"}");

            assertThat(r.status()).isEqualTo(200);
        }
    }

    @Test
    void aNonStringFieldNameInAnInsertIs400NamingTheField() throws Exception {
        try (RawHttpConnection c = new RawHttpConnection(server.httpPort())) {
            RawHttpConnection.Reply r = c.exchange(
                    "POST",
                    "/api/v1/entities",
                    "{\"collection_name\":\"c\",\"fields_data\":[{\"field_name\":{},\"type\":5,\"field\":[1]}]}");

            assertThat(r.status()).isEqualTo(400);
            assertThat(json(r).get("error_code").getAsInt()).isEqualTo(5);
            assertThat(json(r).get("reason").getAsString()).contains("field_name must be a string, got an object");
        }
    }

    @Test
    void aTypeNumberTooLargeForAnIntIs400NamingTheField() throws Exception {
        try (RawHttpConnection c = new RawHttpConnection(server.httpPort())) {
            RawHttpConnection.Reply r = c.exchange(
                    "POST",
                    "/api/v1/entities",
                    "{\"collection_name\":\"c\",\"fields_data\":[{\"field_name\":\"f\",\"type\":1e40,\"field\":[1]}]}");

            assertThat(r.status()).isEqualTo(400);
            assertThat(json(r).get("reason").getAsString()).contains("parse field[f]: unsupported data type");
        }
    }

    @Test
    void aHugeNameComesBackTruncatedInTheReason() throws Exception {
        String name = "n".repeat(1_000_000);
        try (RawHttpConnection c = new RawHttpConnection(server.httpPort())) {
            RawHttpConnection.Reply r =
                    c.exchange("POST", "/api/v1/collection", "{\"collection_name\":\"" + name + "\"}");

            String reason = json(r).get("reason").getAsString();
            assertThat(reason).contains("more characters)");
            assertThat(reason.length()).isLessThan(Reasons.MAX_CHARS + 100);
        }
    }
}
