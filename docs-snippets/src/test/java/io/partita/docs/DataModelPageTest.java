package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/data_model.md: its pymilvus block is made of lines of the interop program that runs the
 * flow against the server ({@code CLIENTS=py26-types interop/run.sh}), so the page cannot drift
 * from what is run.
 */
class DataModelPageTest {
    @Test
    void thePymilvusBlockIsMadeOfLinesOfTheInteropScenario() throws IOException {
        DocPage page = DocPage.load("data_model.md");
        Path scenario = DocPage.docsDir().resolveSibling("interop/python/scenario_vector_types.py");
        List<String> program =
                Files.readAllLines(scenario).stream().map(String::strip).toList();
        List<DocPage.Block> checked =
                page.blocks().stream().filter(b -> b.kind().equals("checked")).toList();
        assertThat(checked).hasSize(1);
        for (String line : checked.get(0).text().strip().split("\n")) {
            assertThat(program).as("a line of %s", scenario).contains(line.strip());
        }
    }
}
