package io.partita.server.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Long arithmetic chains are bounded before they are compiled (issue 18, defect 4). */
class EvaluationDepthTest {
    static String chain(int terms) {
        return "age + ".repeat(terms - 1) + "1 > 0";
    }

    @Test
    void aFiftyThousandTermArithmeticChainIsRefusedQuicklyInsteadOfOverflowingAtEvaluation() {
        String expression = chain(50_000);
        assertTimeout(
                Duration.ofSeconds(10),
                () -> assertThatThrownBy(() -> FilterExpressions.compile(expression, TestRows.FIELDS)
                                .test(TestRows.row(TestRows.ROW)))
                        .isInstanceOf(ExpressionException.class)
                        .hasMessage("expression is nested too deeply: 50000 levels of operators, the limit is 1000"));
    }

    @Test
    void aFiveThousandTermChainIsRefusedToo() {
        assertThatThrownBy(() -> FilterExpressions.compile(chain(5_000), TestRows.FIELDS))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("nested too deeply");
    }

    @Test
    void aChainAtTheLimitCompilesAndEvaluatesOnASmallStack() throws Exception {
        // 999 additions and one comparison: exactly the limit, evaluated on a thread with a 256 KiB stack
        RowFilter filter = FilterExpressions.compile(chain(1000), TestRows.FIELDS);
        boolean[] result = new boolean[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        result[0] = filter.test(TestRows.row(TestRows.ROW));
                    } catch (Throwable e) {
                        failure[0] = e;
                    }
                },
                "small-stack",
                256 * 1024);
        t.start();
        t.join();
        assertThat(failure[0]).isNull();
        assertThat(result[0]).isTrue();
    }

    @Test
    void longOrChainsStayShallow() {
        StringBuilder expression = new StringBuilder("age == 0");
        for (int k = 1; k < 5_000; k++) {
            expression.append(" or age == ").append(k);
        }
        assertThat(EvaluationDepth.depth(ExpressionParsing.parse(expression.toString())))
                .isEqualTo(2);
    }

    @Test
    void nestedNegationsCountOneLevelEach() {
        assertThat(EvaluationDepth.depth(ExpressionParsing.parse("not not not (age > 1)")))
                .isEqualTo(4);
    }
}
