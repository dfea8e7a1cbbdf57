package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import org.junit.jupiter.api.Test;

@PartitaServer(cleanBetweenTests = true)
class InteractiveShellTest {

    @Test
    void aSessionDrivenThroughStdinRunsEachLineAndSurvivesErrors(PartitaEndpoints endpoints) {
        String script = String.join(
                "\n",
                "connect -u " + endpoints.grpcUri(),
                "create collection -c book -f book_id:INT64 -f book_intro:FLOAT_VECTOR:2 -p book_id",
                "create partition -c book -p novel",
                "load -c book -p poetry",
                "list partitions -c book",
                "release -c book -p novel",
                "exit",
                "list collections");

        CliRun run = CliRun.withInput(null, script + "\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith(Shell.PROMPT)
                .contains("Connected to " + endpoints.grpcUri())
                .contains("Create partition successfully!")
                .contains("| novel ")
                .contains("Release partitions [novel] of book successfully!");
        assertThat(run.err()).contains("partitionID of partitionName:poetry can not be find");
        assertThat(run.out()).as("nothing runs after exit").doesNotContain("| collection ");
        assertThat(run.out().split(Shell.PROMPT, -1)).hasSize(8);
    }

    @Test
    void jsonGivenAtStartHoldsForEveryLineOfTheShell(PartitaEndpoints endpoints) {
        CliRun run = CliRun.withInput(endpoints.grpcUri(), "list collections\n", "--json");

        assertThat(run.out()).contains(Shell.PROMPT + "[]");
    }

    @Test
    void anUnclosedQuoteIsReportedAndTheShellGoesOn(PartitaEndpoints endpoints) {
        CliRun run = CliRun.withInput(endpoints.grpcUri(), "query -c 'book\nlist collections\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("unclosed ' quote");
        assertThat(run.out()).contains("| collection |");
    }
}
