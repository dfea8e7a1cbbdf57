package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.param.ConnectParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.server.ReferenceServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class ConnectPageTest {
    private final DocPage page = DocPage.load("connect.md");

    static MilvusClient grpc() {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::grpc[]
        MilvusClient milvusClient = new MilvusServiceClient(
            ConnectParam.newBuilder()
                .withUri("grpc://localhost:19530")
                .build());
        // end::grpc[]
        // spotless:on
        return milvusClient;
    }

    static MilvusClient rest() {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::rest[]
        MilvusClient milvusClient = new MilvusServiceClient(
            ConnectParam.newBuilder()
                .withUri("http://localhost:9091")
                .build());
        // end::rest[]
        // spotless:on
        return milvusClient;
    }

    static MilvusClient withAuthAndDeadline(String uri) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::options[]
        MilvusClient milvusClient = new MilvusServiceClient(
            ConnectParam.newBuilder()
                .withUri(uri)                              // grpc://, grpcs://, http:// or https://
                .withAuthorization("root", "Milvus")       // when the server requires credentials
                .withConnectTimeout(Duration.ofSeconds(5))
                .withRpcDeadline(Duration.ofSeconds(30))   // default: no deadline
                .build());
        // end::options[]
        // spotless:on
        return milvusClient;
    }

    @Test
    void theGrpcAndRestSnippetsTalkToAServerOnTheDocumentedPorts(@TempDir Path dataDir) throws Exception {
        // The snippets name localhost:19530 and localhost:9091 verbatim, so this test serves those ports.
        assumeTrue(portIsFree(19530) && portIsFree(9091), "the documented ports 19530/9091 are in use here");
        HasCollectionParam hasBook =
                HasCollectionParam.newBuilder().withCollectionName("book").build();
        try (ReferenceServer server = ReferenceServer.builder()
                        .dataDir(dataDir)
                        .grpcPort(19530)
                        .httpPort(9091)
                        .start();
                MilvusClient overGrpc = grpc();
                MilvusClient overRest = rest()) {
            assertThat(overGrpc.hasCollection(hasBook).orThrow()).isFalse();
            assertThat(overRest.hasCollection(hasBook).orThrow()).isFalse();
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    @Test
    void theOptionsSnippetConnectsAndAnswers(PartitaEndpoints endpoints) {
        try (MilvusClient client = withAuthAndDeadline(endpoints.grpcUri().toString())) {
            assertThat(client.hasCollection(HasCollectionParam.newBuilder()
                                    .withCollectionName("book")
                                    .build())
                            .orThrow())
                    .isFalse();
        }
    }

    @Test
    void theCliSnippetConnects(PartitaEndpoints endpoints) {
        Runner.CliResult result =
                new Runner(endpoints).cli(page.runBlock("cli")).get(0);

        assertThat(result.out()).startsWith("Connected to " + endpoints.grpcUri());
    }

    @Test
    void theCurlSnippetListsCollections(PartitaEndpoints endpoints) throws Exception {
        DocPage.Block curl = page.runBlock("curl");

        assertThat(new Runner(endpoints).curl(curl).toString())
                .isEqualTo(page.outputOf(curl).text().strip());
    }
}
