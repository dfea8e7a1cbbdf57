package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.cli.MilvusCli1TerminalTest.Terminal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * milvus_cli 1.x's prompted data forms ({@code insert row}, {@code upsert row}, {@code get},
 * {@code delete ids}, {@code hybrid_search}, {@code query_iterator}, {@code search_iterator}) and {@code upsert file} typed at a real terminal, as {@link MilvusCli1TerminalTest} types the
 * others: the shell in its own JVM inside tmux, the reference server (milvus-2.6 profile) in
 * another, each question answered when the screen shows it, each command's output checked.
 */
class MilvusCli1DataTerminalTest {

    @Test
    void theDataFormsTypedAtTheTerminalAgainstAForkedServer(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
        Path home = Files.createDirectories(dir.resolve("home"));
        try (ForkedServer server = ForkedServer.start(dir.resolve("data"), "milvus-2.6");
                Tmux tmux = new Tmux(MilvusCli1TerminalTest.cliCommand(home))) {
            Terminal t = new Terminal(tmux);
            String hostPort = server.grpcUri().getAuthority();
            t.awaitPrompt();

            t.ok("connect -uri http://" + hostPort, "Connected to grpc://" + hostPort);
            t.ok(MilvusCli1DataFormsTest.CREATE_FILM, "Create collection successfully!");
            String[][] films = {
                {"1", "1991", "[0.1, 0.1]", "[0.9, 0.9]"},
                {"2", "1992", "[0.2, 0.2]", "[0.8, 0.8]"},
                {"3", "1993", "[0.3, 0.3]", "[0.7, 0.7]"}
            };
            for (String[] film : films) {
                t.type("insert row");
                t.answer("Collection name", "film");
                t.answer("Partition name [_default]", "");
                t.answer("Enter value for film_id (INT64)", film[0]);
                t.answer("Enter value for year (INT64)", film[1]);
                t.answer("Enter value for intro (FLOAT_VECTOR)", film[2]);
                t.answer("Enter value for poster (FLOAT_VECTOR)", film[3]);
                t.finish("Inserted 1 rows into film/_default");
            }
            t.ok("flush -c film", "Flush collection film successfully!");
            t.ok("create index -c film -f intro -in intro_idx -t FLAT -m L2 -p {}", "Create index successfully!");
            t.ok("create index -c film -f poster -in poster_idx -t FLAT -m L2 -p {}", "Create index successfully!");
            t.ok("load collection -c film", "Loaded collection film");

            t.type("get");
            t.answer("Collection name", "film");
            t.answer("The IDs (e.g. [1,2,3])", "[1, 3]");
            t.answer("Fields to return(split by \",\" if multiple) [film_id, year, intro, poster]", "year");
            t.finish("\\| film_id\\s*\\| year\\s*\\|", "\\| 1\\s*\\| 1991\\s*\\|", "\\| 3\\s*\\| 1993\\s*\\|");

            t.type("hybrid_search");
            t.answer("Collection name", "film");
            t.answer("Vector field name (film_id, year, intro, poster)", "intro");
            t.answer("Vector data (e.g. [0.1, 0.2, 0.3, ...])", "[0.1, 0.1]");
            t.answer("TopK for this request [10]", "2");
            t.answer("Filter expression (press Enter to skip)", "");
            t.answer("Metric type (L2, IP, COSINE) [COSINE]", "L2");
            t.answer("Search params (JSON format", "");
            t.answer("Add another search request? [Y/n]", "");
            t.answer("Vector field name", "poster");
            t.answer("Vector data", "[0.9, 0.9]");
            t.answer("TopK for this request", "");
            t.answer("Filter expression", "year > 1991");
            t.answer("Metric type", "L2");
            t.answer("Search params", "");
            t.answer("Add another search request?", "n");
            t.answer("Select ranker (Weighted, RRF) [Weighted]", "Weighted");
            t.answer("Weights (list of 2 floats, e.g. [0.8, 0.2])", "[0.7, 0.3]");
            t.answer("Final TopK limit [10]", "3");
            t.answer("Output fields (split by \",\" if multiple)", "year");
            t.finish(
                    "--- Adding Search Request #2 ---",
                    "--- Rerank Strategy ---",
                    "Executing hybrid search\\.\\.\\.",
                    "\\| query\\s*\\| rank\\s*\\| id\\s*\\| distance\\s*\\| year\\s*\\|",
                    "\\| 0\\s*\\| 1\\s*\\| \\d\\s*\\| [0-9.]+\\s*\\| 199\\d\\s*\\|",
                    "\\| 0\\s*\\| 3\\s*\\|");

            t.type("query_iterator");
            t.answer("Collection name", "film");
            t.answer("Filter expression", "year > 1990");
            t.answer("Output fields (comma separated) [film_id, year, intro, poster]", "year");
            t.answer("Batch size [1000]", "2");
            t.answer("Limit (0 for no limit) [0]", "");
            t.answer("Continue to next batch? [Y/n]", "n");
            t.finish("--- Batch 1 \\(2 results\\) ---", "\\| 2\\s*\\| 1992\\s*\\|", "Total results retrieved: 2");

            t.type("search_iterator");
            t.answer("Collection name", "film");
            t.answer("Vector field (film_id, year, intro, poster)", "intro");
            t.answer("Search vector (e.g., [0.1, 0.2, ...])", "[0.1, 0.1]");
            t.answer("Batch size [100]", "2");
            t.answer("Limit [1000]", "");
            t.answer("Filter expression (optional)", "");
            t.answer("Output fields (comma separated)", "year");
            t.answer("Continue to next batch? [Y/n]", "n");
            t.finish(
                    "\\| film_id\\s*\\| distance\\s*\\| year\\s*\\|",
                    "\\| 1\\s*\\| 0\\.0\\s*\\| 1991\\s*\\|",
                    "Total results retrieved: 2");

            t.type("delete ids -c film");
            t.answer("The IDs to delete (e.g. [1,2,3])", "[2, 3]");
            t.answer("Do you want to continue?", "n");
            t.finish("You are trying to delete 2 entities\\. This action cannot be undone!", "Nothing deleted\\.");
            t.type("delete ids -c film -p _default");
            t.answer("The IDs to delete", "[1]");
            t.answer("Do you want to continue?", "y");
            t.finish("Deleted 1 entities of film");

            t.type("get");
            t.answer("Collection name", "film");
            t.answer("The IDs", "[1]");
            t.answer("Fields to return", "");
            t.finish("No results found\\.");

            t.type("upsert row");
            t.answer("Collection name", "film");
            t.answer("Partition name [_default]", "");
            t.answer("Enter value for film_id (INT64)", "2");
            t.answer("Enter value for year (INT64)", "2002");
            t.answer("Enter value for intro (FLOAT_VECTOR)", "[0.2, 0.2]");
            t.answer("Enter value for poster (FLOAT_VECTOR)", "[0.8, 0.8]");
            t.finish("Upserted 1 rows into film/_default");
            Path csv = Files.writeString(
                    dir.resolve("films.csv"),
                    "film_id,year,intro,poster\n3,2003,\"[0.3, 0.3]\",\"[0.7, 0.7]\"\n"
                            + "4,2004,\"[0.4, 0.4]\",\"[0.6, 0.6]\"\n");
            t.ok("upsert file -c film " + csv, "Upserted 2 rows into film");
            t.type("get");
            t.answer("Collection name", "film");
            t.answer("The IDs", "[2, 3, 4]");
            t.answer("Fields to return", "year");
            t.finish("\\| 2\\s*\\| 2002\\s*\\|", "\\| 3\\s*\\| 2003\\s*\\|", "\\| 4\\s*\\| 2004\\s*\\|");

            t.ok("release collection -c film", "Release collection film successfully!");
            t.type("get");
            t.answer("Collection name", "film");
            t.answer("The IDs", "[2]");
            t.answer("Fields to return", "");
            assertThat(t.output()).containsPattern("error: server error_code=\\d+ code=101: collection not loaded");

            t.ok("delete collection -c film -y", "Drop collection film successfully!");
            assertThat(tmux.screen()).doesNotContain("SLF4J");
            tmux.typeLine("exit");
            t.softly.assertAll();
        }
    }
}
