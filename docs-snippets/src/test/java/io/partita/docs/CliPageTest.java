package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import java.util.List;
import org.junit.jupiter.api.Test;

@PartitaServer(cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class CliPageTest {
    private final DocPage page = DocPage.load("cli.md");

    @Test
    void theSessionOnThePageRunsLineByLine(PartitaEndpoints endpoints) {
        List<Runner.CliResult> results = new Runner(endpoints).cli(page.runBlock("cli"));

        assertThat(results).hasSize(7).allSatisfy(r -> assertThat(r.exitCode()).isZero());
        assertThat(results.get(3).out()).contains("my books");
        assertThat(results.get(6).out()).contains("Release partitions [novel] of book successfully!");
    }

    @Test
    void theOneShotExampleRunsThroughTheEntryPoint(PartitaEndpoints endpoints) {
        Runner runner = new Runner(endpoints);
        runner.cli(page.runBlock("cli"));
        for (DocPage.Block block : page.runBlocks("cli-oneshot")) {
            for (String line : block.text().split("\n")) {
                Runner.CliResult r = runner.cliLine(line);
                assertThat(r.exitCode()).as(line + " → " + r.err()).isZero();
            }
        }
    }

    @Test
    void theScriptingExampleParsesAsJson(PartitaEndpoints endpoints) {
        new Runner(endpoints).cli(page.runBlock("cli"));
        Runner.CliResult r =
                new Runner(endpoints).cliLine(page.runBlock("cli-json").text().strip());

        assertThat(com.google.gson.JsonParser.parseString(r.out())
                        .getAsJsonArray()
                        .get(0)
                        .getAsJsonObject()
                        .get("collection")
                        .getAsString())
                .isEqualTo("book");
    }
}
