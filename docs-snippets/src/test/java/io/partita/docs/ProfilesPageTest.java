package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaServer;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@PartitaServer(profile = "milvus-2.3", cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class ProfilesPageTest {
    private final DocPage page = DocPage.load("profiles.md");

    static ReferenceServer cascading(Path dataDir) throws IOException {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::embedded[]
        ReferenceServer server = ReferenceServer.builder()
            .dataDir(dataDir)
            .grpcPort(0)
            .profile(Profile.MILVUS_2_3)     // default: Profile.MILVUS_2_1
            .start();
        // end::embedded[]
        // spotless:on
        return server;
    }

    @Test
    void theEmbeddedSnippetPicksTheProfile(@TempDir Path dir) throws IOException {
        try (ReferenceServer server = cascading(dir)) {
            assertThat(server.profile()).isEqualTo(Profile.MILVUS_2_3);
        }
    }

    @Test
    void underMilvus23APartitionOfACollectionLoadedWholeCanBeReleased(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 2);
        Books.loadBook(client);

        assertThat(client.releasePartitions(ReleasePartitionsParam.newBuilder()
                                .withCollectionName("book")
                                .addPartitionName("novel")
                                .build())
                        .isSuccess())
                .isTrue();
    }

    @Test
    void theFlagSnippetIsAcceptedByTheServer() {
        List<String> words = Runner.words(page.runBlock("server-flags").text().strip());

        CommandLine.ParseResult parsed = new CommandLine(new io.partita.server.Main())
                .parseArgs(words.subList(3, words.size()).toArray(new String[0]));

        assertThat(parsed.matchedOptionValue("--profile", Profile.MILVUS_2_1)).isEqualTo(Profile.MILVUS_2_3);
    }
}
