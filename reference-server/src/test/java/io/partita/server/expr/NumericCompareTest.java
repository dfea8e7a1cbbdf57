package io.partita.server.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericCompareTest {

    @ParameterizedTest(name = "{0} vs {1} is {2}")
    @CsvSource(textBlock = """
            0, 0.0, 0
            0, -0.0, 0
            1, 0.5, 1
            0, 0.5, -1
            -1, -0.5, -1
            -1, -1.5, 1
            9007199254740993, 9007199254740992.0, 1
            9007199254740991, 9007199254740992.0, -1
            9223372036854775807, 9223372036854775807.0, -1
            -9223372036854775808, -9223372036854775808.0, 0
            -9223372036854775808, -1e19, 1
            9223372036854775807, 1e300, -1
            5, Infinity, -1
            5, -Infinity, 1
            """)
    void integersCompareWithDoublesByExactValue(long a, double b, int expected) {
        assertThat(Integer.signum(NumericCompare.compare(a, b))).isEqualTo(expected);
    }
}
