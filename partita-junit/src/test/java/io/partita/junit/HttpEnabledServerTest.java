package io.partita.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true)
class HttpEnabledServerTest {

    @Test
    void theHttpApiAnswersOnTheAdvertisedUri(PartitaEndpoints endpoints) throws Exception {
        URI health = endpoints.httpUri().resolve("/healthz");

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(health).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(endpoints.httpUri().getHost()).isEqualTo("127.0.0.1");
    }
}
