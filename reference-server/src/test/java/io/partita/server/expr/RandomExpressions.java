package io.partita.server.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates well-typed random expressions, with their oracle, and random rows for {@link #FIELDS}. */
final class RandomExpressions {
    static final List<FieldRef> FIELDS = List.of(
            new FieldRef("i64", ScalarType.INT64),
            new FieldRef("i32", ScalarType.INT32),
            new FieldRef("i8", ScalarType.INT8),
            new FieldRef("d", ScalarType.DOUBLE),
            new FieldRef("f", ScalarType.FLOAT),
            new FieldRef("s", ScalarType.VARCHAR),
            new FieldRef("t", ScalarType.VARCHAR),
            new FieldRef("b", ScalarType.BOOL),
            new FieldRef("c", ScalarType.BOOL));
    private static final int[] INT_FIELDS = {0, 1, 2};
    private static final int[] FLOAT_FIELDS = {3, 4};
    private static final int[] STRING_FIELDS = {5, 6};
    private static final int[] BOOL_FIELDS = {7, 8};
    private static final String[] WORDS = {"", "a", "ab", "abc", "b", "ba", "a%b", "a_c", "Zü", "ü", "a\\b", "x'y\"z"};
    private static final double[] DOUBLES = {-2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 2.0, 3.75, 1e10, 9007199254740993.0};
    private static final String[] COMPARISONS = {"<", "<=", ">", ">=", "==", "!="};

    private final Random random;

    RandomExpressions(long seed) {
        random = new Random(seed);
    }

    Object[] row() {
        return new Object[] {
            smallOrLarge(),
            (long) (random.nextInt(11) - 5),
            (long) (random.nextInt(7) - 3),
            random.nextInt(20) == 0 ? Double.NaN : DOUBLES[random.nextInt(DOUBLES.length)],
            (double) (float) DOUBLES[random.nextInt(DOUBLES.length)],
            WORDS[random.nextInt(WORDS.length)],
            WORDS[random.nextInt(WORDS.length)],
            random.nextBoolean(),
            random.nextBoolean()
        };
    }

    private long smallOrLarge() {
        return random.nextInt(10) == 0 ? 9007199254740993L : random.nextInt(11) - 5;
    }

    OracleExpr bool(int depth) {
        int choice = random.nextInt(depth <= 0 ? 6 : 10);
        switch (choice) {
            case 0: {
                OracleExpr l = number(depth - 1);
                OracleExpr r = number(depth - 1);
                String op = pick(COMPARISONS);
                return new OracleExpr(
                        l.text() + " " + op + " " + r.text(),
                        row -> OracleExpr.compare(
                                op, l.eval().apply(row), r.eval().apply(row)));
            }
            case 1: {
                OracleExpr l = string();
                OracleExpr r = string();
                String op = pick(COMPARISONS);
                return new OracleExpr(
                        l.text() + " " + op + " " + r.text(),
                        row -> OracleExpr.compare(
                                op, l.eval().apply(row), r.eval().apply(row)));
            }
            case 2: {
                int i = BOOL_FIELDS[random.nextInt(BOOL_FIELDS.length)];
                if (random.nextBoolean()) {
                    return new OracleExpr(FIELDS.get(i).name(), row -> row[i]);
                }
                boolean literal = random.nextBoolean();
                String op = random.nextBoolean() ? "==" : "!=";
                String spelled = pick(
                        literal ? new String[] {"true", "True", "TRUE"} : new String[] {"false", "False", "FALSE"});
                return new OracleExpr(
                        FIELDS.get(i).name() + " " + op + " " + spelled,
                        row -> OracleExpr.compare(op, row[i], literal));
            }
            case 3:
                return membership(depth);
            case 4: {
                OracleExpr value = string();
                String pattern = likePattern();
                String keyword = pick(new String[] {"like", "LIKE"});
                return new OracleExpr(
                        value.text() + " " + keyword + " " + quote(pattern),
                        row -> OracleExpr.like((String) value.eval().apply(row), pattern));
            }
            case 5:
                return range(depth);
            case 6: {
                OracleExpr inner = bool(depth - 1);
                String keyword = pick(new String[] {"not ", "NOT ", "!"});
                return new OracleExpr(keyword + "(" + inner.text() + ")", row ->
                        !(Boolean) inner.eval().apply(row));
            }
            case 7:
            case 8: {
                OracleExpr l = bool(depth - 1);
                OracleExpr r = bool(depth - 1);
                boolean and = choice == 7;
                String keyword = pick(and ? new String[] {"and", "AND", "&&"} : new String[] {"or", "OR", "||"});
                return new OracleExpr(
                        "(" + l.text() + ") " + keyword + " (" + r.text() + ")",
                        and
                                ? row -> (Boolean) l.eval().apply(row)
                                        && (Boolean) r.eval().apply(row)
                                : row -> (Boolean) l.eval().apply(row)
                                        || (Boolean) r.eval().apply(row));
            }
            default: {
                OracleExpr inner = bool(depth - 1);
                return new OracleExpr("(" + inner.text() + ")", inner.eval());
            }
        }
    }

    private OracleExpr membership(int depth) {
        boolean negated = random.nextBoolean();
        String keyword = negated ? pick(new String[] {"not in", "NOT IN", "not  in"}) : pick(new String[] {"in", "IN"});
        int size = random.nextInt(4);
        List<Object> items = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        OracleExpr value;
        if (random.nextBoolean()) {
            value = random.nextBoolean() ? number(0) : number(depth - 1);
            for (int k = 0; k < size; k++) {
                OracleExpr item = numberLiteral();
                items.add(item.eval().apply(null));
                texts.add(item.text());
            }
        } else {
            value = string();
            for (int k = 0; k < size; k++) {
                String word = pick(WORDS);
                items.add(word);
                texts.add(quote(word));
            }
        }
        String text = value.text() + " " + keyword + " [" + String.join(", ", texts) + "]";
        return new OracleExpr(text, row -> negated != OracleExpr.in(value.eval().apply(row), items));
    }

    private OracleExpr range(int depth) {
        boolean up = random.nextBoolean();
        String op1 = up ? pick(new String[] {"<", "<="}) : pick(new String[] {">", ">="});
        String op2 = up ? pick(new String[] {"<", "<="}) : pick(new String[] {">", ">="});
        OracleExpr lo = numberLiteral();
        OracleExpr mid = number(depth - 1);
        OracleExpr hi = numberLiteral();
        return new OracleExpr(lo.text() + " " + op1 + " " + mid.text() + " " + op2 + " " + hi.text(), row -> {
            Object m = mid.eval().apply(row);
            return OracleExpr.compare(op1, lo.eval().apply(row), m)
                    && OracleExpr.compare(op2, m, hi.eval().apply(row));
        });
    }

    OracleExpr number(int depth) {
        int choice = random.nextInt(depth <= 0 ? 3 : 7);
        switch (choice) {
            case 0: {
                int i = INT_FIELDS[random.nextInt(INT_FIELDS.length)];
                return new OracleExpr(FIELDS.get(i).name(), row -> row[i]);
            }
            case 1: {
                int i = FLOAT_FIELDS[random.nextInt(FLOAT_FIELDS.length)];
                return new OracleExpr(FIELDS.get(i).name(), row -> row[i]);
            }
            case 2:
                return numberLiteral();
            case 3: {
                OracleExpr inner = number(depth - 1);
                return new OracleExpr("-(" + inner.text() + ")", row -> {
                    Object v = inner.eval().apply(row);
                    return v instanceof Long l ? (Object) (-l) : (Object) (-(Double) v);
                });
            }
            case 4: {
                // integer-only operands so % is legal; the divisor is a field or a non-zero literal
                String op = pick(new String[] {"%", "/", "*", "-", "+"});
                OracleExpr l = integer(depth - 1);
                OracleExpr r = op.equals("%") || op.equals("/") ? divisor() : integer(depth - 1);
                return binary(op, l, r);
            }
            case 5: {
                String op = pick(new String[] {"+", "-", "*", "/"});
                OracleExpr l = number(depth - 1);
                OracleExpr r = op.equals("/") ? divisor() : number(depth - 1);
                return binary(op, l, r);
            }
            default: {
                OracleExpr base = number(0);
                long exponent = random.nextInt(4);
                return binary("**", base, new OracleExpr(Long.toString(exponent), row -> exponent));
            }
        }
    }

    private OracleExpr integer(int depth) {
        if (depth > 0 && random.nextInt(3) == 0) {
            return binary(pick(new String[] {"+", "-", "*"}), integer(depth - 1), integer(depth - 1));
        }
        if (random.nextBoolean()) {
            int i = INT_FIELDS[random.nextInt(INT_FIELDS.length)];
            return new OracleExpr(FIELDS.get(i).name(), row -> row[i]);
        }
        long v = random.nextInt(13) - 6;
        return new OracleExpr(Long.toString(v), row -> v);
    }

    private OracleExpr divisor() {
        if (random.nextBoolean()) {
            int i = INT_FIELDS[1 + random.nextInt(2)]; // i32 or i8, which are often zero
            return new OracleExpr(FIELDS.get(i).name(), row -> row[i]);
        }
        long v = random.nextBoolean() ? random.nextInt(5) + 1 : -(random.nextInt(5) + 1);
        return new OracleExpr(Long.toString(v), row -> v);
    }

    private static OracleExpr binary(String op, OracleExpr l, OracleExpr r) {
        return new OracleExpr(
                "(" + l.text() + ") " + op + " (" + r.text() + ")",
                row -> OracleExpr.arithmetic(op, l.eval().apply(row), r.eval().apply(row)));
    }

    private OracleExpr numberLiteral() {
        if (random.nextBoolean()) {
            long v = random.nextInt(20) == 0 ? 9007199254740992L : random.nextInt(13) - 6;
            return new OracleExpr(Long.toString(v), row -> v);
        }
        double v = DOUBLES[random.nextInt(DOUBLES.length)];
        boolean plain = random.nextBoolean() && v >= 0 && 1 / v > 0; // no plain form for -0.0
        String text = plain
                ? new java.math.BigDecimal(v).toPlainString() + (v == Math.rint(v) ? ".0" : "")
                : Double.toString(v);
        return new OracleExpr(text, row -> v);
    }

    private OracleExpr string() {
        if (random.nextInt(3) > 0) {
            int i = STRING_FIELDS[random.nextInt(STRING_FIELDS.length)];
            return new OracleExpr(FIELDS.get(i).name(), row -> row[i]);
        }
        String word = pick(WORDS);
        return new OracleExpr(quote(word), row -> word);
    }

    private String likePattern() {
        String[] pieces = {"a", "b", "ü", "%", "%", "_", "\\%", "\\_", "\\\\", "Z"};
        StringBuilder pattern = new StringBuilder();
        int length = random.nextInt(5);
        for (int k = 0; k < length; k++) {
            pattern.append(pick(pieces));
        }
        return pattern.toString();
    }

    /** A string literal whose value is exactly {@code value}, in double or single quotes. */
    private String quote(String value) {
        char q = random.nextBoolean() ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(q);
        for (char ch : value.toCharArray()) {
            if (ch == '\\' || ch == q) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.append(q).toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
