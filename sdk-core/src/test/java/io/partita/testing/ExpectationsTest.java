package io.partita.testing;

import static io.partita.testing.Outcome.error;
import static io.partita.testing.Outcome.errorMatching;
import static io.partita.testing.Outcome.failure;
import static io.partita.testing.Outcome.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.Status;
import io.partita.param.R;
import io.partita.testing.ContractSupport.Profile;
import io.partita.transport.TransportFailure;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ExpectationsTest {
    private static final Map<String, Object> VARS = Map.of("name", "c1", "collectionId", 10L, "p1Id", 11L, "p2Id", 12L);

    private static R<Object> serverError(int errorCode, int code, String reason) {
        return R.failed(Status.newBuilder()
                .setErrorCodeValue(errorCode)
                .setCode(code)
                .setReason(reason)
                .build());
    }

    private static void check(Outcome expected, R<Object> r) {
        expected.assertMatches("check", VARS, r, Function.identity());
    }

    @Test
    void aTransportOverrideWinsOverTheServerOverrideWhichWinsOverSemantics() {
        Expectations observed = Expectations.observed("milvus-test", Profile.MILVUS_2_1)
                .expect("row10", success().because("server"))
                .expect("row10@http", error(1, "over http").because("http"))
                .build();

        assertThat(observed.through("grpc")
                        .outcome("row10", error(1, "semantics"))
                        .why())
                .isEqualTo("server");
        assertThat(observed.through("http")
                        .outcome("row10", error(1, "semantics"))
                        .why())
                .isEqualTo("http");
        assertThat(observed.through("grpc").outcome("row11", success()).why()).isNull();
    }

    @Test
    void anObservedOutcomeMustSayWhyItDiffers() {
        assertThatThrownBy(() ->
                        Expectations.observed("milvus-test", Profile.MILVUS_2_1).expect("row02", success()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row02");
    }

    @Test
    void theServerSelectionImpliesTheMissingRpcsAndTheIndexRequirement() {
        Expectations real21 = Expectations.forServer("milvus-2.1.0", "grpc");
        Expectations real23 = Expectations.forServer("milvus-2.3.5", "grpc");

        assertThat(real21.unimplemented()).containsExactly("GetLoadState", "GetLoadingProgress");
        assertThat(real21.indexFirst()).isFalse();
        assertThat(real23.unimplemented()).isEmpty();
        assertThat(Expectations.forServer("milvus-2.3.5", "http").unimplemented())
                .containsExactly("GetLoadState", "GetLoadingProgress");
        assertThat(real23.indexFirst()).isTrue();
        assertThat(Expectations.forServer("milvus-2.3", "http")
                        .outcome("row15", success())
                        .why())
                .isNull();
        assertThatThrownBy(() -> Expectations.forServer("milvus-9", "grpc")).hasMessageContaining("milvus-9");
    }

    @Test
    void anExactReasonFillsInTheFixturesNamesAndIds() {
        check(
                error(5, "some partitions [{p1Id}] of collection {collectionId}"),
                serverError(5, 0, "some partitions [11] of collection 10"));

        assertThatThrownBy(() -> check(error(5, "some partitions [{p1Id}]"), serverError(5, 0, "some partitions [12]")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("observed server error error_code=5 code=0 reason \"some partitions [12]\"");
        assertThatThrownBy(() -> check(error(5, "x"), serverError(1, 0, "x"))).isInstanceOf(AssertionError.class);
    }

    @Test
    void aPatternMatchesNumbersAndTextInItsHolesAndEverythingElseLiterally() {
        Outcome delegator = errorMatching(1, "delegator {n} for channel {*}: partition [{p2Id}] (x)")
                .withCode(65535);

        check(delegator, serverError(1, 65535, "delegator 3 for channel dml_0_99v1: partition [12] (x)"));
        assertThatThrownBy(() ->
                        check(delegator, serverError(1, 65535, "delegator a for channel dml: partition [12] (x)")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() ->
                        check(delegator, serverError(1, 65535, "delegator 3 for channel dml: partition [11] (x)")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(
                        () -> check(delegator, serverError(1, 201, "delegator 3 for channel dml: partition [12] (x)")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aSuccessWithAValueComparesWhatTheTestExtracts() {
        check(success(List.of(1L, 101L)), R.success(List.of(1L, 101L)));

        assertThatThrownBy(() -> check(success(List.of(101L)), R.success(List.of(1L, 101L))))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check(success(), serverError(1, 0, "no"))).isInstanceOf(AssertionError.class);
    }

    @Test
    void anUnimplementedRpcIsATransportFailureNotAServerError() {
        assertThatThrownBy(() ->
                        check(failure(TransportFailure.UNIMPLEMENTED), serverError(1, 0, "CalcDistance deprecated")))
                .isInstanceOf(AssertionError.class);
    }
}
