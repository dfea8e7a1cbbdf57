package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * milvus_cli 1.2.1's prompted data forms ({@code insert row}, {@code upsert row}, {@code get},
 * {@code delete ids}, {@code hybrid_search}; scripts/data_client_cli.py), {@code upsert file}, typed into the shell with each prompt's
 * answer on the following line, and their one-shot behaviour, against the in-process reference
 * server under the milvus-2.6 profile.
 */
@PartitaServer(profile = "milvus-2.6", cleanBetweenTests = true)
class MilvusCli1DataFormsTest {

    /** film: film_id INT64 (primary), year INT64, intro and poster FLOAT_VECTOR:2. */
    static final String CREATE_FILM = "create collection -c film -f film_id:INT64 -f year:INT64"
            + " -f intro:FLOAT_VECTOR:2 -f poster:FLOAT_VECTOR:2 -p film_id";

    /** The lines typed for {@code insert row}: collection, partition, then one value per field. */
    static List<String> insertRow(long id, long year, String intro, String poster) {
        return List.of("insert row", "film", "", String.valueOf(id), String.valueOf(year), intro, poster);
    }

    static String filmsScript(String hostPort) {
        List<String> lines = new java.util.ArrayList<>(List.of("connect -uri http://" + hostPort, CREATE_FILM));
        lines.addAll(insertRow(1, 1991, "[0.1, 0.1]", "[0.9, 0.9]"));
        lines.addAll(insertRow(2, 1992, "[0.2, 0.2]", "[0.8, 0.8]"));
        lines.addAll(insertRow(3, 1993, "[0.3, 0.3]", "[0.7, 0.7]"));
        lines.addAll(List.of(
                "flush -c film",
                "create index -c film -f intro -in intro_idx -t FLAT -m L2 -p {}",
                "create index -c film -f poster -in poster_idx -t FLAT -m L2 -p {}",
                "load collection -c film"));
        return String.join("\n", lines);
    }

    @Test
    void insertRowGetHybridSearchAndDeleteIdsAskMilvusCliQuestions(PartitaEndpoints endpoints) {
        String script = String.join(
                "\n",
                filmsScript(endpoints.grpcUri().getAuthority()),
                "get",
                "film",
                "[1, 3]",
                "year",
                "hybrid_search",
                "film",
                "intro",
                "not a vector",
                "[0.1, 0.1]",
                "2",
                "",
                "L2",
                "",
                "y",
                "poster",
                "[0.9, 0.9]",
                "",
                "year > 1991",
                "L2",
                "{oops",
                "n",
                "RRF",
                "",
                "3",
                "year",
                "delete ids -c film",
                "[1]",
                "y",
                "delete ids -c film",
                "[2, 3]",
                "n",
                "get",
                "film",
                "[1]",
                "",
                "exit");

        CliRun run = CliRun.withInput(null, script + "\n");

        assertThat(run.err()).as("no command failed").doesNotContain("error:");
        assertThat(run.out())
                .contains("Partition name [_default]: ")
                .contains("Enter value for film_id (INT64): ")
                .contains("Enter value for intro (FLOAT_VECTOR): ")
                .contains("Inserted 1 rows into film/_default")
                .contains("The IDs (e.g. [1,2,3]): ")
                .contains("Fields to return(split by \",\" if multiple) [film_id, year, intro, poster]: ")
                .containsPattern("\\| film_id\\s*\\| year\\s*\\|")
                .containsPattern("\\| 1\\s*\\| 1991\\s*\\|")
                .containsPattern("\\| 3\\s*\\| 1993\\s*\\|")
                .contains("Vector field name (film_id, year, intro, poster): ")
                .contains("TopK for this request [10]: ")
                .contains("Metric type (L2, IP, COSINE) [COSINE]: ")
                .contains("Search params (JSON format, e.g. {\"nprobe\": 10}, press Enter to skip) [{}]: ")
                .contains("Add another search request? [Y/n] [y]: ")
                .contains("Select ranker (Weighted, RRF) [Weighted]: ")
                .contains("k factor for RRF [60]: ")
                .contains("Final TopK limit [10]: ")
                .containsPattern("\\| query\\s*\\| rank\\s*\\| id\\s*\\| distance\\s*\\| year\\s*\\|")
                .containsPattern("\\| 0\\s*\\| 1\\s*\\| \\d\\s*\\| [0-9.]+\\s*\\| 199\\d\\s*\\|")
                .contains("The IDs to delete (e.g. [1,2,3]): ")
                .contains("Deleted 1 entities of film")
                .contains("Nothing deleted.")
                .contains("No results found.");
        assertThat(run.err())
                .contains("--- Adding Search Request #1 ---")
                .contains("--- Adding Search Request #2 ---")
                .contains("Invalid format: the vector must be a vector like [0.1, 0.2], got \"not a vector\"")
                .contains("Invalid JSON params. Using defaults.")
                .contains("--- Rerank Strategy ---")
                .contains("Executing hybrid search...")
                .contains("You are trying to delete 1 entities. This action cannot be undone!")
                .contains("You are trying to delete 2 entities. This action cannot be undone!");
        // the 3-row hybrid result: RRF over both requests ranks every film once
        String hybrid =
                run.out().substring(run.out().indexOf("| query "), run.out().indexOf("The IDs to delete"));
        assertThat(hybrid).containsPattern("\\| 0\\s*\\| 3\\s*\\|").doesNotContainPattern("\\| 0\\s*\\| 4\\s*\\|");
    }

    @Test
    void queryIteratorAndSearchIteratorPageThroughBatchesAsMilvusCliDoes(PartitaEndpoints endpoints) {
        String script = String.join(
                "\n",
                filmsScript(endpoints.grpcUri().getAuthority()),
                "query_iterator",
                "film",
                "year > 1990",
                "year",
                "2",
                "",
                "y",
                "y",
                "search_iterator",
                "film",
                "intro",
                "[0.1, 0.1]",
                "2",
                "",
                "",
                "year",
                "n",
                "exit");

        CliRun run = CliRun.withInput(null, script + "\n");

        assertThat(run.err()).as("no command failed").doesNotContain("error:");
        assertThat(run.out())
                .contains("Filter expression: ")
                .contains("Output fields (comma separated) [film_id, year, intro, poster]: ")
                .contains("Batch size [1000]: ")
                .contains("Limit (0 for no limit) [0]: ")
                .contains("Continue to next batch? [Y/n] [y]: ")
                .contains("Vector field (film_id, year, intro, poster): ")
                .contains("Search vector (e.g., [0.1, 0.2, ...]): ")
                .contains("Batch size [100]: ")
                .contains("Limit [1000]: ")
                .contains("Filter expression (optional): ")
                .containsPattern("\\| film_id\\s*\\| year\\s*\\|")
                .containsPattern("\\| film_id\\s*\\| distance\\s*\\| year\\s*\\|")
                // the nearest film to [0.1, 0.1] first, at distance 0
                .containsPattern("\\| 1\\s*\\| 0\\.0\\s*\\| 1991\\s*\\|");
        String err = run.err();
        // the query: three films in key order, two then one; the search stopped after its first batch
        assertThat(err)
                .contains("--- Batch 1 (2 results) ---")
                .contains("--- Batch 2 (1 results) ---")
                .contains("Total results retrieved: 3")
                .contains("Total results retrieved: 2")
                .doesNotContain("--- Batch 3");
        String query =
                run.out().substring(run.out().indexOf("| film_id"), run.out().indexOf("Search vector"));
        assertThat(query.indexOf("| 1991")).isLessThan(query.indexOf("| 1992"));
        assertThat(query.indexOf("| 1992")).isLessThan(query.indexOf("| 1993"));
    }

    @Test
    void weightsThatDoNotMatchTheRequestsAreAUsageErrorAndAnUnknownChoiceIsAskedAgain(PartitaEndpoints endpoints) {
        String script = String.join(
                "\n",
                filmsScript(endpoints.grpcUri().getAuthority()),
                "hybrid_search",
                "film",
                "intro",
                "[0.1, 0.1]",
                "",
                "",
                "Manhattan",
                "L2",
                "",
                "n",
                "Weighted",
                "[0.5, 0.5]",
                "hybrid_search",
                "film",
                "intro",
                "[0.1, 0.1]",
                "",
                "",
                "L2",
                "",
                "n",
                "",
                "[1.0]",
                "",
                "",
                "exit");

        CliRun run = CliRun.withInput(null, script + "\n");

        assertThat(run.err())
                .contains("Error: 'Manhattan' is not one of 'L2', 'IP', 'COSINE'.")
                .contains("error: invalid parameter: Number of weights (2) must match number of requests (1).");
        assertThat(run.out())
                .contains("Weights (list of 1 floats, e.g. [0.8, 0.2]): ")
                .containsPattern("\\| 0\\s*\\| 1\\s*\\| 1\\s*\\|");
    }

    @Test
    void oneShotDeleteIdsTakesIdsAndYesAndAServerErrorKeepsBothCodes(PartitaEndpoints endpoints) {
        URI uri = endpoints.grpcUri();
        CliRun script = CliRun.withInput(null, filmsScript(uri.getAuthority()) + "\nexit\n");
        assertThat(script.err()).doesNotContain("error:");

        CliRun asked = CliRun.run(uri, "delete", "ids", "-c", "film");
        CliRun deleted = CliRun.run(uri, "--json", "delete", "ids", "-c", "film", "--ids", "[2]", "-y");
        CliRun notJson = CliRun.run(uri, "delete", "ids", "-c", "film", "--ids", "2", "-y");
        CliRun missing = CliRun.run(uri, "--json", "delete", "ids", "-c", "nowhere", "--ids", "[1]", "-y");
        CliRun get = CliRun.run(uri, "get");

        assertThat(asked.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(asked.err()).contains("missing --ids");
        assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        JsonObject ok = JsonParser.parseString(deleted.out()).getAsJsonObject();
        assertThat(ok.get("message").getAsString()).isEqualTo("Deleted 1 entities of film");
        assertThat(ok.get("delete_count").getAsLong()).isEqualTo(1);
        assertThat(notJson.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notJson.err()).contains("the IDs must be a non-empty JSON array such as [1,2,3], got 2");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        // the V2 client's delete reads the primary key from DescribeCollection first: its 2.6 refusal, both codes
        assertThat(missing.err())
                .startsWith("error: server error_code=4 code=100:"
                        + " can't find collection[database=default][collection=nowhere]");
        JsonObject error =
                JsonParser.parseString(missing.out()).getAsJsonObject().getAsJsonObject("error");
        assertThat(error.get("kind").getAsString()).isEqualTo("server");
        assertThat(error.get("code").getAsInt()).isEqualTo(100);
        assertThat(error.get("error_code").getAsInt()).isEqualTo(4);
        assertThat(error.get("exit_code").getAsInt()).isEqualTo(ExitCodes.SERVER_ERROR);
        assertThat(get.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(get.err()).contains("'get' asks its questions in the shell");
    }

    @Test
    void insertRowDoesNotAskForAnAutoIdKeyAndInJsonModePrintsTheNewId(PartitaEndpoints endpoints) {
        String script = String.join(
                "\n",
                "connect -uri http://" + endpoints.grpcUri().getAuthority(),
                "create collection -c note -f note_id:INT64 -f note_vec:FLOAT_VECTOR:2 -p note_id -A",
                "insert row",
                "note",
                "",
                "[0.5, 0.5]",
                "exit");

        CliRun run = CliRun.withInput(null, script + "\n", "--json");

        assertThat(run.err()).doesNotContain("error:");
        assertThat(run.out())
                .doesNotContain("Enter value for note_id")
                .contains("Enter value for note_vec (FLOAT_VECTOR): ");
        String json = run.out()
                .lines()
                .map(l -> l.substring(l.indexOf('{') < 0 ? 0 : l.indexOf('{')))
                .filter(l -> l.contains("\"insert_count\""))
                .findFirst()
                .orElseThrow();
        JsonObject inserted = JsonParser.parseString(json).getAsJsonObject();
        assertThat(inserted.get("message").getAsString()).isEqualTo("Inserted 1 rows into note/_default");
        assertThat(inserted.getAsJsonArray("ids")).hasSize(1);
    }

    @Test
    void upsertRowAndUpsertFileReplaceStoredRowsAndInsertNewOnes(
            PartitaEndpoints endpoints, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path csv = dir.resolve("films.csv");
        java.nio.file.Files.writeString(
                csv,
                "film_id,year,intro,poster\n"
                        + "3,2003,\"[0.3, 0.3]\",\"[0.7, 0.7]\"\n"
                        + "4,2004,\"[0.4, 0.4]\",\"[0.6, 0.6]\"\n");
        URI uri = endpoints.grpcUri();
        String script = String.join(
                "\n",
                filmsScript(uri.getAuthority()),
                "upsert row",
                "film",
                "",
                "2",
                "2002",
                "[0.2, 0.2]",
                "[0.8, 0.8]",
                "upsert file -c film " + csv,
                "get",
                "film",
                "[1, 2, 3, 4]",
                "year",
                "exit");

        CliRun run = CliRun.withInput(null, script + "\n");
        CliRun json = CliRun.run(uri, "--json", "upsert", "file", "-c", "film", "-p", "_default", csv.toString());
        CliRun missing = CliRun.run(uri, "upsert", "file", "-c", "nowhere", csv.toString());
        CliRun bare = CliRun.run(uri, "upsert");
        CliRun row = CliRun.run(uri, "upsert", "row");

        assertThat(run.err()).as("no command failed").doesNotContain("error:");
        assertThat(run.out())
                .contains("Enter value for film_id (INT64): ")
                .contains("Upserted 1 rows into film/_default")
                .contains("Upserted 2 rows into film")
                .containsPattern("\\| 1\\s*\\| 1991\\s*\\|")
                .containsPattern("\\| 2\\s*\\| 2002\\s*\\|")
                .containsPattern("\\| 3\\s*\\| 2003\\s*\\|")
                .containsPattern("\\| 4\\s*\\| 2004\\s*\\|")
                .doesNotContainPattern("\\| 2\\s*\\| 1992\\s*\\|");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonObject upserted = JsonParser.parseString(json.out()).getAsJsonObject();
        assertThat(upserted.get("message").getAsString()).isEqualTo("Upserted 2 rows into film/_default");
        assertThat(upserted.get("upsert_count").getAsLong()).isEqualTo(2);
        assertThat(upserted.getAsJsonArray("ids").toString()).isEqualTo("[3,4]");
        // the CSV is read against the schema first: DescribeCollection's 2.6 refusal, both codes
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        assertThat(missing.err())
                .startsWith("error: server error_code=4 code=100:"
                        + " can't find collection[database=default][collection=nowhere]");
        assertThat(bare.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bare.err()).contains("'upsert' needs one of: file, row");
        assertThat(row.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(row.err()).contains("'upsert row' asks its questions in the shell");
    }

    @Test
    void getOnAReleasedCollectionShowsMilvussErrorWithBothCodes(PartitaEndpoints endpoints) {
        String script = String.join(
                "\n",
                filmsScript(endpoints.grpcUri().getAuthority()),
                "release collection -c film",
                "get",
                "film",
                "[1]",
                "",
                "exit");

        CliRun run = CliRun.withInput(null, script + "\n");

        assertThat(run.err()).containsPattern("error: server error_code=\\d+ code=\\d+: .*not loaded");
    }
}
