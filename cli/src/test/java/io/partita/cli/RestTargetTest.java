package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import org.junit.jupiter.api.Test;

/** The CLI is transport-neutral: an http:// target goes through the REST transport. */
@PartitaServer(http = true, cleanBetweenTests = true)
class RestTargetTest {

    @Test
    void theSameCommandsWorkOverTheHttpApi(PartitaEndpoints endpoints) {
        CliRun created = CliRun.run(
                endpoints.httpUri(),
                "create",
                "collection",
                "-c",
                "book",
                "-f",
                "book_id:INT64",
                "-f",
                "book_intro:FLOAT_VECTOR:2",
                "-p",
                "book_id");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(CliRun.run(endpoints.httpUri(), "create", "partition", "-c", "book", "-p", "novel")
                        .exitCode())
                .isZero();
        assertThat(CliRun.run(endpoints.httpUri(), "--no-progress", "load", "-c", "book", "-p", "novel")
                        .exitCode())
                .isZero();

        CliRun release = CliRun.run(endpoints.httpUri(), "release", "-c", "book", "-p", "novel");

        assertThat(release.exitCode()).as(release.err()).isZero();
        assertThat(CliRun.run(endpoints.grpcUri(), "show", "loading_progress", "-c", "book", "-p", "novel")
                        .out())
                .contains("NotLoad");
    }
}
