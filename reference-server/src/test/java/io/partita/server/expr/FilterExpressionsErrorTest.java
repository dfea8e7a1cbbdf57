package io.partita.server.expr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilterExpressionsErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            agee > 1                      ; field agee not exist at column 1
            age > 1 and nme == "x"        ; field nme not exist at column 13
            name == 5                     ; cannot compare VARCHAR field 'name' with number 5 at column 6
            5 < name                      ; cannot compare number 5 with VARCHAR field 'name' at column 3
            age == "30"                   ; cannot compare INT64 field 'age' with string "30" at column 5
            score >= 'x'                  ; cannot compare DOUBLE field 'score' with string 'x' at column 7
            ok == 1                       ; cannot compare BOOL field 'ok' with number 1 at column 4
            name == age                   ; cannot compare VARCHAR field 'name' with INT64 field 'age' at column 6
            name in ["a", 2]              ; cannot compare VARCHAR field 'name' with number 2 at column 15
            age in [1, "2"]               ; cannot compare INT64 field 'age' with string "2" at column 12
            age in [1, score]             ; 'in' list items must be constants, got DOUBLE field 'score' at column 12
            ok < off                      ; operator '<' cannot order booleans: BOOL field 'ok' and BOOL field 'off' at column 4
            age like "3%"                 ; 'like' needs a VARCHAR operand, got INT64 field 'age' at column 5
            name + 1 == 2                 ; operator '+' needs numbers, got VARCHAR field 'name' at column 6
            -name == 1                    ; operator '-' needs numbers, got VARCHAR field 'name' at column 1
            score % 2 == 1                ; operator '%' needs integer operands, got DOUBLE field 'score' at column 7
            age / 0 == 1                  ; division by zero in 'age / 0' at column 5
            age                           ; predicate is not a boolean expression: age, the expression must be boolean, got INT64 field 'age' at column 1
            age + 1                       ; predicate is not a boolean expression: age + 1, the expression must be boolean, got numeric expression 'age + 1' at column 1
            age and ok                    ; operand of 'and' must be boolean, got INT64 field 'age' at column 1
            ok || name                    ; operand of '||' must be boolean, got VARCHAR field 'name' at column 7
            not age                       ; operand of 'not' must be boolean, got INT64 field 'age' at column 5
            1 < age > 5                   ; a chained range must point one way, got '<' then '>' at column 9
            age > 99999999999999999999    ; integer 99999999999999999999 is out of the 64-bit range at column 7
            age > 1e999                   ; number 1e999 is out of the double range at column 7
            age >                         ; syntax error at column 6: unexpected end of expression
            age > > 1                     ; syntax error at column 7: unexpected '>'
            age == 1 == 2                 ; syntax error at column 10: unexpected '=='
            age == 1 < 2                  ; syntax error at column 10: unexpected '<'
            age = 1                       ; syntax error at column 5: unexpected '='
            (age > 1                      ; syntax error at column 9: unexpected end of expression
            age > 1)                      ; syntax error at column 8: unexpected ')'
            age in [1, 2                  ; syntax error at column 13: unexpected end of expression
            name == "abc                  ; syntax error at column 9: unterminated string literal
            name like name                ; syntax error at column 11: unexpected 'name'
            age > 1 and                   ; syntax error at column 12: unexpected end of expression
            age # 1                       ; syntax error at column 5: unexpected '#'
            a_function_that_does_not_exist() ; function a_function_that_does_not_exist() not found
            empty()                       ; function empty() not found
            empty(age)                    ; function empty(int64_t) not found
            starts_with(tiny)             ; function starts_with(int8_t) not found
            starts_with(age, age)         ; function starts_with(int64_t, int64_t) not found
            Json_Contains(name, 1)        ; function json_contains(string, int64_t) not found
            """)
    void badExpressionsAreRejectedWithAMessageNamingTheCulpritAndItsColumn(String expression, String message) {
        assertThatThrownBy(() -> FilterExpressions.compile(expression, TestRows.FIELDS))
                .isInstanceOf(ExpressionException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
            quoteCharacter = '`',
            value = {"``", "`   `", "`\t\n`"})
    void emptyOrBlankExpressionsAreRejected(String expression) {
        assertThatThrownBy(() -> FilterExpressions.compile(expression, TestRows.FIELDS))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("expression is empty");
    }

    @Test
    void aNullExpressionIsRejectedAsEmpty() {
        assertThatThrownBy(() -> FilterExpressions.compile(null, TestRows.FIELDS))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("expression is empty");
    }

    @Test
    void columnsAndQuotedTextCountCodePointsSoCharactersBeyondTheBmpDoNotShiftThem() {
        assertThatThrownBy(() -> FilterExpressions.compile("name == \"😀\" and age + 1", TestRows.FIELDS))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("operand of 'and' must be boolean, got numeric expression 'age + 1' at column 17");
    }

    @Test
    void theExceptionCarriesTheColumnOfTheOffendingToken() {
        assertThatThrownBy(() -> FilterExpressions.compile("ok and missing > 3", TestRows.FIELDS))
                .isInstanceOfSatisfying(
                        ExpressionException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.column())
                                .isEqualTo(8));
    }
}
