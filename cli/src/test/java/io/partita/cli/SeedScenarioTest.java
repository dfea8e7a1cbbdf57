package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(cleanBetweenTests = true)
class SeedScenarioTest {
    private URI uri;

    @BeforeEach
    void createBookWithNovel(PartitaEndpoints endpoints) {
        uri = endpoints.grpcUri();
        assertThat(CliRun.run(
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
                                "book_id")
                        .exitCode())
                .isZero();
        assertThat(CliRun.run(uri, "create", "partition", "-c", "book", "-p", "novel")
                        .exitCode())
                .isZero();
    }

    @Test
    void theSeedsReleaseLineWorksVerbatimAfterALoad() {
        CliRun load = CliRun.run(uri, "load", "-c", "book", "-p", "novel");
        assertThat(load.exitCode()).as(load.err()).isZero();

        CliRun release = CliRun.run(uri, "release -c book -p novel".split(" "));

        assertThat(release.exitCode()).as(release.err()).isZero();
        assertThat(release.out()).contains("Release partitions [novel] of book successfully!");
        assertThat(CliRun.run(uri, "show", "loading_progress", "-c", "book", "-p", "novel")
                        .out())
                .containsPattern("\\|\\s*book\\s*\\|\\s*novel\\s*\\|\\s*0\\s*\\|\\s*NotLoad\\s*\\|");
    }

    @Test
    void aLoadDrawsAProgressBarUpTo100Percent() {
        CliRun load = CliRun.run(uri, "load", "-c", "book", "-p", "novel");

        assertThat(load.err()).contains("100% loading partitions [novel] of book");
        assertThat(load.out()).contains("Loaded partitions [novel] of book");
    }

    @Test
    void releasingAPartitionOfACollectionLoadedWhole_IsTheServersErrorOnOneLineWithExitCode1() {
        CliRun load = CliRun.run(uri, "--no-progress", "load", "-c", "book");
        assertThat(load.exitCode()).as(load.err()).isZero();

        CliRun release = CliRun.run(uri, "release", "-c", "book", "-p", "novel");

        assertThat(release.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        assertThat(release.errLines())
                .singleElement()
                .asString()
                .matches(
                        "error: server error_code=1 code=\\d+: releasing some partitions after load collection is not supported");
    }

    @Test
    void loadingAPartitionThatDoesNotExistNamesItInTheError() {
        CliRun load = CliRun.run(uri, "load", "-c", "book", "-p", "poetry");

        assertThat(load.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        assertThat(load.errLines())
                .singleElement()
                .asString()
                .startsWith("error: server error_code=1 ")
                .endsWith("partitionID of partitionName:poetry can not be find");
    }
}
