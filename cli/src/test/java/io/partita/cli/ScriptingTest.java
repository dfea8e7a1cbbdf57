package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What scripts rely on: --json documents, exit codes, one-line errors. */
@PartitaServer(cleanBetweenTests = true)
class ScriptingTest {
    private URI uri;

    @BeforeEach
    void createBook(PartitaEndpoints endpoints) {
        uri = endpoints.grpcUri();
        CliRun created = CliRun.run(
                uri,
                "create",
                "collection",
                "-c",
                "book",
                "-f",
                "book_id:INT64",
                "-f",
                "word_count:INT64",
                "-f",
                "book_intro:FLOAT_VECTOR:2",
                "-p",
                "book_id",
                "-d",
                "books");
        assertThat(created.exitCode()).as(created.err()).isZero();
    }

    @Test
    void listCollectionsInJsonIsAnArrayOfObjects() {
        CliRun list = CliRun.run(uri, "--json", "list", "collections");

        JsonArray rows = JsonParser.parseString(list.out()).getAsJsonArray();
        assertThat(rows).hasSize(1);
        JsonObject book = rows.get(0).getAsJsonObject();
        assertThat(book.get("collection").getAsString()).isEqualTo("book");
        assertThat(book.get("loaded_percent").getAsLong()).isZero();
    }

    @Test
    void describeCollectionInJsonListsTheSchema() {
        CliRun describe = CliRun.run(uri, "--json", "describe", "collection", "-c", "book");

        JsonObject d = JsonParser.parseString(describe.out()).getAsJsonObject();
        assertThat(d.get("description").getAsString()).isEqualTo("books");
        assertThat(d.get("load_state").getAsString()).isEqualTo("NotLoad");
        JsonArray fields = d.getAsJsonArray("fields");
        assertThat(fields.get(2).getAsJsonObject().get("dim").getAsInt()).isEqualTo(2);
        assertThat(fields.get(0).getAsJsonObject().get("primary_key").getAsBoolean())
                .isTrue();
    }

    @Test
    void aServerErrorInJsonModeIsAlsoAnErrorObjectOnStdout() {
        CliRun drop = CliRun.run(uri, "--json", "drop", "partition", "-c", "book", "-p", "_default");

        assertThat(drop.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        JsonObject error = JsonParser.parseString(drop.out()).getAsJsonObject().getAsJsonObject("error");
        assertThat(error.get("error_code").getAsInt()).isEqualTo(1);
        assertThat(error.get("reason").getAsString()).isEqualTo("default partition cannot be deleted");
        assertThat(error.get("exit_code").getAsInt()).isEqualTo(1);
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithExitCode2() {
        CliRun run = CliRun.run(uri, "frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: usage: Unmatched argument");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        CliRun run = CliRun.run(uri, "release", "-p", "novel");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--collection-name");
    }

    @Test
    void aGroupCommandAloneSaysWhichSubcommandsItNeeds() {
        CliRun run = CliRun.run(uri, "create");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'create' needs one of: collection, partition, index");
    }

    @Test
    void aNameTheSdkRejectsBeforeSendingIsAUsageError() {
        CliRun run = CliRun.run(uri, "load", "-c", "", "--no-wait");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: invalid parameter: ");
    }

    @Test
    void aServerThatIsNotThereIsExitCode3() throws IOException {
        int freePort;
        try (ServerSocket s = new ServerSocket(0)) {
            freePort = s.getLocalPort();
        }

        CliRun run = CliRun.run(URI.create("grpc://127.0.0.1:" + freePort), "--timeout", "3", "list", "collections");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.TRANSPORT);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: transport UNAVAILABLE (-7): ");
    }

    @Test
    void insertFromCsvThenQueryAndSearchSeeTheRows(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("books.csv");
        Files.writeString(
                csv,
                "book_id,word_count,book_intro\n1,1000,\"[0.1, 0.2]\"\n2,2000,\"[0.9, 0.8]\"\n3,3000,\"[0.5, 0.5]\"\n");

        CliRun insert = CliRun.run(uri, "--json", "insert", "-c", "book", csv.toString());
        assertThat(insert.exitCode()).as(insert.err()).isZero();
        assertThat(JsonParser.parseString(insert.out())
                        .getAsJsonObject()
                        .get("insert_count")
                        .getAsLong())
                .isEqualTo(3);
        assertThat(CliRun.run(uri, "--no-progress", "load", "-c", "book").exitCode())
                .isZero();

        CliRun query = CliRun.run(uri, "--json", "query", "-c", "book", "-e", "book_id in [2, 3]", "-o", "word_count");
        CliRun search = CliRun.run(
                uri,
                "--json",
                "search",
                "-c",
                "book",
                "-v",
                "book_intro",
                "-d",
                "[[0.9, 0.8]]",
                "-k",
                "2",
                "-o",
                "word_count");

        assertThat(query.exitCode()).as(query.err()).isZero();
        JsonArray rows = JsonParser.parseString(query.out()).getAsJsonArray();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getAsJsonObject().keySet()).containsExactlyInAnyOrder("book_id", "word_count");
        assertThat(search.exitCode()).as(search.err()).isZero();
        JsonObject best =
                JsonParser.parseString(search.out()).getAsJsonArray().get(0).getAsJsonObject();
        assertThat(best.get("id").getAsLong()).isEqualTo(2);
        assertThat(best.get("word_count").getAsLong()).isEqualTo(2000);
    }

    @Test
    void aCsvColumnThatIsNotAFieldIsAnInputErrorNamingIt(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "book_id,pages\n1,10\n");

        CliRun insert = CliRun.run(uri, "insert", "-c", "book", csv.toString());

        assertThat(insert.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(insert.err()).contains("column \"pages\" is not a field of book");
    }

    @Test
    void showMemoryListsEachQueryNode() {
        CliRun memory = CliRun.run(uri, "--json", "show", "memory");

        JsonArray nodes = JsonParser.parseString(memory.out()).getAsJsonArray();
        assertThat(nodes).hasSize(1);
        assertThat(nodes.get(0).getAsJsonObject().get("capacity_bytes").getAsLong())
                .isPositive();
    }
}
