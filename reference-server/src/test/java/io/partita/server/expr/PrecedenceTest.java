package io.partita.server.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each row: an expression, the same with explicit parentheses, and a wrong grouping. Over every
 * row of a small grid the expression must agree with the right grouping and, at least once,
 * disagree with the wrong one (so the row really tests the precedence it claims to).
 */
class PrecedenceTest {
    private static final List<FieldRef> FIELDS = List.of(
            new FieldRef("p", ScalarType.BOOL),
            new FieldRef("q", ScalarType.BOOL),
            new FieldRef("r", ScalarType.BOOL),
            new FieldRef("x", ScalarType.INT64),
            new FieldRef("y", ScalarType.INT64));

    @ParameterizedTest(name = "{0} groups as {1}")
    @CsvSource(delimiter = ';', textBlock = """
            p or q and r           ; p or (q and r)          ; (p or q) and r
            p and q or r           ; (p and q) or r          ; p and (q or r)
            p || q && r            ; p || (q && r)           ; (p || q) && r
            not p and q            ; (not p) and q           ; not (p and q)
            !p || q                ; (!p) || q               ; !(p || q)
            not p or q and r       ; (not p) or (q and r)    ; not (p or q) and r
            p and not q or r       ; (p and (not q)) or r    ; p and not (q or r)
            not not p and q        ; p and q                 ; not (not p and q)
            not x > 1              ; not (x > 1)             ; (x > 2)
            not x in [1, 2] and p  ; (not (x in [1, 2])) and p ; not (x in [1, 2] and p)
            x + y * 2 > 5          ; x + (y * 2) > 5         ; (x + y) * 2 > 5
            x - y - 1 > 0          ; (x - y) - 1 > 0         ; x - (y - 1) > 0
            x * 12 / y / 2 == 2    ; ((x * 12) / y) / 2 == 2 ; (x * 12) / (y / 2) == 2
            x * y % 2 == 1         ; (x * y) % 2 == 1        ; x * (y % 2) == 1
            -x ** 2 == -4          ; -(x ** 2) == -4         ; (-x) ** 2 == -4
            2 ** y ** 2 == 512     ; 2 ** (y ** 2) == 512    ; (2 ** y) ** 2 == 512
            x + 1 < y * 2 and p    ; ((x + 1) < (y * 2)) and p ; (x + 1) < (y * 2)
            x == 1 or x == 2 and p ; x == 1 or (x == 2 and p) ; (x == 1 or x == 2) and p
            """)
    void operatorsBindInMilvusOrder(String expression, String rightGrouping, String wrongGrouping) {
        RowFilter actual = FilterExpressions.compile(expression, FIELDS);
        RowFilter right = FilterExpressions.compile(rightGrouping, FIELDS);
        RowFilter wrong = FilterExpressions.compile(wrongGrouping, FIELDS);
        boolean wrongEverDiffers = false;
        for (Object[] row : grid()) {
            RowAccessor accessor = i -> row[i];
            assertThat(actual.test(accessor))
                    .as("row %s", java.util.Arrays.toString(row))
                    .isEqualTo(right.test(accessor));
            wrongEverDiffers |= actual.test(accessor) != wrong.test(accessor);
        }
        assertThat(wrongEverDiffers)
                .as("the wrong grouping differs on some row")
                .isTrue();
    }

    private static List<Object[]> grid() {
        List<Object[]> rows = new ArrayList<>();
        for (int bits = 0; bits < 8; bits++) {
            for (long x = -2; x <= 3; x++) {
                for (long y = 1; y <= 3; y++) {
                    rows.add(new Object[] {(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, x, y});
                }
            }
        }
        return rows;
    }
}
