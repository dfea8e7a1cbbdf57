package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.LoadState;
import io.partita.v2.client.ConnectConfig;
import io.partita.v2.client.MilvusClientV2;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.GetLoadStateReq;
import io.partita.v2.service.partition.request.LoadPartitionsReq;
import io.partita.v2.service.partition.request.ReleasePartitionsReq;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class V2ApiPageTest {
    static void loadAndReleaseNovel(String uri) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder()
            .uri(uri)                                      // grpc://host:19530 or http://host:9091
            .build());
        client.loadPartitions(LoadPartitionsReq.builder()
            .collectionName("book")
            .partitionNames(List.of("novel"))
            .build());                                     // waits until 100 % (timeout 60 s)
        boolean loaded = client.getLoadState(GetLoadStateReq.builder()
            .collectionName("book")
            .partitionName("novel")
            .build());
        client.releasePartitions(ReleasePartitionsReq.builder()
            .collectionName("book")
            .partitionNames(List.of("novel"))
            .build());
        client.close();
        // end::java[]
        // spotless:on
        assertThat(loaded).as("loaded before the release").isTrue();
    }

    static String failure(String uri) {
        MilvusClientException failure = null;
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::failure[]
        MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        try {
            client.releasePartitions(ReleasePartitionsReq.builder()
                .collectionName("no_such_book")
                .partitionNames(List.of("novel"))
                .build());
        } catch (MilvusClientException e) {
            System.out.println(e.getErrorCode() + " " + e.getServerErrCode() + ": " + e.getMessage());
            failure = e;
        }
        client.close();
        // end::failure[]
        // spotless:on
        return failure == null ? "no failure" : failure.getErrorCode() + " " + failure.getServerErrCode();
    }

    @BeforeEach
    void bookWithNovels(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 3);
    }

    @Test
    void theJavaSnippetLoadsAndReleasesTheNovelPartitionOverGrpc(MilvusClient client, PartitaEndpoints endpoints) {
        loadAndReleaseNovel(endpoints.grpcUri().toString());

        assertThat(Books.state(client, "novel")).isEqualTo(LoadState.LoadStateNotLoad);
    }

    @Test
    void theSameSnippetWorksOverRest(MilvusClient client, PartitaEndpoints endpoints) {
        loadAndReleaseNovel(endpoints.httpUri().toString());

        assertThat(Books.state(client, "novel")).isEqualTo(LoadState.LoadStateNotLoad);
    }

    @Test
    void theDependencyThePageNamesIsTheV2Module() throws Exception {
        String pom = DocPage.load("v2_api.md").blocks().stream()
                .filter(b -> b.kind().equals("checked") && b.argument().equals("pom"))
                .findFirst()
                .orElseThrow()
                .text();
        String module = Files.readString(DocPage.docsDir().getParent().resolve("sdk-v2/pom.xml"));

        assertThat(pom).contains("<artifactId>partita-sdk-v2</artifactId>");
        assertThat(module).contains("<artifactId>partita-sdk-v2</artifactId>");
    }

    @Test
    void aServerErrorIsAMilvusClientExceptionWithTheServersCode(PartitaEndpoints endpoints) {
        assertThat(failure(endpoints.grpcUri().toString()))
                .startsWith("SERVER_ERROR ")
                .doesNotEndWith(" 0");
        assertThat(failure(endpoints.httpUri().toString()))
                .isEqualTo(failure(endpoints.grpcUri().toString()));
    }
}
