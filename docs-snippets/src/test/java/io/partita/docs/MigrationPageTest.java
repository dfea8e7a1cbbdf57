package io.partita.docs;

// tag::after[]
import io.partita.client.MilvusServiceClient;
import io.partita.model.DataType;
import io.partita.param.ConnectParam;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.partition.ReleasePartitionsParam;
// end::after[]
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationPageTest {
    private final DocPage page = DocPage.load("migration.md");

    @Test
    void theSedCommandTurnsTheOfficialImportsIntoTheCompiledOnes(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("App.java");
        Files.writeString(source, page.blocks().stream().filter(b -> b.argument().equals("before")).findFirst()
            .orElseThrow().text());
        String command = page.runBlock("shell").text().strip().replace("src/main/java", dir.toString());

        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();

        assertThat(Files.readString(source)).isEqualTo(Snippets.region("MigrationPageTest", "after"));
    }

    @Test
    void theRewrittenImportsResolve() {
        assertThat(new Class<?>[] {MilvusServiceClient.class, DataType.class, ConnectParam.class, R.class, RpcStatus.class,
            ReleasePartitionsParam.class}).doesNotContainNull();
    }
}
