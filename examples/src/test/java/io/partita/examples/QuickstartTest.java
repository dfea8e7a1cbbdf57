package io.partita.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job: Quickstart must keep walking the whole lifecycle and exit 0. */
class QuickstartTest {
    static final class Run {
        final int status;
        final String output;

        Run(int status, String output) {
            this.status = status;
            this.output = output;
        }
    }

    static Run quickstart(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Quickstart.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theQuickstartWalksTheWholeLifecycleOnAnEmbeddedServerAndExitsZero() {
        Run run = quickstart();
        assertThat(run.status).as(run.output).isZero();
        assertThat(run.output)
                .contains("Server: embedded reference server at grpc://127.0.0.1:")
                .contains("1. Created collection 'book'")
                .contains("2. Created partition 'novel'")
                .contains("3. Inserted 10,000 vectors into 'novel'")
                .contains("[########################################] 100%")
                .contains("5. Searched 'novel' for the 3 books nearest")
                .contains("8. A search of the released partition is refused, as documented:")
                .contains("not loaded into memory when search")
                .endsWith("Done." + System.lineSeparator());
        assertThat(run.output.lines().filter(l -> l.startsWith("   book_id=")).count())
                .isEqualTo(3);
        Matcher inUse = Pattern.compile("6\\. Memory in use by 'book' on the query nodes: ([0-9.]+) MiB")
                .matcher(run.output);
        assertThat(inUse.find()).as(run.output).isTrue();
        assertThat(Double.parseDouble(inUse.group(1))).isGreaterThan(4.5);
        assertThat(run.output).contains("Memory in use now: 0 B, freed: " + inUse.group(1) + " MiB");
    }

    @Test
    void theEmbeddedServerDataDirectoryIsDeletedOnExit() {
        Run run = quickstart("--rows", "100", "--dim", "4");
        Matcher dir = Pattern.compile("data in (\\S+), deleted on exit").matcher(run.output);
        assertThat(dir.find()).as(run.output).isTrue();
        assertThat(Files.exists(Path.of(dir.group(1)))).isFalse();
        assertThat(run.status).isZero();
    }

    @Test
    void theQuickstartRunsAgainstAServerGivenByUri(@TempDir Path dataDir) throws Exception {
        try (ReferenceServer server = ReferenceServer.builder()
                .dataDir(dataDir)
                .grpcPort(0)
                .profile(Profile.MILVUS_2_3)
                .start()) {
            String uri = "grpc://127.0.0.1:" + server.grpcPort();
            Run first = quickstart("--uri", uri, "--rows", "500", "--dim", "8");
            assertThat(first.status).as(first.output).isZero();
            assertThat(first.output).contains("Server: " + uri).contains("code 101");
            Run second = quickstart("--uri", uri, "--rows", "500", "--dim", "8");
            assertThat(second.status).as(second.output).isZero();
            assertThat(second.output).contains("dropped the 'book' collection left by an earlier run");
        }
    }

    @Test
    void anUnknownArgumentExitsWithTwoAndSaysWhy() {
        Run run = quickstart("--rowz", "5");
        assertThat(run.status).isEqualTo(2);
        assertThat(run.output).contains("unknown argument --rowz");
    }
}
