package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.param.ConnectParam;
import io.partita.param.collection.HasCollectionParam;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, auth = true, scope = PartitaServer.Scope.JVM)
class AuthTlsPageTest {
    private final DocPage page = DocPage.load("auth_tls.md");

    static MilvusClient withPassword(String uri) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::auth[]
        MilvusClient milvusClient = new MilvusServiceClient(
            ConnectParam.newBuilder()
                .withUri(uri)
                .withAuthorization("root", "Milvus")
                .build());
        // end::auth[]
        // spotless:on
        return milvusClient;
    }

    static ConnectParam tls() {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::tls[]
        ConnectParam oneWay = ConnectParam.newBuilder()
            .withUri("grpcs://milvus.example.com:19530")
            .withCaPemPath("/etc/partita/ca.pem")          // trust this CA (default: the JVM's)
            .withServerName("milvus.example.com")          // expected name in the certificate
            .build();
        ConnectParam mutual = ConnectParam.newBuilder()
            .withUri("grpcs://milvus.example.com:19530")
            .withCaPemPath("/etc/partita/ca.pem")
            .withClientPemPath("/etc/partita/client.pem")  // our certificate ...
            .withClientKeyPath("/etc/partita/client.key")  // ... and its key
            .build();
        // end::tls[]
        // spotless:on
        assertThat(oneWay.isSecure()).isTrue();
        return mutual;
    }

    @Test
    void theAuthSnippetSignsIn(PartitaEndpoints endpoints) {
        try (MilvusClient client = withPassword(endpoints.grpcUri().toString())) {
            assertThat(client.hasCollection(HasCollectionParam.newBuilder()
                                    .withCollectionName("book")
                                    .build())
                            .orThrow())
                    .isFalse();
        }
    }

    @Test
    void theTlsSnippetBuildsSecureSettings() {
        ConnectParam mutual = tls();

        assertThat(mutual.isSecure()).isTrue();
        assertThat(mutual.getClientKeyPath()).isEqualTo("/etc/partita/client.key");
    }

    @Test
    void theCliSnippetSignsIn(PartitaEndpoints endpoints) {
        Runner.CliResult result =
                new Runner(endpoints).cli(page.runBlock("cli")).get(0);

        assertThat(result.out()).contains("| collection |");
    }

    @Test
    void theCurlSnippetSignsInWithBasicAuth(PartitaEndpoints endpoints) throws Exception {
        String answer = new Runner(endpoints).curl(page.runBlock("curl")).toString();

        assertThat(answer).doesNotContain("error_code");
    }

    @Test
    void withoutCredentialsTheCliExitsWithTheTransportCode(PartitaEndpoints endpoints) {
        Runner.CliResult result = new Runner(endpoints).cliLine("list collections");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).startsWith("error: transport UNAUTHENTICATED (-9)");
    }
}
