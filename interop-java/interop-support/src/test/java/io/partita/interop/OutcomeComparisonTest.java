package io.partita.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeComparisonTest {
    private static final String ROW3 = "some partitions [%d] of collection %d has been loaded into QueryNode, "
            + "please release partitions firstly";

    @Test
    void reasonsThatDifferOnlyInIdsAgree() {
        List<Observed> ours = List.of(Observed.failure("row03.load_collection", 5, 1100, String.format(ROW3, 7, 4)));
        Map<String, Observed> theirs = Map.of(
                "row03.load_collection",
                Observed.failure("row03.load_collection", 5, 1100, String.format(ROW3, 39, 36)));
        assertEquals(List.of(), OutcomeComparison.differences(ours, theirs, "official"));
    }

    @Test
    void aDifferentCodeIsReportedUnlessOneSideDoesNotExposeIt() {
        List<Observed> ours = List.of(Observed.failure("row10.release_partitions", 1, 65535, "x"));
        List<String> diffs = OutcomeComparison.differences(
                ours,
                Map.of("row10.release_partitions", Observed.failure("row10.release_partitions", 5, null, "x")),
                "official");
        assertEquals(List.of("row10.release_partitions: error_code 1 here, 5 with official"), diffs);
    }

    @Test
    void aDifferentReasonIsReported() {
        List<String> diffs = OutcomeComparison.differences(
                List.of(Observed.failure("s", 1, null, "a")),
                Map.of("s", Observed.failure("s", 1, null, "b")),
                "official");
        assertEquals(1, diffs.size());
        assertTrue(diffs.get(0).contains("'a' here, 'b' with official"), diffs.get(0));
    }

    @Test
    void aWrittenLogReadsBackStepByStep(@TempDir Path dir) throws Exception {
        System.setProperty("partita.outcomes.dir", dir.toString());
        try {
            OutcomeLog log = new OutcomeLog("client-x", ExpectedOutcomes.forProfile("milvus-2.1"));
            log.checkAndRecord(Observed.failure(
                    "row10.release_partitions",
                    1,
                    null,
                    "releasing some partitions after load collection is not supported"));
            Path file = log.write();
            assertTrue(Files.isRegularFile(file));
            Observed back = OutcomeComparison.read(file).get("row10.release_partitions");
            assertEquals(1, back.errorCode());
            assertEquals(null, back.code());
            assertEquals("releasing some partitions after load collection is not supported", back.reason());
        } finally {
            System.clearProperty("partita.outcomes.dir");
        }
    }
}
