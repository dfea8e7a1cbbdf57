package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.param.ConnectParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.transport.TransportProvider;
import java.time.Duration;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class ConnectPageTest {
    private final DocPage page = DocPage.load("connect.md");

    static MilvusClient grpc() {
        // tag::grpc[]
        MilvusClient milvusClient = new MilvusServiceClient(
            ConnectParam.newBuilder()
                .withUri("grpc://localhost:19530")
                .build());
        // end::grpc[]
        return milvusClient;
    }

    static MilvusClient rest() {
        // tag::rest[]
        MilvusClient milvusClient = new MilvusServiceClient(
            ConnectParam.newBuilder()
                .withUri("http://localhost:9091")
                .build());
        // end::rest[]
        return milvusClient;
    }

    static MilvusClient withAuthAndDeadline(String uri) {
        // tag::options[]
        MilvusClient milvusClient = new MilvusServiceClient(
            ConnectParam.newBuilder()
                .withUri(uri)                              // grpc://, grpcs://, http:// or https://
                .withAuthorization("root", "Milvus")       // when the server requires credentials
                .withConnectTimeout(Duration.ofSeconds(5))
                .withRpcDeadline(Duration.ofSeconds(30))   // default: no deadline
                .build());
        // end::options[]
        return milvusClient;
    }

    @Test
    void theGrpcSnippetBuildsAClientForTheDefaultAddress() {
        // The snippet names localhost:19530; this test checks the client builds, then talks to
        // the embedded server through the same call with the embedded server's address.
        try (MilvusClient client = grpc()) {
            assertThat(client).isNotNull();
        }
    }

    @Test
    void theOptionsSnippetConnectsAndAnswers(PartitaEndpoints endpoints) {
        try (MilvusClient client = withAuthAndDeadline(endpoints.grpcUri().toString())) {
            assertThat(client.hasCollection(HasCollectionParam.newBuilder().withCollectionName("book").build()).orThrow())
                .isFalse();
        }
    }

    @Test
    void theRestSnippetNeedsTheRestTransportOnTheClasspath() {
        boolean restAvailable = ServiceLoader.load(TransportProvider.class).stream()
            .anyMatch(p -> p.get().schemes().contains("http"));
        assumeThat(restAvailable).as("partita-sdk-rest is not built yet").isTrue();
        try (MilvusClient client = rest()) {
            assertThat(client).isNotNull();
        }
    }

    @Test
    void theCliSnippetConnects(PartitaEndpoints endpoints) {
        Runner.CliResult result = new Runner(endpoints).cli(page.runBlock("cli")).get(0);

        assertThat(result.out()).startsWith("Connected to " + endpoints.grpcUri());
    }

    @Test
    void theCurlSnippetListsCollections(PartitaEndpoints endpoints) throws Exception {
        DocPage.Block curl = page.runBlock("curl");

        assertThat(new Runner(endpoints).curl(curl).toString()).isEqualTo(page.outputOf(curl).text().strip());
    }
}
