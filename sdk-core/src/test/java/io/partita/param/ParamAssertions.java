package io.partita.param;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.exception.ParamException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions shared by the Param tests. */
public final class ParamAssertions {
    private ParamAssertions() {}

    /** Asserts that building fails with a ParamException whose message contains every fragment. */
    public static void assertRejected(ThrowingCallable build, String... fragments) {
        var assertion = assertThatThrownBy(build).isInstanceOf(ParamException.class);
        for (String fragment : fragments) {
            assertion.hasMessageContaining(fragment);
        }
    }
}
