package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Maven coordinates on the JUnit page are the module's. */
class JunitPageCheckTest {
    @Test
    void theDependencyBlockNamesThePartitaJunitArtifact() {
        DocPage page = DocPage.load("junit.md");
        String xml = page.blocks().stream()
                .filter(b -> b.kind().equals("checked"))
                .findFirst()
                .orElseThrow()
                .text();

        assertThat(xml)
                .contains("<groupId>io.partita</groupId>")
                .contains("<artifactId>partita-junit</artifactId>")
                .contains("<scope>test</scope>");
        assertThat(InstallPageTest.moduleArtifactIds()).contains("partita-junit");
    }
}
