package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON and Array columns through the CLI: declared with {@code -f}, inserted from CSV, filtered and read back. */
@PartitaServer(profile = "milvus-2.6", cleanBetweenTests = true)
class DataTypesCliTest {
    private URI uri;

    @BeforeEach
    void createDocs(PartitaEndpoints endpoints) {
        uri = endpoints.grpcUri();
        CliRun created = CliRun.run(
                uri,
                "create",
                "collection",
                "-c",
                "docs",
                "-f",
                "id:INT64",
                "-f",
                "vec:FLOAT_VECTOR:2",
                "-f",
                "meta:JSON",
                "-f",
                "tags:ARRAY:VARCHAR:3:8",
                "-p",
                "id");
        assertThat(created.exitCode()).as(created.err()).isZero();
        CliRun index =
                CliRun.run(uri, "create", "index", "-c", "docs", "-f", "vec", "-t", "FLAT", "-m", "L2", "-p", "{}");
        assertThat(index.exitCode()).as(index.err()).isZero();
    }

    @Test
    void csvCellsOfJsonAndArrayColumnsRoundTrip(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("docs.csv");
        Files.writeString(
                csv,
                "id,vec,meta,tags\n"
                        + "1,\"[0.1, 0.2]\",\"{\"\"lang\"\": \"\"en\"\", \"\"pages\"\": 10}\",\"[\"\"a\"\", \"\"b\"\"]\"\n"
                        + "2,\"[0.3, 0.4]\",\"{\"\"lang\"\": \"\"fr\"\"}\",[]\n");
        CliRun insert = CliRun.run(uri, "--json", "insert", "-c", "docs", csv.toString());
        assertThat(insert.exitCode()).as(insert.err()).isZero();
        assertThat(CliRun.run(uri, "--no-progress", "load", "-c", "docs").exitCode())
                .isZero();

        CliRun query =
                CliRun.run(uri, "--json", "query", "-c", "docs", "-e", "meta[\"lang\"] == \"en\"", "-o", "meta,tags");
        assertThat(query.exitCode()).as(query.err()).isZero();
        JsonArray rows = JsonParser.parseString(query.out()).getAsJsonArray();
        assertThat(rows).hasSize(1);
        JsonObject row = rows.get(0).getAsJsonObject();
        assertThat(row.get("id").getAsLong()).isEqualTo(1);
        assertThat(JsonParser.parseString(row.get("meta").getAsString()))
                .isEqualTo(JsonParser.parseString("{\"lang\": \"en\", \"pages\": 10}"));
        assertThat(row.get("tags")).isEqualTo(JsonParser.parseString("[\"a\", \"b\"]"));

        CliRun contains = CliRun.run(uri, "--json", "query", "-c", "docs", "-e", "array_length(tags) == 0");
        assertThat(JsonParser.parseString(contains.out()).getAsJsonArray()).hasSize(1);
    }

    @Test
    void aCellThatIsNotJsonIsAnInputErrorNamingLineAndField(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "id,vec,meta,tags\n1,\"[0.1, 0.2]\",{oops,[]\n");

        CliRun insert = CliRun.run(uri, "insert", "-c", "docs", csv.toString());

        assertThat(insert.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(insert.err()).contains("line 2 field meta must be a JSON document");
    }
}
