package io.partita.server.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Property test: thousands of random well-typed expressions, each compiled once and tested on
 * many random rows, must match the oracle interpreter row for row. Seeds are fixed so a failure
 * reproduces; the message shows the expression and the row.
 */
class RandomExpressionOracleTest {
    private static final int EXPRESSIONS = 4000;
    private static final int ROWS = 60;

    @Test
    void compiledFiltersAgreeWithTheOracleOnRandomExpressionsAndRows() {
        RandomExpressions random = new RandomExpressions(20261124L);
        List<Object[]> rows = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            rows.add(random.row());
        }
        int matched = 0;
        int total = 0;
        for (int e = 0; e < EXPRESSIONS; e++) {
            OracleExpr expr = random.bool(1 + e % 4);
            RowFilter filter = FilterExpressions.compile(expr.text(), RandomExpressions.FIELDS);
            for (Object[] row : rows) {
                boolean expected = expr.matches(row);
                assertThat(filter.test(i -> row[i]))
                        .as("%s on row %s", expr.text(), java.util.Arrays.toString(row))
                        .isEqualTo(expected);
                matched += expected ? 1 : 0;
                total++;
            }
        }
        // The generator must exercise both outcomes substantially, or the agreement means little.
        assertThat(matched).isBetween(total / 10, total - total / 10);
    }

    @Test
    void referencedFieldsAreExactlyTheFieldsNamedInTheExpression() {
        RandomExpressions random = new RandomExpressions(7L);
        for (int e = 0; e < 500; e++) {
            OracleExpr expr = random.bool(3);
            java.util.Set<Integer> named = new java.util.TreeSet<>();
            for (int i = 0; i < RandomExpressions.FIELDS.size(); i++) {
                if (appearsOutsideStrings(
                        expr.text(), RandomExpressions.FIELDS.get(i).name())) {
                    named.add(i);
                }
            }
            assertThat(FilterExpressions.compile(expr.text(), RandomExpressions.FIELDS)
                            .referencedFields())
                    .as(expr.text())
                    .isEqualTo(named);
        }
    }

    /** Whether {@code name} occurs as a word once string literals are blanked out. */
    private static boolean appearsOutsideStrings(String text, String name) {
        String stripped = text.replaceAll("\"(\\\\.|[^\"\\\\])*\"|'(\\\\.|[^'\\\\])*'", "\"\"");
        return stripped.matches("(?s).*\\b" + name + "\\b.*");
    }
}
