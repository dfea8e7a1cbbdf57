package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive shell on a real terminal: the CLI runs in its own JVM inside tmux (so JLine
 * drives the terminal: prompt, completion, history) against the test's server, and milvus_cli
 * 1.x lines are typed into it and read back from the screen. CI installs tmux (.ci/run).
 */
@PartitaServer
class TmuxShellTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void milvusCli1LinesTypedAtTheTerminalWork(PartitaEndpoints endpoints, @TempDir Path home) throws Exception {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
        String hostPort = endpoints.grpcUri().getAuthority();
        assertThat(CliRun.run(
                                endpoints.grpcUri(),
                                "create collection -c book -f book_id:INT64 -f book_intro:FLOAT_VECTOR:2 -p book_id"
                                        .split(" "))
                        .exitCode())
                .isZero();
        List<String> command = MilvusCli1TerminalTest.cliCommand(home);

        try (Tmux tmux = new Tmux(command)) {
            assertThat(tmux.waitFor(s -> s.contains(Shell.PROMPT), WAIT))
                    .contains("Partita shell")
                    .as("the CLI ships a logging binding, so SLF4J has nothing to warn about")
                    .doesNotContain("SLF4J");

            tmux.typeLine("connect -uri http://" + hostPort);
            assertThat(tmux.waitFor(s -> s.contains("Connected to"), WAIT)).contains("Connected to grpc://" + hostPort);

            tmux.typeLine("create partition -c book -p novel");
            tmux.typeLine("load partition -c book -p novel");
            assertThat(tmux.waitFor(s -> s.contains("Loaded partitions"), WAIT))
                    .contains("Loaded partitions [novel] of book");

            tmux.typeLine("show load_state -c book -p novel");
            assertThat(tmux.waitFor(s -> s.matches("(?s).*\\| book\\s*\\| novel\\s*\\| Loaded\\s*\\|.*"), WAIT))
                    .containsPattern("\\| book\\s*\\| novel\\s*\\| Loaded\\s*\\|");

            tmux.typeLine("relase partition -c book -p novel");
            assertThat(tmux.waitFor(s -> s.contains("did you mean"), WAIT)).contains("did you mean: release");

            tmux.type("release part");
            tmux.press("Tab");
            tmux.typeLine(" -c book -p novel");
            assertThat(tmux.waitFor(s -> s.contains("Release partitions"), WAIT))
                    .as("Tab completed 'part' to 'partition'")
                    .contains("Release partitions [novel] of book successfully!");

            tmux.typeLine("query");
            assertThat(tmux.waitFor(s -> s.contains("Collection name: "), WAIT)).contains("Collection name: ");
            tmux.typeLine("book");
            tmux.typeLine("book_id in [1]");
            assertThat(tmux.waitFor(s -> s.contains("The names of partitions"), WAIT))
                    .contains("The names of partitions to query");
            for (int i = 0; i < 5; i++) {
                tmux.typeLine("");
            }
            String afterQuery = tmux.waitFor(s -> s.split("error:", -1).length > 2, WAIT);
            assertThat(afterQuery.substring(afterQuery.lastIndexOf("Graceful time")))
                    .as("the answers ran the query, which Milvus 2.1 refuses on released data")
                    .containsPattern("error: server error_code=\\d+ code=\\d+: .*book");

            tmux.typeLine("show memory");
            assertThat(tmux.waitFor(s -> s.contains("used_percent"), WAIT)).containsPattern("\\d+\\.\\d (KiB|MiB|GiB)");

            assertThat(tmux.screen()).doesNotContain("SLF4J");
            tmux.typeLine("exit");
        }
    }
}
