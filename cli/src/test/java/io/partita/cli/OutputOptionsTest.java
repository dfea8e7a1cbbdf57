package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Did you mean", human units in show memory, and 64-bit ids as strings in JSON. */
@PartitaServer(cleanBetweenTests = true)
class OutputOptionsTest {
    private URI uri;

    @BeforeEach
    void server(PartitaEndpoints endpoints) {
        uri = endpoints.grpcUri();
    }

    @Test
    void aMistypedCommandGetsPicocliSuggestions() {
        CliRun run = CliRun.run(uri, "lod", "partition", "-c", "book");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("did you mean: load");
    }

    @Test
    void aMistypedSubcommandGetsSuggestionsToo() {
        CliRun run = CliRun.run(uri, "show", "colection", "-c", "book");

        assertThat(run.errLines()).singleElement().asString().contains("did you mean: collection");
    }

    @Test
    void showMemoryPrintsBinaryUnitsAndRawBytesOnRequest() {
        CliRun human = CliRun.run(uri, "show", "memory");
        CliRun raw = CliRun.run(uri, "show", "memory", "--bytes");

        assertThat(human.exitCode()).as(human.err()).isZero();
        assertThat(human.out())
                .containsPattern("\\| capacity\\s*\\| used\\s*\\|")
                .containsPattern("\\d+\\.\\d (KiB|MiB|GiB|TiB) ");
        assertThat(raw.out())
                .containsPattern("\\| capacity_bytes\\s*\\| used_bytes\\s*\\|")
                .doesNotContain("iB ");
    }

    @Test
    void byteUnitsAreBinaryWithOneDecimal() {
        assertThat(ByteUnits.human(512)).isEqualTo("512 B");
        assertThat(ByteUnits.human(1536)).isEqualTo("1.5 KiB");
        assertThat(ByteUnits.human(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GiB");
    }

    @Test
    void idsAsStringsKeepsA64BitIdExactInJson(@TempDir Path dir) throws IOException {
        CliRun.run(
                uri,
                "create collection -c book -f book_id:INT64 -f book_intro:FLOAT_VECTOR:2 -p book_id -A".split(" "));
        Path csv = dir.resolve("b.csv");
        java.nio.file.Files.writeString(csv, "book_intro\n\"[0.1, 0.2]\"\n");

        CliRun numbers = CliRun.run(uri, "--json", "insert", "-c", "book", csv.toString());
        CliRun strings = CliRun.run(uri, "--json", "--ids-as-strings", "insert", "-c", "book", csv.toString());

        JsonObject n = JsonParser.parseString(numbers.out()).getAsJsonObject();
        JsonObject s = JsonParser.parseString(strings.out()).getAsJsonObject();
        assertThat(n.getAsJsonArray("ids").get(0).getAsJsonPrimitive().isNumber())
                .isTrue();
        String id = s.getAsJsonArray("ids").get(0).getAsJsonPrimitive().getAsString();
        assertThat(s.getAsJsonArray("ids").get(0).getAsJsonPrimitive().isString())
                .isTrue();
        assertThat(Long.parseLong(id)).as("an auto id above 2^53, kept exact").isGreaterThan(1L << 53);
    }
}
