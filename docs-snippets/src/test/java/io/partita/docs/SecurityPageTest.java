package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fuzz command on security.md is the usage line of the script that runs it; the page's table of
 * official clients has one row per security client CI runs, and interop/run.sh knows each of them.
 */
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

    @Test
    void thePerClientTableHasARowForEverySecurityClientCiRuns() throws Exception {
        Path root = DocPage.docsDir().getParent();
        Matcher ci =
                Pattern.compile("CLIENTS=\"([^\"]*-sec[^\"]*)\"").matcher(Files.readString(root.resolve(".ci/run")));
        assertThat(ci.find())
                .as(".ci/run has a step running the security clients")
                .isTrue();
        List<String> clients = Arrays.asList(ci.group(1).trim().split("\\s+"));
        assertThat(clients).hasSize(10).allMatch(c -> c.endsWith("-sec"));
        String runSh = Files.readString(root.resolve("interop/run.sh"));
        for (String c : clients) {
            assertThat(runSh).as("run.sh's command for " + c).contains("    " + c + ") echo ");
        }
        String table = Files.readString(root.resolve("docs/security.md"))
                .split("## Through every official client")[1]
                .split("\n\n1\\. ")[0];
        long rows = table.lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| client"))
                .count();
        assertThat(rows).as("rows of the per-client table").isEqualTo(clients.size());
    }
}
