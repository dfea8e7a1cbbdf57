package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz command on security.md is the usage line of the script that runs it. */
class SecurityPageTest {
    private final DocPage page = DocPage.load("security.md");

    @Test
    void theFuzzCommandIsTheScriptsOwnUsageLine() throws Exception {
        List<DocPage.Block> checked =
                page.blocks().stream().filter(b -> b.kind().equals("checked")).toList();
        assertThat(checked).hasSize(1);
        String command = checked.get(0).text().strip();
        Path script = DocPage.docsDir().getParent().resolve("reference-server/fuzz.sh");
        assertThat(command).startsWith("reference-server/fuzz.sh [CALLS_EACH=");
        assertThat(Files.readString(script)).contains("#   " + command + "\n");
    }
}
