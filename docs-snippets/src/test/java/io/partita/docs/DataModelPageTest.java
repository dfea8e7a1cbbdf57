package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/data_model.md: its pymilvus blocks are made of lines of the interop programs that run the
 * flows against the server ({@code CLIENTS=py26-types} and {@code CLIENTS=py3-quick interop/run.sh}),
 * and its Java block of lines of the SDK's data-types contract, so the page cannot drift from what is run.
 */
class DataModelPageTest {
    @Test
    void thePymilvusBlockIsMadeOfLinesOfTheInteropScenario() throws IOException {
        DocPage page = DocPage.load("data_model.md");
        List<DocPage.Block> checked =
                page.blocks().stream().filter(b -> b.kind().equals("checked")).toList();
        assertThat(checked).hasSize(3);
        assertLinesOf(checked.get(0), "interop/python/scenario_vector_types.py");
        assertLinesOf(checked.get(1), "interop/python/scenario_quick_setup.py");
        assertLinesOf(checked.get(2), "sdk-core/src/test/java/io/partita/testing/DataTypesContract.java");
    }

    private static void assertLinesOf(DocPage.Block block, String program) throws IOException {
        Path scenario = DocPage.docsDir().resolveSibling(program);
        List<String> lines =
                Files.readAllLines(scenario).stream().map(String::strip).toList();
        for (String line : block.text().strip().split("\n")) {
            assertThat(lines).as("a line of %s", scenario).contains(line.strip());
        }
    }
}
