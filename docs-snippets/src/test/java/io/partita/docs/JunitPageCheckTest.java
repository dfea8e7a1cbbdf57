package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.partita.server.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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

    /**
     * The class-data sharing setting: the JDK 19+ flags of the surefire block start a JVM that writes the
     * archive and then one that uses it. They need a JDK 19+ (Java 25 where this machine has it, else the
     * JVM running this test when it is new enough); without one the test is reported skipped, not passed.
     */
    @Test
    void theSurefireClassDataSharingFlagsWriteAndUseAnArchive(@TempDir Path dir) throws Exception {
        String xml = checkedBlock("<argLine>");
        Matcher argLine = Pattern.compile("<argLine>(.*)</argLine>").matcher(xml);
        assertThat(argLine.find()).as("an <argLine> in %s", xml).isTrue();
        String flags = argLine.group(1).replace("${project.build.directory}", dir.toString());
        Path java25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        String running = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String java = Files.isExecutable(java25)
                ? java25.toString()
                : Runtime.version().feature() >= 19 ? running : null;
        assumeTrue(java != null, "no JDK 19+ to run the JDK 19+ flags with");

        assertThat(run(java, List.of(flags.split(" ")))).isZero();
        assertThat(dir.resolve("partita-tests.jsa")).exists();
        assertThat(run(java, List.of(flags.split(" ")))).isZero();
    }

    /** The JDK 17 two-step form the page names works on the JVM running this test. */
    @Test
    void theJdk17TwoStepFormWritesAndUsesAnArchive(@TempDir Path dir) throws Exception {
        assertThat(Files.readString(DocPage.docsDir().resolve("junit.md")))
                .contains("`-XX:ArchiveClassesAtExit=target/partita-tests.jsa`")
                .contains("`-XX:SharedArchiveFile=target/partita-tests.jsa`");
        Path archive = dir.resolve("jdk17.jsa");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertThat(run(java, List.of("-XX:ArchiveClassesAtExit=" + archive))).isZero();
        assertThat(archive).exists();
        assertThat(run(java, List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on")))
                .isZero();
    }

    /**
     * The JDK 25 ahead-of-time cache commands: the training flag writes a cache and the second flag makes a JVM
     * that uses it ({@code -XX:AOTMode=on} added here so that a cache the JVM cannot use fails the test instead of
     * being ignored). Needs a JDK 25; without one the test is reported skipped, not passed.
     */
    @Test
    void theJdk25AheadOfTimeCacheCommandsWriteAndUseACache(@TempDir Path dir) throws Exception {
        Matcher argLine = Pattern.compile("-DargLine=\"([^\"]+)\"").matcher(checkedBlock("AOTCacheOutput"));
        List<String> flags = new ArrayList<>();
        while (argLine.find()) {
            flags.add(argLine.group(1).replace("target/", dir + "/"));
        }
        assertThat(flags).hasSize(2);
        assertThat(flags.get(0)).startsWith("-XX:AOTCacheOutput=");
        assertThat(flags.get(1)).startsWith("-XX:AOTCache=");
        Path java25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        String running = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String java = Files.isExecutable(java25)
                ? java25.toString()
                : Runtime.version().feature() >= 25 ? running : null;
        assumeTrue(java != null, "no JDK 25 to run the ahead-of-time cache flags with");

        assertThat(run(java, List.of(flags.get(0)))).isZero();
        assertThat(dir.resolve("partita-tests.aot")).exists();
        assertThat(run(java, List.of(flags.get(1), "-XX:AOTMode=on"))).isZero();
    }

    /** The seed CSV shown on the page is the one the page's seed example loads. */
    @Test
    void theSeedCsvOnThePageIsTheFileTheExampleLoads() throws IOException {
        String shown = DocPage.load("junit.md").blocks().stream()
                .filter(b -> b.kind().equals("checked") && b.argument().equals("seed-csv"))
                .findFirst()
                .orElseThrow()
                .text();
        try (var in = JunitPageCheckTest.class.getResourceAsStream("/seed/books.csv")) {
            assertThat(shown.strip())
                    .isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip());
        }
    }

    /** @return the text of junit.md's first {@code checked} code block that contains {@code text} */
    private static String checkedBlock(String text) {
        return DocPage.load("junit.md").blocks().stream()
                .filter(b -> b.kind().equals("checked") && b.text().contains(text))
                .findFirst()
                .orElseThrow()
                .text();
    }

    private static int run(String java, List<String> flags) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(flags);
        cmd.add("-version");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    /** The pytest fixture is valid Python and starts the jar with options the server has. */
    @Test
    void thePytestFixtureIsPythonAndUsesTheServersOptions(@TempDir Path dir) throws Exception {
        String python = checkedBlock("@pytest.fixture");
        CommandLine.Model.CommandSpec spec = new CommandLine(new Main()).getCommandSpec();
        String serverArgs = python.substring(python.indexOf("\"-jar\""));
        Matcher option = Pattern.compile("\"(--[a-z-]+)\"").matcher(serverArgs);
        List<String> options = new ArrayList<>();
        while (option.find()) {
            options.add(option.group(1));
        }
        assertThat(options).containsExactly("--grpc-port", "--http-port", "--data-dir", "--profile");
        assertThat(options).allSatisfy(o -> assertThat(spec.findOption(o)).as(o).isNotNull());

        Path file = Files.writeString(dir.resolve("fixture.py"), python);
        Process p = new ProcessBuilder(
                        "python3", "-c", "import ast,sys; ast.parse(open(sys.argv[1]).read())", file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }
}
