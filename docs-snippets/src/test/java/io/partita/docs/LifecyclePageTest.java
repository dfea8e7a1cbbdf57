package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecyclePageTest {
    private final DocPage page = DocPage.load("lifecycle.md");

    @Test
    void theSoakCommandNamesTheTestAndThePropertyItReads() throws Exception {
        List<DocPage.Block> checked =
                page.blocks().stream().filter(b -> b.kind().equals("checked")).toList();
        assertThat(checked).hasSize(1);
        String command = checked.get(0).text().strip();
        Path test = DocPage.docsDir()
                .getParent()
                .resolve("reference-server/src/test/java/io/partita/server/engine/ConcurrencyTest.java");
        String source = Files.readString(test);
        assertThat(command).contains("-Dtest=ConcurrencyTest").contains("-Dpartita.concurrency.seconds=600");
        assertThat(source).contains("Long.getLong(\"partita.concurrency.seconds\", 7)");
    }

    @Test
    void everyProfileHasADiagramSourceWithTheReleasingState() throws Exception {
        for (String profile : List.of("2.1", "2.3", "2.6")) {
            Path dot = DocPage.docsDir().resolve("diagrams/lifecycle-milvus-" + profile + ".dot");
            assertThat(Files.readString(dot)).contains("releasing [label=\"Releasing");
            assertThat(Files.readString(page.path())).contains("generated/lifecycle-milvus-" + profile + ".svg");
        }
    }
}
