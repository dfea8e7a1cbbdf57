package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Runs every curl block of restful_v2.md, in page order, and compares each answer with the output block under it. */
@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class RestfulV2PageTest {
    private final DocPage page = DocPage.load("restful_v2.md");

    @Test
    void everyCurlCommandAnswersWhatThePageShows(PartitaEndpoints endpoints) throws Exception {
        Runner runner = new Runner(endpoints);
        int ran = 0;
        for (DocPage.Block curl : page.runBlocks("curl")) {
            awaitNotLoading(endpoints);
            JsonElement answer = runner.curl(curl);
            JsonElement shown = JsonParser.parseString(page.outputOf(curl).text());
            assertThat(answer)
                    .as("%s line %d answered %s", page.name(), curl.line(), answer)
                    .isEqualTo(shown);
            ran++;
        }
        assertThat(ran).isGreaterThanOrEqualTo(10);
        assertThat(page.runBlocks("curl"))
                .extracting(DocPage.Block::text)
                .anySatisfy(text -> assertThat(text)
                        .contains("/v2/vectordb/partitions/release", "\"collectionName\"", "\"partitionNames\""));
    }

    /** Loads finish in the background: the page's next command sees the state a user would after a moment. */
    private static void awaitNotLoading(PartitaEndpoints endpoints) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            HttpRequest r = HttpRequest.newBuilder(
                            URI.create(endpoints.httpUri().toString().replaceAll("/$", "")
                                    + "/v2/vectordb/collections/get_load_state"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"collectionName\":\"book\"}"))
                    .build();
            JsonObject a = JsonParser.parseString(
                            client.send(r, HttpResponse.BodyHandlers.ofString()).body())
                    .getAsJsonObject();
            if (a.get("code").getAsInt() != 0
                    || !a.getAsJsonObject("data").get("loadState").getAsString().equals("LoadStateLoading")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("book stayed LoadStateLoading for 30 s");
    }
}
