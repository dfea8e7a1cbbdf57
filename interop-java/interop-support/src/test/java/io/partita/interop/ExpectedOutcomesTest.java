package io.partita.interop;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExpectedOutcomesTest {
    private final ExpectedOutcomes table = ExpectedOutcomes.forProfile("milvus-2.1");

    @Test
    void theDocumentedOutcomePasses() {
        assertDoesNotThrow(() -> table.check(Observed.failure(
                "row03.load_collection",
                5,
                1100,
                "some partitions [440000000000000039] of collection 440000000000000036 has been loaded into QueryNode, "
                        + "please release partitions firstly")));
        assertDoesNotThrow(() -> table.check(Observed.success("walkthrough.8_release_partitions")));
    }

    @Test
    void theProfileHintForANewerClientIsAcceptedOnlyInItsExactForm() {
        String rule = "releasing some partitions after load collection is not supported";
        assertDoesNotThrow(() -> table.check(Observed.failure(
                "row10.release_partitions",
                1,
                65535,
                rule + ". Profile milvus-2.3 would accept this call: the server follows milvus-2.1"
                        + " (start it with --profile milvus-2.3).")));
        assertThrows(
                AssertionError.class,
                () -> table.check(Observed.failure(
                        "row10.release_partitions",
                        1,
                        65535,
                        rule + ". Profile milvus-2.3 would accept this call: the server follows milvus-2.1"
                                + " (start it with --profile milvus-2.6).")));
    }

    @Test
    void aDifferentLegacyCodeFailsNamingTheStepAndBothCodes() {
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> table.check(Observed.failure(
                        "row10.release_partitions",
                        5,
                        null,
                        "releasing some partitions after load collection is not supported")));
        assertTrue(
                e.getMessage().startsWith("row10.release_partitions: expected error_code 1 but the client reported 5"),
                e.getMessage());
    }

    @Test
    void aDifferent23CodeFailsWhenTheClientExposesIt() {
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> table.check(Observed.failure(
                        "row10.release_partitions",
                        1,
                        1100,
                        "releasing some partitions after load collection is not supported")));
        assertTrue(e.getMessage().contains("expected code 65535"), e.getMessage());
    }

    @Test
    void aCodeTheClientDoesNotExposeIsNotCompared() {
        assertDoesNotThrow(() -> table.check(Observed.failure(
                "row10.release_partitions",
                1,
                null,
                "releasing some partitions after load collection is not supported")));
    }

    @Test
    void aReasonWithAnythingAppendedFails() {
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> table.check(
                        Observed.failure(
                                "row10.release_partitions",
                                1,
                                65535,
                                "releasing some partitions after load collection is not supported (error_code=1, code=65535)")));
        assertTrue(e.getMessage().contains("expected a reason matching"), e.getMessage());
    }

    @Test
    void aSuccessWhereTheTableExpectsAnErrorFails() {
        assertThrows(AssertionError.class, () -> table.check(Observed.success("row19.search")));
    }

    @Test
    void aStepMissingFromTheTableFails() {
        AssertionError e = assertThrows(AssertionError.class, () -> table.check(Observed.success("row99.nothing")));
        assertTrue(e.getMessage().contains("row99.nothing"), e.getMessage());
    }

    @Test
    void anUnknownProfileIsRefusedByName() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ExpectedOutcomes.forProfile("milvus-9.9"));
        assertTrue(e.getMessage().contains("milvus-9.9"), e.getMessage());
    }
}
