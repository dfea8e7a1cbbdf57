package io.partita.server.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrimaryKeyTermsTest {
    private static final FieldRef ID = new FieldRef("id", ScalarType.INT64);
    private static final FieldRef KEY = new FieldRef("key", ScalarType.VARCHAR);

    @Test
    void anInListOfIntegerKeysYieldsTheKeysInOrderWithoutDuplicates() {
        assertThat(FilterExpressions.primaryKeyTerms("id in [3, 1, -2, 3]", ID)).contains(List.of(3L, 1L, -2L));
    }

    @Test
    void anEqualityOnEitherSideYieldsOneKey() {
        assertThat(FilterExpressions.primaryKeyTerms("id == 7", ID)).contains(List.of(7L));
        assertThat(FilterExpressions.primaryKeyTerms("7 == id", ID)).contains(List.of(7L));
        assertThat(FilterExpressions.primaryKeyTerms("((id == 7))", ID)).contains(List.of(7L));
    }

    @Test
    void varcharKeysComeBackAsStrings() {
        assertThat(FilterExpressions.primaryKeyTerms("key in [\"a\", 'b']", KEY))
                .contains(List.of("a", "b"));
        assertThat(FilterExpressions.primaryKeyTerms("key == \"x\"", KEY)).contains(List.of("x"));
    }

    @Test
    void anEmptyInListYieldsNoKeys() {
        assertThat(FilterExpressions.primaryKeyTerms("id in []", ID)).contains(List.of());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "id not in [1]",
                "id > 3",
                "id in [1] or id in [2]",
                "id in [1] and id > 0",
                "not (id == 1)",
                "id + 0 == 1",
                "id != 1",
                "id == 1.0",
                "1 < id < 3"
            })
    void anyOtherShapeYieldsEmptySoTheCallerScans(String expression) {
        assertThat(FilterExpressions.primaryKeyTerms(expression, ID)).isEqualTo(Optional.empty());
    }

    @Test
    void anExpressionThatDoesNotCompileAgainstThePrimaryKeyIsRejected() {
        assertThatThrownBy(() -> FilterExpressions.primaryKeyTerms("name in [1]", ID))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("field name not exist at column 1");
        assertThatThrownBy(() -> FilterExpressions.primaryKeyTerms("key in [1]", KEY))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("cannot compare VARCHAR field 'key' with number 1 at column 9");
    }
}
