package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every milvus_cli 1.x command form the CLI accepts (docs/cli.md, "Commands"), typed at a real
 * terminal: the CLI's interactive shell runs in its own JVM inside tmux, the reference server in
 * another JVM, and each command's output on the screen (between its line and the next prompt) is
 * checked. Questions are answered when the shell shows them, as a person would. No timing is
 * asserted: every wait is for a screen state, with a generous bound for a loaded machine.
 */
class MilvusCli1TerminalTest {
    static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void everyMilvusCli1CommandFormTypedAtTheTerminalAgainstAForkedServer(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
        Path csv = MilvusCli1FormsTest.books(dir);
        Path home = java.nio.file.Files.createDirectories(dir.resolve("home"));
        try (ForkedServer server = ForkedServer.start(dir.resolve("data"));
                Tmux tmux = new Tmux(cliCommand(home))) {
            Terminal t = new Terminal(tmux);
            String hostPort = server.grpcUri().getAuthority();
            t.awaitPrompt();

            t.ok("connect -uri http://" + hostPort, "Connected to grpc://" + hostPort);
            t.ok(
                    "create collection -c book -f book_id:INT64 -f word_count:INT64 -f book_intro:FLOAT_VECTOR:2"
                            + " -p book_id -d \"my books\"",
                    "Create collection successfully!");
            t.ok("list collections", "\\| book\\s*\\|");
            t.ok("show collection -c book", "book_intro", "FloatVector", "my books");
            t.ok("create partition -c book -p novel -d stories", "Create partition successfully!");
            t.ok("create partition -c book -p extra", "Create partition successfully!");
            t.ok("list partitions -c book", "\\| novel\\s*\\|", "\\| extra\\s*\\|", "\\| _default\\s*\\|");
            t.ok("delete partition -c book -p extra", "Drop partition extra of book successfully!");
            t.ok("insert file -c book -p novel " + csv, "Inserted 20 rows into book/novel");
            t.ok("flush -c book", "Flush collection book successfully!");
            t.ok("show collection_stats -c book", "\\| row_count\\s*\\| 20\\s*\\|");
            t.ok("show partition_stats -c book -p novel", "\\| row_count\\s*\\| 20\\s*\\|");
            t.ok("show partition -c book -p novel", "novel", "20");

            t.type("create index");
            t.answer("Collection name", "book");
            t.answer("field", "book_intro");
            t.answer("Index name", "intro_idx");
            t.answer("Index type", "IVF_FLAT");
            t.answer("metric type", "L2");
            t.answer("Index params nlist", "4");
            t.finish("Create index successfully!");
            t.ok("list indexes -c book", "\\| intro_idx\\s*\\| book_intro\\s*\\| IVF_FLAT\\s*\\| L2\\s*\\|");
            t.ok("show index -c book -in intro_idx", "IVF_FLAT", "nlist");
            t.ok("show index_progress -c book -in intro_idx", "\\| total_rows\\s*\\| 20\\s*\\|");

            t.ok("load partition -c book -p novel", "Loaded partitions \\[novel\\] of book");
            t.ok("show loading_progress -c book -p novel", "100");
            t.ok("show load_state -c book -p novel", "\\| book\\s*\\| novel\\s*\\| Loaded\\s*\\|");
            t.ok(
                    "show query_segment_info -c book",
                    "\\| segment_id\\s*\\| partition_id\\s*\\| num_rows\\s*\\| mem_size\\s*\\|");

            t.type("query");
            t.answer("Collection name", "book");
            t.answer("The query expression", "book_id in [1, 2]");
            t.answer("The names of partitions to query", "novel");
            t.answer("Fields to return", "word_count");
            t.answer("timeout", "");
            t.answer("Guarantee timestamp", "0");
            t.answer("Graceful time", "5");
            t.finish("\\| 1\\s*\\| 1001\\s*\\|", "\\| 2\\s*\\| 1002\\s*\\|");
            t.ok("query -c book -e \"book_id in [3]\" -o word_count", "\\| 3\\s*\\| 1003\\s*\\|");

            t.type("search");
            t.answer("Collection name", "book");
            t.answer("The vector field used to search", "book_intro");
            t.answer("Vector data", "[0.01, 0.02]");
            t.answer("Search parameter nprobe", "4");
            t.answer("Groups search by Field", "");
            t.answer("decimal places", "-1");
            t.answer("topk", "3");
            t.answer("boolean expression", "");
            t.answer("The names of partitions to search", "");
            t.answer("Fields to return", "");
            t.answer("Guarantee timestamp", "0");
            t.finish("Metric type: L2", "\\| 0\\s*\\| 1\\s*\\| 1\\s*\\|");
            t.ok(
                    "search -c book -v book_intro -d \"[[0.02, 0.04]]\" -k 2 -m L2 --params {\"nprobe\":4}",
                    "\\| 2\\s*\\|");

            t.type("delete entities -c book -p novel");
            t.answer("entities to be deleted", "book_id in [1]");
            t.answer("Do you want to continue?", "y");
            t.finish("Deleted 1 entities of book");

            t.ok("release partition -c book -p novel", "Release partitions \\[novel\\] of book successfully!");
            t.ok("show load_state -c book -p novel", "\\| book\\s*\\| novel\\s*\\| NotLoad\\s*\\|");

            t.ok("create alias -c book -a tome", "Create alias tome of book successfully!");
            t.ok(
                    "create collection -c shelf -f shelf_id:INT64 -f shelf_vec:FLOAT_VECTOR:2 -p shelf_id",
                    "Create collection successfully!");
            t.ok("create alias -c shelf -a tome -A", "Alter alias tome to shelf successfully!");
            t.ok("list aliases -c shelf", "\\| tome\\s*\\| shelf\\s*\\|");
            t.ok("show alias -a tome", "\\| alias\\s*\\| tome\\s*\\|", "\\| collection\\s*\\| shelf\\s*\\|");
            t.ok("delete alias -a tome", "Drop alias tome successfully!");

            t.ok("create user -u alice -p secret-1", "Create user alice successfully!");
            t.ok("list users", "\\| alice\\s*\\|");
            t.type("update password -u alice");
            t.answer("Old password", "secret-1");
            t.answer("New password", "secret-2");
            t.answer("Confirm new password", "secret-2");
            t.finish("Update password of alice successfully!");
            t.ok("delete user -u alice", "Delete user alice successfully!");

            t.ok("load collection -c book", "Loaded collection book");
            t.ok("show replicas -c book", "\\| replica_id\\s*\\|");
            t.ok("show memory", "used_percent", "\\d+\\.\\d (B|KiB|MiB|GiB)");
            t.ok("release collection -c book", "Release collection book successfully!");
            t.ok("delete index -c book -in intro_idx", "Drop index of book successfully!");

            t.type("delete collection -c shelf");
            t.answer("Do you want to continue?", "n");
            t.finish("Nothing deleted.");
            t.type("delete collection -c shelf");
            t.answer("Do you want to continue?", "y");
            t.finish("Drop collection shelf successfully!");
            t.ok("delete collection -c book -y", "Drop collection book successfully!");
            String last = t.ok("list collections");
            assertThat(last).doesNotContain("| book ").doesNotContain("| shelf ");

            // databases: Milvus 2.2.9+, so on a second server under the milvus-2.6 profile
            try (ForkedServer v26 = ForkedServer.start(dir.resolve("data26"), "milvus-2.6")) {
                String at = v26.grpcUri().getAuthority();
                t.ok("connect -uri http://" + at, "Connected to grpc://" + at);
                t.ok("create database -db library", "Create database library successfully!");
                t.ok("list databases", "\\| library\\s*\\|", "\\| default\\s*\\|");
                // every line differs from the ones before it: the screen is searched for the last one typed
                t.ok("use database -db library", "Using database library\\.");
                t.ok(
                        "create collection -c stack -f stack_id:INT64 -f stack_vec:FLOAT_VECTOR:2 -p stack_id",
                        "Create collection successfully!");
                t.ok("list partitions -c stack", "\\| _default\\s*\\|");
                t.ok("use database -db default", "Using database default\\.");
                assertThat(t.run("show collection -c stack"))
                        .as("stack is in library only")
                        .contains("error:");
                assertThat(t.run("use database -db nowhere")).contains("database not found: nowhere");
                t.ok("use database --db_name library", "Using database library\\.");
                t.ok("delete collection -c stack -y", "Drop collection stack successfully!");
                t.type("delete database -db library");
                t.answer("Do you want to continue?", "y");
                t.finish("Drop database library successfully!");
                assertThat(t.run("use database --db_name=library")).contains("database not found: library");
                t.ok("server_version", "Milvus server version: v2\\.6");
                t.ok("show database -db default", "\\| name\\s*\\| default\\s*\\|");
                t.type("alter database -db default");
                t.answer("Property key", "database.max.collections");
                t.answer("Property value for 'database.max.collections'", "64");
                t.finish("Alter database default successfully!");
                t.ok("show database --db_name default", "\\| database\\.max\\.collections\\s*\\| 64\\s*\\|");

                // collections: rename, flush state, compaction
                t.ok(
                        "create collection -c atlas -f book_id:INT64 -f word_count:INT64 -f book_intro:FLOAT_VECTOR:2"
                                + " -p book_id",
                        "Create collection successfully!");
                t.ok("insert file -c atlas " + csv, "Inserted 20 rows into atlas");
                t.ok("flush -c atlas", "Flush collection atlas successfully!");
                t.ok("show flush_state -c atlas", "\\| atlas\\s*\\| 1\\s*\\| true\\s*\\|");
                t.ok("rename collection -old atlas -new globe", "Rename collection atlas to globe successfully!");
                t.ok("list collections", "\\| globe\\s*\\|");
                t.type("alter collection_properties -c globe");
                t.answer("Property key", "collection.ttl.seconds");
                t.answer("Property value for 'collection.ttl.seconds'", "3600");
                t.finish("Alter collection globe successfully!");
                t.ok("show collection -c globe", "\"collection\\.ttl\\.seconds\":\"3600\"");
                t.ok(
                        "delete collection_properties -c globe -k collection.ttl.seconds",
                        "Delete property collection.ttl.seconds of collection globe successfully!");
                Matcher compaction = Pattern.compile("Compaction id: (\\d+)").matcher(t.ok("compact -c globe"));
                assertThat(compaction.find()).isTrue();
                String id = compaction.group(1);
                t.ok("show compaction_state -id " + id, "\\| " + id + "\\s*\\| (Executing|Completed)\\s*\\|");
                t.ok("show compaction_plans -c globe -id " + id, "\\| state\\s*\\| sources\\s*\\| target\\s*\\|");

                // resource groups: Milvus 2.3+ (limits and requests 2.4+)
                t.type("create resource_group -n rg1");
                t.answer("Configure node limits?", "y");
                t.answer("requests.node_num", "0");
                t.answer("limits.node_num", "1");
                t.finish("Create resource group rg1 successfully!");
                t.ok("list resource_groups", "\\| rg1\\s*\\|", "\\| __default_resource_group\\s*\\|");
                t.ok("show resource_group -n rg1", "\\| limits\\.node_num\\s*\\| 1\\s*\\|");
                t.type("update resource_group -n rg1");
                t.answer("requests.node_num", "0");
                t.answer("limits.node_num", "2");
                t.finish("Update resource group rg1 successfully!");
                t.ok("show resource_group --name rg1", "\\| limits\\.node_num\\s*\\| 2\\s*\\|");
                t.ok("load collection -c globe", "Loaded collection globe");
                t.type("transfer replica");
                t.answer("Source resource group", "__default_resource_group");
                t.answer("Target resource group", "rg1");
                t.answer("Collection name", "globe");
                t.answer("Number of replicas to transfer", "1");
                t.finish("Transfer 1 replica\\(s\\) of globe from __default_resource_group to rg1 successfully!");
                t.ok("show resource_group -n rg1", "\\| num_loaded_replica\\s*\\| globe: 1\\s*\\|");
                t.ok("release collection -c globe", "Release collection globe successfully!");
                assertThat(t.run("delete resource_group -n __default_resource_group"))
                        .contains("Cannot delete the default resource group");
                // Milvus drops a resource group only when its node limits are 0
                t.ok("update resource_group -n rg1 --requests 0 --limits 0", "Update resource group rg1 successfully!");
                t.type("delete resource_group -n rg1");
                t.answer("Do you want to continue?", "y");
                t.finish("Drop resource group rg1 successfully!");
                t.ok("delete collection -c globe -y", "Drop collection globe successfully!");

                // roles, grants and privilege groups (Milvus 2.2+; privilege groups 2.5+)
                t.ok("create role -r reader", "Create role reader successfully!");
                t.ok("list roles", "\\| reader\\s*\\|", "\\| admin\\s*\\|");
                t.ok("create user -u bob -p secret-1", "Create user bob successfully!");
                t.ok("grant role -r reader -u bob", "Grant role reader to user bob successfully!");
                t.ok("show user -u bob", "\\| bob\\s*\\| reader\\s*\\|");
                t.type("grant privilege");
                t.answer("Role name", "reader");
                t.answer("The type of object", "Collection");
                t.answer("The name of the object", "shelf");
                t.answer("The name of the privilege", "Search");
                t.answer("The name of the database", "");
                t.finish("Grant Search on Collection:shelf \\(db default\\) to role reader successfully!");
                t.ok(
                        "show role -r reader",
                        "\\| reader\\s*\\| Collection\\s*\\| shelf\\s*\\| Search\\s*\\| default\\s*\\|");
                t.ok("list grants -r reader -t Collection -o shelf", "\\| Search\\s*\\|");
                t.type("revoke privilege");
                t.answer("Role name", "reader");
                t.answer("The type of object", "Collection");
                t.answer("The name of the object", "shelf");
                t.answer("The name of the privilege", "Search");
                t.answer("The name of the database", "default");
                t.finish("Revoke Search on Collection:shelf \\(db default\\) from role reader successfully!");
                t.ok("create privilege_group -n readers", "Create privilege group readers successfully!");
                t.ok(
                        "grant privilege_group -n readers -p Query,Search",
                        "Add Query, Search to privilege group readers successfully!");
                t.ok("list privilege_groups", "\\| readers\\s*\\| Query\\s*\\|", "\\| readers\\s*\\| Search\\s*\\|");
                t.ok(
                        "revoke privilege_group -n readers -p Search",
                        "Remove Search from privilege group readers successfully!");
                t.type("delete privilege_group -n readers");
                t.answer("Do you want to continue?", "y");
                t.finish("Drop privilege group readers successfully!");
                t.ok("revoke role -r reader -u bob", "Revoke role reader from user bob successfully!");
                t.ok("delete role -r reader", "Drop role reader successfully!");
                t.ok("delete user -u bob", "Delete user bob successfully!");
            }

            t.ok("version", "^partita \\S+");
            t.ok("help", "load", "release", "show");
            String typo = t.run("relase partition -c book -p novel");
            assertThat(typo).contains("did you mean: release");

            assertThat(tmux.screen()).doesNotContain("SLF4J");
            tmux.typeLine("exit");
            t.softly.assertAll();
        }
    }

    /** The CLI in its own JVM with this test's class path, a private home (history file) and an xterm. */
    static List<String> cliCommand(Path home) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(
                "env",
                "HOME=" + home,
                "TERM=xterm",
                java,
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName());
    }

    /** The shell on the tmux screen: commands typed at its prompt, questions answered as shown. */
    static final class Terminal {
        private final Tmux tmux;
        /** Every command's output is checked; all mismatches are reported together at the end. */
        final SoftAssertions softly = new SoftAssertions();

        private String line;
        /** How often {@link #line} was on the screen (2,000 lines of history) before it was typed. */
        private int seenBefore;

        Terminal(Tmux tmux) {
            this.tmux = tmux;
        }

        /** Waits for the prompt; returns the screen showing it. */
        String awaitPrompt() throws IOException, InterruptedException {
            String shown = tmux.waitFor(Terminal::atPrompt, WAIT);
            assertThat(atPrompt(shown))
                    .as("the shell's prompt; screen:%n%s", shown)
                    .isTrue();
            return shown;
        }

        private static boolean atPrompt(String screen) {
            return Tmux.lastLine(screen).equals(Shell.PROMPT.strip());
        }

        /** Types a command line at the prompt. */
        void type(String commandLine) throws IOException, InterruptedException {
            String shown = awaitPrompt();
            line = commandLine;
            seenBefore = occurrences(shown, Shell.PROMPT + line);
            tmux.typeLine(commandLine);
        }

        /** Waits until the shell asks a question containing {@code question}, then answers it. */
        void answer(String question, String answer) throws IOException, InterruptedException {
            String shown = tmux.waitFor(s -> Tmux.lastLine(s).contains(question), WAIT);
            assertThat(Tmux.lastLine(shown))
                    .as("the question '%s' after '%s'; screen:%n%s", question, line, shown)
                    .contains(question);
            tmux.typeLine(answer);
        }

        /** Waits for the prompt after the command; returns the command's output on the screen. */
        String output() throws IOException, InterruptedException {
            String screen = tmux.waitFor(
                    s -> atPrompt(s)
                            && occurrences(s, Shell.PROMPT + line) > seenBefore // not an earlier, identical line
                            && s.lastIndexOf(Shell.PROMPT.strip()) > s.lastIndexOf(Shell.PROMPT + line),
                    WAIT);
            int at = screen.lastIndexOf(Shell.PROMPT + line);
            assertThat(at)
                    .as("the command line '%s' on the screen:%n%s", line, screen)
                    .isNotNegative();
            String out = screen.substring(at + Shell.PROMPT.length() + line.length());
            return out.substring(0, out.lastIndexOf(Shell.PROMPT.strip())).strip();
        }

        private static int occurrences(String screen, String text) {
            int n = 0;
            for (int at = screen.indexOf(text); at >= 0; at = screen.indexOf(text, at + 1)) {
                n++;
            }
            return n;
        }

        /** Finishes a command: its output holds every pattern and no error. */
        String finish(String... patterns) throws IOException, InterruptedException {
            String out = output();
            softly.assertThat(out).as("output of '%s'", line).doesNotContain("error:");
            for (String p : patterns) {
                softly.assertThat(out).as("output of '%s'", line).containsPattern(p);
            }
            return out;
        }

        /** Runs one command that asks nothing and checks its output. */
        String ok(String commandLine, String... patterns) throws IOException, InterruptedException {
            type(commandLine);
            return finish(patterns);
        }

        /** Runs one command and returns its output, unchecked. */
        String run(String commandLine) throws IOException, InterruptedException {
            type(commandLine);
            return output();
        }
    }
}
