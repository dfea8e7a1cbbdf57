package io.partita.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Each seed example runs on an embedded server, prints what it did and exits 0. */
class SeedExamplesTest {
    private static String run(BiFunction<String[], PrintStream, Integer> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = example.apply(
                new String[] {"--rows", "300", "--dim", "8"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).as(output).isZero();
        return output;
    }

    @Test
    void theReleaseExampleReleasesNovelAndFreesItsMemory() {
        assertThat(run(ReleasePartitionExample::run))
                .contains("releasePartitions(book, [novel]) -> Success")
                .contains("Load state of 'novel' now: LoadStateNotLoad; memory in use: 0 B");
    }

    @Test
    void theLoadExampleLoadsNovelFully() {
        assertThat(run(LoadPartitionExample::run))
                .contains("loadPartitions(book, [novel], sync) -> Success")
                .contains("'novel' is 100% in memory");
    }

    @Test
    void theShowExampleListsThePartitionsAndFollowsTheLoadToOneHundredPercent() {
        assertThat(run(ShowPartitionsExample::run))
                .containsPattern("_default\\s+id=\\d+")
                .containsPattern("novel\\s+id=\\d+")
                .contains("novel [########################################] 100%");
    }
}
