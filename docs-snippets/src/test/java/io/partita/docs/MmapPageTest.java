package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.engine.Engine;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryNodeMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MmapPageTest {
    private final DocPage page = DocPage.load("mmap.md");

    static ReferenceServer mmapServer(Path dataDir) throws IOException {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        ReferenceServer server = ReferenceServer.builder()
            .dataDir(dataDir)
            .grpcPort(0)
            .profile(Profile.MILVUS_2_6)
            .mmap(true)                    // like --mmap: vector columns of sealed segments are mapped
            .start();
        // end::java[]
        // spotless:on
        return server;
    }

    /** Collection {@code book}: 3 rows of 2-d float vectors, flushed, loaded (waits up to 30 s). */
    static void loadedBook(Engine e) throws InterruptedException {
        e.createCollection(new CollectionSchema(
                "book",
                "",
                List.of(FieldSchema.int64Key("book_id", false), FieldSchema.floatVector("book_intro", 2)),
                1,
                0));
        e.insert(
                "book",
                "",
                List.of(
                        FieldColumn.longs("book_id", new long[] {1, 2, 3}),
                        FieldColumn.floatVectors("book_intro", 2, new float[] {1, 0, 0, 1, 1, 1})));
        e.flush(List.of("book"));
        e.loadCollection("book", 1);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (e.loadingProgress("book", List.of()) < 100 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    @Test
    void theSnippetsServerMapsSealedVectorsAndChargesThemToDisk(@TempDir Path dir) throws Exception {
        try (ReferenceServer server = mmapServer(dir)) {
            Engine e = server.engine();
            loadedBook(e);
            QueryNodeMetrics node = e.queryNodes().get(0);
            assertThat(node.mmapBytes()).as("3 rows × 2 floats, mapped").isEqualTo(24);
            assertThat(java.nio.file.Files.readString(page.path())).contains("partita_querynode_mmap_bytes");
        }
    }
}
