package io.partita.server.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilterExpressionsEvaluationTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            age == 30                          ; true
            age != 30                          ; false
            age > 29                           ; true
            age >= 31                          ; false
            age < 30                           ; false
            age <= 30                          ; true
            30 == age                          ; true
            age > -5                           ; true
            tiny == -3                         ; true
            tiny < -2                          ; true
            age > 29.5                         ; true
            age < 30.5                         ; true
            age == 30.0                        ; true
            age == 30.000001                   ; false
            age != 30.5                        ; true
            score == 2.5                       ; true
            score > 2                          ; true
            score == 25e-1                     ; true
            score == .25e1                     ; true
            ratio == 0.5                       ; true
            ratio < score                      ; true
            age > score                        ; true
            big == 9007199254740993            ; true
            big == 9007199254740992.0          ; false
            big > 9007199254740992.0           ; true
            age == 0x1E                        ; true
            age == 036                         ; true
            age == 0b11110                     ; true
            name == "alice"                    ; true
            name == 'alice'                    ; true
            name != "bob"                      ; true
            name < "bob"                       ; true
            name > "Alice"                     ; true
            city > "Zz"                        ; true
            name == "ali\\x63e"                ; true
            name == "\\u0061lice"              ; true
            name == city                       ; false
            name != city                       ; true
            ok                                 ; true
            off                                ; false
            ok == true                         ; true
            ok == True                         ; true
            ok == TRUE                         ; true
            off == false                       ; true
            ok != off                          ; true
            not off                            ; true
            !ok                                ; false
            NOT ok                             ; false
            age in [1, 30, 5]                  ; true
            age in [1, 2]                      ; false
            age not in [1, 2]                  ; true
            age NOT IN [30]                    ; false
            age in [30.0]                      ; true
            age in [29.5, 30.5]                ; false
            age in []                          ; false
            age not in []                      ; true
            age in [1, 30,]                    ; true
            tiny in [-3]                       ; true
            tiny in [-1 - 2]                   ; true
            score in [2.5, 7]                  ; true
            score in [2]                       ; false
            ratio in [1, 0.5]                  ; true
            name in ["bob", "alice"]           ; true
            name in ['x']                      ; false
            name not in ["x", "y"]             ; true
            ok in [true]                       ; true
            off in [true]                      ; false
            name like "ali%"                   ; true
            name like "%ice"                   ; true
            name like "%lic%"                  ; true
            name like "alice"                  ; true
            name like "alic"                   ; false
            name like "a_ice"                  ; true
            name like "a__ce"                  ; true
            name like "a_ce"                   ; false
            name like "%"                      ; true
            name like "a%e"                    ; true
            name like "a%x"                    ; false
            city like "Z_rich"                 ; true
            city LIKE "z%"                     ; false
            name like "ali\\\\%"               ; false
            age + 1 == 31                      ; true
            age - 1 == 29                      ; true
            age * 2 == 60                      ; true
            age / 4 == 7                       ; true
            age % 7 == 2                       ; true
            age / 4.0 == 7.5                   ; true
            score * 2 == 5                     ; true
            2 ** 3 == 8                        ; true
            age ** 2 == 900                    ; true
            -age == -30                        ; true
            -(age) < 0                         ; true
            +age == 30                         ; true
            age + tiny == 27                   ; true
            (age + 2) * 3 == 96                ; true
            age + 2 * 3 == 36                  ; true
            20 < age < 40                      ; true
            30 < age < 40                      ; false
            30 <= age < 40                     ; true
            40 > age > 20                      ; true
            40 >= age >= 30                    ; true
            40 > age > 30                      ; false
            1 < score < age                    ; true
            age > 1 and score > 1              ; true
            age > 1 && score > 3               ; false
            age > 100 or score > 1             ; true
            age > 100 || score > 3             ; false
            age > 100 OR ok AND name == "alice" ; true
            age / zero == 1                    ; false
            age / zero == 1 or ok              ; false
            ok or age / zero == 1              ; true
            age % zero != 1                    ; false
            score / zero > 1                   ; true
            (age > 1) == true                  ; true
            (age > 1) != (score > 3)           ; true
            empty(name)                        ; false
            not EmPty(name) && age >= 0        ; true
            EMPTY('')                          ; true
            starts_with(name, 'ali')           ; true
            starts_with(name, city)            ; false
            STARTS_WITH(name, name)            ; true
            """)
    void everyConstructEvaluatesLikeMilvus(String expression, boolean expected) {
        assertThat(TestRows.eval(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "escape in {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            name like "a\\%"         | a%    | true
            name like "a\\%"         | ab    | false
            name like "a\\_c"        | a_c   | true
            name like "a\\_c"        | abc   | false
            name like "a\\\\\\\\%"   | a\\x  | true
            name == "a\\"b"          | a"b   | true
            name == 'a\\'b'          | a'b   | true
            name == "tab\\there"     | `tab	here` | true
            name like "%\\%"         | 100%  | true
            name like "%\\%"         | 100   | false
            """)
    void backslashEscapesWorkInStringsAndLikePatterns(String expression, String value, boolean expected) {
        RowFilter filter = FilterExpressions.compile(expression, TestRows.FIELDS);
        Object[] row = TestRows.ROW.clone();
        row[2] = value;
        assertThat(filter.test(TestRows.row(row))).isEqualTo(expected);
    }
}
