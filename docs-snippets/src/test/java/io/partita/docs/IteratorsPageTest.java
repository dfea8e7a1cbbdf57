package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IteratorsPageTest {
    @Test
    void thePythonBlocksAreWhatTheInteropScriptRuns() throws Exception {
        assertThat(InteropScript.assertPythonBlocksRun(DocPage.load("iterators.md")))
                .isEqualTo(2);
    }
}
