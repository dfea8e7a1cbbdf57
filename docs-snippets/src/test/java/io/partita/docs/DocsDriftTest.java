package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The pages cannot drift from the tested sources, and no code block goes untested. */
class DocsDriftTest {
    private static final Set<String> KINDS = Set.of("snippet", "run", "checked", "output");
    /** Pages written by other engineers, not held to this module's markers. */
    private static final Set<String> FOREIGN = Set.of("compatibility.md", "benchmarks.md");

    static List<DocPage> pages() throws IOException {
        try (Stream<Path> files = Files.list(DocPage.docsDir())) {
            return files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !FOREIGN.contains(p.getFileName().toString()))
                    .sorted()
                    .map(DocPage::parse)
                    .toList();
        }
    }

    @Test
    void theDocsHaveAPageForEveryOperationOfTheGuide() throws IOException {
        assertThat(pages())
                .extracting(DocPage::name)
                .contains(
                        "index.md",
                        "install.md",
                        "connect.md",
                        "create_collection.md",
                        "lifecycle.md",
                        "create_partition.md",
                        "drop_partition.md",
                        "load_partition.md",
                        "release_partition.md",
                        "load_collection.md",
                        "release_collection.md",
                        "insert_data.md",
                        "build_index.md",
                        "search.md",
                        "query.md",
                        "loading_progress.md",
                        "memory.md",
                        "replicas.md",
                        "auth_tls.md",
                        "profiles.md",
                        "reference_server.md",
                        "junit.md",
                        "migration.md",
                        "cli.md");
    }

    @TestFactory
    Stream<DynamicTest> everyCodeBlockSaysHowItIsTested() throws IOException {
        return pages().stream()
                .flatMap(page -> page.blocks().stream()
                        .map(block -> DynamicTest.dynamicTest(
                                page.name() + " line " + block.line(),
                                () -> assertThat(block.kind())
                                        .as(
                                                "%s line %d: a code block without a marker comment (<!-- snippet: C#tag -->, "
                                                        + "<!-- run: cli|curl|shell -->, <!-- checked: .. -->, <!-- output -->)",
                                                page.name(), block.line())
                                        .isIn(KINDS))));
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockEqualsItsTaggedRegion() throws IOException {
        return pages().stream()
                .flatMap(page -> page.blocks().stream()
                        .filter(b -> b.kind().equals("snippet"))
                        .map(block -> DynamicTest.dynamicTest(
                                page.name() + " line " + block.line() + " = " + block.argument(), () -> {
                                    String[] ref = block.argument().split("#");
                                    assertThat(block.text())
                                            .as(
                                                    "%s line %d must equal %s (edit the source, then copy the region)",
                                                    page.name(), block.line(), block.argument())
                                            .isEqualTo(Snippets.region(ref[0], ref[1]));
                                })));
    }

    @TestFactory
    Stream<DynamicTest> everyPageWithBlocksToRunHasATestThatRunsThem() throws IOException {
        return pages().stream()
                .filter(p -> p.blocks().stream()
                        .anyMatch(b -> b.kind().equals("run") || b.kind().equals("checked")))
                .map(page -> DynamicTest.dynamicTest(
                        page.name() + " → " + page.testClassName(),
                        () -> assertThat(Class.forName("io.partita.docs." + page.testClassName()))
                                .isNotNull()));
    }
}
