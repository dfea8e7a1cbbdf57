package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InstallPageTest {
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    /** The artifactIds of the repository's modules (and the parent). */
    static List<String> moduleArtifactIds() {
        List<String> ids = new ArrayList<>();
        Path root = DocPage.docsDir().getParent();
        try (Stream<Path> poms = Files.list(root)) {
            for (Path dir : poms.filter(Files::isDirectory).toList()) {
                Path pom = dir.resolve("pom.xml");
                if (Files.exists(pom)) {
                    String text = Files.readString(pom);
                    String afterParent = text.substring(text.indexOf("</parent>") + 1);
                    Matcher m = ARTIFACT.matcher(afterParent);
                    if (m.find()) {
                        ids.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    @Test
    void everyArtifactThePageNamesIsAModuleOfThisRepository() {
        DocPage page = DocPage.load("install.md");
        List<String> named = new ArrayList<>();
        page.blocks().stream()
                .filter(b -> b.kind().equals("checked") && b.argument().equals("coordinates"))
                .forEach(b -> {
                    Matcher m = ARTIFACT.matcher(b.text());
                    while (m.find()) {
                        named.add(m.group(1));
                    }
                });

        assertThat(named).isNotEmpty();
        assertThat(moduleArtifactIds()).containsAll(named);
    }

    @Test
    void theBuildCommandsNameRealModulesAndTheLauncher() {
        DocPage page = DocPage.load("install.md");
        String shell = page.blocks().stream()
                .filter(b -> b.argument().equals("build"))
                .findFirst()
                .orElseThrow()
                .text();

        assertThat(shell).contains("-pl cli,reference-server");
        assertThat(DocPage.docsDir().getParent().resolve("cli/bin/partita")).isExecutable();
    }
}
