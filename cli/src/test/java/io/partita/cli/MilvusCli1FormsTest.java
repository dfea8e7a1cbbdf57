package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * milvus_cli 1.2.1's command forms, typed into the shell as a milvus_cli user would, prompts
 * answered on the following lines as milvus_cli reads them when its input is piped.
 */
@PartitaServer(cleanBetweenTests = true)
class MilvusCli1FormsTest {

    static Path books(Path dir) throws IOException {
        Path csv = dir.resolve("books.csv");
        StringBuilder b = new StringBuilder("book_id,word_count,book_intro\n");
        for (int i = 0; i < 20; i++) {
            b.append(i)
                    .append(',')
                    .append(1000 + i)
                    .append(",\"[")
                    .append(i / 100.0)
                    .append(", ")
                    .append(i / 50.0)
                    .append("]\"\n");
        }
        Files.writeString(csv, b.toString());
        return csv;
    }

    @Test
    void aWholeSessionInMilvusCli1FormsRunsEveryCommandItServes(PartitaEndpoints endpoints, @TempDir Path dir)
            throws IOException {
        String hostPort = endpoints.grpcUri().getAuthority();
        String script = String.join(
                "\n",
                "connect -uri http://" + hostPort,
                "create collection -c book -f book_id:INT64 -f word_count:INT64 -f book_intro:FLOAT_VECTOR:2 -p book_id",
                "create partition -c book -p novel",
                "insert file -c book -p novel " + books(dir),
                "flush -c book",
                "create index",
                "book",
                "book_intro",
                "intro_idx",
                "IVF_FLAT",
                "L2",
                "4",
                "list indexes -c book",
                "show index -c book -in intro_idx",
                "show index_progress -c book -in intro_idx",
                "load partition -c book -p novel",
                "show load_state -c book -p novel",
                "show query_segment_info -c book",
                "show partition_stats -c book -p novel",
                "show collection -c book",
                "query",
                "book",
                "book_id in [1, 2]",
                "novel",
                "word_count",
                "",
                "0",
                "5",
                "search",
                "book",
                "book_intro",
                "[0.01, 0.02]",
                "4",
                "",
                "-1",
                "3",
                "",
                "",
                "",
                "0",
                "delete entities -c book -p novel",
                "book_id in [1]",
                "y",
                "release partition -c book -p novel",
                "show load_state -c book -p novel",
                "create alias -c book -a tome",
                "list aliases -c book",
                "delete alias -a tome",
                "create user -u alice -p secret-1",
                "list users",
                "update password -u alice",
                "secret-1",
                "secret-2",
                "secret-2",
                "delete user -u alice",
                "load collection -c book",
                "show replicas -c book",
                "release collection -c book",
                "delete index -c book -in intro_idx",
                "delete collection -c book",
                "y",
                "list collections",
                "exit");

        CliRun run = CliRun.withInput(null, script + "\n");

        assertThat(run.err()).as("no command failed").doesNotContain("error:");
        assertThat(run.out())
                .contains("Connected to grpc://" + hostPort)
                .contains("Inserted 20 rows into book/novel")
                .contains("Flush collection book successfully!")
                .contains("Index params nlist: ")
                .contains("Create index successfully!")
                .containsPattern("\\| intro_idx\\s*\\| book_intro\\s*\\| IVF_FLAT\\s*\\| L2\\s*\\|")
                .containsPattern("\\| total_rows\\s*\\| 20\\s*\\|")
                .contains("Loaded partitions [novel] of book")
                .containsPattern("\\| book\\s*\\| novel\\s*\\| Loaded\\s*\\|")
                .containsPattern("\\| segment_id\\s*\\| partition_id\\s*\\| num_rows\\s*\\| mem_size\\s*\\|")
                .containsPattern("\\| row_count\\s*\\| 20\\s*\\|")
                .containsPattern("\\| 1\\s*\\| 1001\\s*\\|")
                .containsPattern("\\| 2\\s*\\| 1002\\s*\\|")
                .contains("Metric type: L2")
                .contains("Search parameter nprobe's value: ")
                .containsPattern("\\| 0\\s*\\| 1\\s*\\| 1\\s*\\|")
                .contains("Deleted 1 entities of book")
                .contains("Release partitions [novel] of book successfully!")
                .containsPattern("\\| book\\s*\\| novel\\s*\\| NotLoad\\s*\\|")
                .contains("Create alias tome of book successfully!")
                .containsPattern("\\| tome\\s*\\| book\\s*\\|")
                .contains("Drop alias tome successfully!")
                .containsPattern("\\| alice\\s*\\|")
                .contains("Update password of alice successfully!")
                .contains("Delete user alice successfully!")
                .contains("Loaded collection book")
                .containsPattern("\\| replica_id\\s*\\|")
                .contains("Release collection book successfully!")
                .contains("Drop index of book successfully!")
                .contains("Do you want to continue? [y/N] [n]: ")
                .contains("Drop collection book successfully!");
        assertThat(run.out().substring(run.out().lastIndexOf("Drop collection book")))
                .as("the last list shows no collection")
                .doesNotContain("| book ");
    }

    @Test
    void answeringNoToTheConfirmationKeepsTheCollection(PartitaEndpoints endpoints) {
        String script = String.join(
                "\n",
                "connect -u " + endpoints.grpcUri(),
                "create collection -c book -f book_id:INT64 -f book_intro:FLOAT_VECTOR:2 -p book_id",
                "delete collection -c book",
                "n",
                "list collections",
                "exit");

        CliRun run = CliRun.withInput(null, script + "\n");

        assertThat(run.out()).contains("Nothing deleted.").containsPattern("\\| book\\s*\\|");
    }

    @Test
    void oneShotDeleteWithoutYesNamesTheOptionInsteadOfAsking(PartitaEndpoints endpoints) {
        CliRun created = CliRun.run(
                endpoints.grpcUri(),
                "create collection -c book -f book_id:INT64 -f book_intro:FLOAT_VECTOR:2 -p book_id".split(" "));
        assertThat(created.exitCode()).as(created.err()).isZero();

        CliRun asked = CliRun.run(endpoints.grpcUri(), "delete", "collection", "-c", "book");
        CliRun yes = CliRun.run(endpoints.grpcUri(), "delete", "collection", "-c", "book", "-y");

        assertThat(asked.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(asked.err()).contains("missing -y/--yes");
        assertThat(yes.exitCode()).as(yes.err()).isZero();
        assertThat(yes.out()).contains("Drop collection book successfully!");
    }

    @Test
    void theSeedsFormsAndThe1xFormsLoadAndReleaseTheSamePartition(PartitaEndpoints endpoints) {
        var uri = endpoints.grpcUri();
        CliRun.run(
                uri, "create collection -c book -f book_id:INT64 -f book_intro:FLOAT_VECTOR:2 -p book_id".split(" "));
        CliRun.run(uri, "create", "partition", "-c", "book", "-p", "novel");

        CliRun load1x = CliRun.run(uri, "--no-progress", "load", "partition", "-c", "book", "-p", "novel");
        CliRun releaseSeed = CliRun.run(uri, "release", "-c", "book", "-p", "novel");
        CliRun loadSeed = CliRun.run(uri, "--no-progress", "load", "-c", "book", "-p", "novel");
        CliRun release1x = CliRun.run(uri, "release", "partition", "-c", "book", "-p", "novel");

        assertThat(load1x.out()).contains("Loaded partitions [novel] of book");
        assertThat(releaseSeed.out()).contains("Release partitions [novel] of book successfully!");
        assertThat(loadSeed.out()).contains("Loaded partitions [novel] of book");
        assertThat(release1x.out()).contains("Release partitions [novel] of book successfully!");
        assertThat(CliRun.run(uri, "show", "load_state", "-c", "book").out()).contains("NotLoad");
    }
}
