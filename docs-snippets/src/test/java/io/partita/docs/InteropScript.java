package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Python blocks of the search pages are lines of {@code interop/python/today_search.py} (or, for
 * full-text search, {@code fulltext_search.py}), which runs them with pymilvus 3 against the standalone server: every line of a page's block must be
 * a line there, so the page shows what runs.
 */
final class InteropScript {
    private InteropScript() {}

    static Path path() {
        return DocPage.docsDir().getParent().resolve("interop/python/today_search.py");
    }

    /** Asserts every line of every python block of the page is a line of the script; returns the blocks' count. */
    static int assertPythonBlocksRun(DocPage page) throws IOException {
        int n = 0;
        for (DocPage.Block b : page.blocks()) {
            String script = b.argument().contains("today_search.py")
                    ? "today_search.py"
                    : b.argument().contains("fulltext_search.py") ? "fulltext_search.py" : null;
            if (b.kind().equals("checked") && script != null) {
                List<String> lines = Files.readAllLines(path().resolveSibling(script));
                for (String line : b.text().split("\n")) {
                    if (!line.isBlank()) {
                        assertThat(lines)
                                .as("%s line %d", page.name(), b.line())
                                .contains(line);
                    }
                }
                n++;
            }
        }
        return n;
    }
}
