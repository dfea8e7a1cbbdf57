package io.partita.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.exception.MilvusServerException;
import io.partita.exception.MilvusTransportException;
import io.partita.exception.ParamException;
import io.partita.model.ErrorCode;
import io.partita.model.Status;
import io.partita.transport.TransportFailure;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RTest {

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyServerErrorCodeHasAnRStatusOfTheSameNameAndNumber(ErrorCode code) {
        assertThat(R.Status.valueOf(code.name()).getCode()).isEqualTo(code.getNumber());
        assertThat(R.Status.forCode(code.getNumber())).isEqualTo(R.Status.valueOf(code.name()));
    }

    @Test
    void statusNumbersAreUniqueAndClientCodesAreNegative() {
        Set<Integer> seen = new HashSet<>();
        for (R.Status s : R.Status.values()) {
            assertThat(seen.add(s.getCode())).as("duplicate %s", s).isTrue();
        }
        assertThat(R.Status.RpcError.getCode()).isEqualTo(-1);
        assertThat(R.Status.ParamError.getCode()).isEqualTo(-5);
        assertThat(R.Status.IllegalResponse.getCode()).isEqualTo(-6);
    }

    @ParameterizedTest
    @EnumSource(R.Status.class)
    void everyNonNegativeRStatusIsAServerErrorCodeOfTheSameName(R.Status status) {
        if (status.getCode() >= 0) {
            assertThat(ErrorCode.forNumber(status.getCode())).isEqualTo(ErrorCode.valueOf(status.name()));
        } else {
            assertThat(ErrorCode.forNumber(status.getCode())).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(TransportFailure.class)
    void everyTransportFailureHasItsOwnNegativeRStatus(TransportFailure failure) {
        assertThat(failure.getCode()).isNegative();
        assertThat(R.Status.forCode(failure.getCode())).isNotNull();
        R<String> r = R.failed(new MilvusTransportException(failure, "x", null));
        assertThat(r.getStatus()).isEqualTo(failure.getCode());
    }

    @Test
    void aServerErrorPassesThroughWithBothCodesAndTheReason() {
        Status s = Status.newBuilder()
                .setErrorCode(ErrorCode.IllegalArgument)
                .setCode(1100)
                .setReason("can't change the replica number for loaded collection")
                .setRetriable(false)
                .build();

        R<RpcStatus> r = R.failed(s);

        assertThat(r.getStatus()).isEqualTo(5);
        assertThat(r.getMessage()).isEqualTo("can't change the replica number for loaded collection");
        assertThat(r.getException().toString()).contains("error_code=5").contains("code=1100");
        MilvusServerException e = (MilvusServerException) r.getException();
        assertThat(e.getErrorCode()).isEqualTo(5);
        assertThat(e.getServerCode()).isEqualTo(1100);
        assertThat(e.getReason()).isEqualTo("can't change the replica number for loaded collection");
        assertThat(e.getServerStatus()).isSameAs(s);
    }

    @Test
    void anErrorCodeUnknownToThisSdkPassesThroughAsItsNumber() {
        R<RpcStatus> r = R.failed(
                Status.newBuilder().setErrorCodeValue(777).setReason("future").build());

        assertThat(r.getStatus()).isEqualTo(777);
        assertThat(((MilvusServerException) r.getException()).getServerStatus().getErrorCode())
                .isNull();
    }

    @Test
    void aStatusWithOnlyTheNewCodeIsAnUnexpectedErrorThatKeepsTheCode() {
        R<RpcStatus> r = R.failed(Status.newBuilder()
                .setCode(100)
                .setReason("collection not found[collection=x]")
                .build());

        assertThat(r.getStatus()).isEqualTo(R.Status.UnexpectedError.getCode());
        assertThat(((MilvusServerException) r.getException()).getServerCode()).isEqualTo(100);
    }

    @Test
    void getMessageNeverThrows() {
        assertThat(R.success().getMessage()).isEqualTo("Success");
        assertThat(R.success(3).getMessage()).isEqualTo("Success");
        assertThat(R.failed(new IllegalStateException()).getMessage()).isEqualTo("java.lang.IllegalStateException");
        assertThat(R.failed(new IllegalStateException()).getStatus()).isEqualTo(R.Status.Unknown.getCode());
    }

    @Test
    void orThrowReturnsTheDataOfASuccess() {
        assertThat(R.success("data").orThrow()).isEqualTo("data");
    }

    @Test
    void orThrowRaisesAServerExceptionForAServerError() {
        R<String> r = R.failed(ErrorCode.CollectionNotExists, "can't find collection: book");

        assertThatThrownBy(r::orThrow)
                .isInstanceOf(MilvusServerException.class)
                .hasMessageStartingWith("can't find collection: book");
    }

    @Test
    void orThrowRaisesATransportExceptionWhenNoAnswerArrived() {
        R<String> r = R.failed(R.Status.Unavailable, "connection refused");

        assertThatThrownBy(r::orThrow)
                .isInstanceOf(MilvusTransportException.class)
                .satisfies(e -> assertThat(((MilvusTransportException) e).getFailure())
                        .isEqualTo(TransportFailure.UNAVAILABLE));
    }

    @Test
    void orThrowRaisesAParamExceptionForAParamError() {
        assertThatThrownBy(R.failed(R.Status.ParamError, "topK must be between 1 and 16384, got 0")::orThrow)
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("topK");
    }

    @Test
    void failedWithAServerRStatusBuildsAServerException() {
        R<String> r = R.failed(R.Status.IllegalArgument, "bad");

        assertThat(r.getStatus()).isEqualTo(5);
        assertThat(r.getException()).isInstanceOf(MilvusServerException.class);
    }
}
