package io.partita.server.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RowFilterContractTest {

    @Test
    void referencedFieldsListEachNamedFieldOnceAndCannotBeModified() {
        RowFilter filter =
                FilterExpressions.compile("age > 1 and (age < 5 or name like \"a%\") and ok", TestRows.FIELDS);
        assertThat(filter.referencedFields()).containsExactlyInAnyOrder(0, 2, 3);
        assertThatThrownBy(() -> filter.referencedFields().add(9)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theFilterReadsOnlyTheFieldsItReferences() {
        RowFilter filter = FilterExpressions.compile("name == \"alice\" or age > 100", TestRows.FIELDS);
        List<Integer> read = new ArrayList<>();
        filter.test(i -> {
            read.add(i);
            return TestRows.ROW[i];
        });
        assertThat(Set.copyOf(read)).isSubsetOf(filter.referencedFields()).contains(2);
    }

    @Test
    void aFieldIndexIsItsPositionInTheListEvenWhenNamesRepeatTheFirstWins() {
        List<FieldRef> fields = List.of(new FieldRef("a", ScalarType.INT64), new FieldRef("b", ScalarType.INT64));
        RowFilter filter = FilterExpressions.compile("b == 2", fields);
        assertThat(filter.referencedFields()).containsExactly(1);
        assertThat(filter.test(TestRows.row(1L, 2L))).isTrue();
    }

    @Test
    void oneFilterGivesTheSameAnswersFromManyThreadsAtOnce() throws Exception {
        RowFilter filter =
                FilterExpressions.compile("age % 3 == 1 and name like \"%a_c%\" or score > 900.5", TestRows.FIELDS);
        Object[][] rows = new Object[2000][];
        int expected = 0;
        for (int r = 0; r < rows.length; r++) {
            rows[r] = TestRows.ROW.clone();
            rows[r][0] = (long) r;
            rows[r][1] = (double) (r % 1000);
            rows[r][2] = r % 2 == 0 ? "xabcx" : "abd";
            boolean match = (r % 3 == 1 && r % 2 == 0) || r % 1000 > 900;
            expected += match ? 1 : 0;
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                counts.add(pool.submit(() -> {
                    AtomicInteger n = new AtomicInteger();
                    for (int pass = 0; pass < 20; pass++) {
                        for (Object[] row : rows) {
                            if (filter.test(i -> row[i])) {
                                n.incrementAndGet();
                            }
                        }
                    }
                    return n.get() / 20;
                }));
            }
            for (Future<Integer> count : counts) {
                assertThat(count.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLongOrChainOfEqualitiesCompilesAndEvaluatesWithoutDeepRecursion() {
        StringBuilder expression = new StringBuilder("age == 0");
        for (int k = 1; k < 20_000; k++) {
            expression.append(" or age == ").append(k);
        }
        RowFilter filter = FilterExpressions.compile(expression.toString(), TestRows.FIELDS);
        assertThat(filter.test(TestRows.row(TestRows.ROW))).isTrue();
        Object[] row = TestRows.ROW.clone();
        row[0] = 20_000L;
        assertThat(filter.test(TestRows.row(row))).isFalse();
    }

    @Test
    void absurdlyDeepNestingIsRejectedRatherThanCrashingTheCaller() {
        String expression = "(".repeat(200_000) + "ok" + ")".repeat(200_000);
        // Also guards the grammar's LL(1) shape: with lookahead across nested parentheses this took a minute.
        assertTimeout(
                Duration.ofSeconds(20),
                () -> assertThatThrownBy(() -> FilterExpressions.compile(expression, TestRows.FIELDS))
                        .isInstanceOf(ExpressionException.class)
                        .hasMessage("expression is nested too deeply"));
    }

    @Test
    void fieldRefRejectsAnEmptyNameAndAMissingType() {
        assertThatThrownBy(() -> new FieldRef("", ScalarType.INT64))
                .hasMessageContaining("field name must be non-empty");
        assertThatThrownBy(() -> new FieldRef("x", null)).hasMessage("type of field 'x' must be non-null");
    }
}
