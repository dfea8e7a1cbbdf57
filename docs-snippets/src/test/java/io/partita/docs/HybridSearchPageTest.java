package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HybridSearchPageTest {
    @Test
    void thePythonBlockIsWhatTheInteropScriptRuns() throws Exception {
        assertThat(InteropScript.assertPythonBlocksRun(DocPage.load("hybrid_search.md")))
                .isEqualTo(1);
    }
}
