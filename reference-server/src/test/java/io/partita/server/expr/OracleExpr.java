package io.partita.server.expr;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A randomly generated expression: its source text and a straightforward interpreter of the
 * same tree, written independently of the production compiler. Values are Long, Double,
 * Boolean or String; integer division by zero throws ArithmeticException, and a row whose
 * evaluation throws does not match.
 */
record OracleExpr(String text, Function<Object[], Object> eval) {

    boolean matches(Object[] row) {
        try {
            return (Boolean) eval.apply(row);
        } catch (ArithmeticException e) {
            return false;
        }
    }

    static Object arithmetic(String op, Object a, Object b) {
        if (op.equals("**")) {
            return Math.pow(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        if (a instanceof Long x && b instanceof Long y) {
            return switch (op) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> x / y;
                default -> x % y;
            };
        }
        double x = ((Number) a).doubleValue();
        double y = ((Number) b).doubleValue();
        return switch (op) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            default -> x / y;
        };
    }

    /** Three-way comparison of two numbers by exact value; null when either is NaN. */
    static Integer compareNumbers(Object a, Object b) {
        double da = ((Number) a).doubleValue();
        double db = ((Number) b).doubleValue();
        if (Double.isNaN(da) || Double.isNaN(db)) {
            return null;
        }
        if (Double.isInfinite(da) || Double.isInfinite(db)) {
            return Double.compare(da, db);
        }
        return exact(a).compareTo(exact(b));
    }

    private static BigDecimal exact(Object n) {
        return n instanceof Long l ? BigDecimal.valueOf(l) : new BigDecimal((Double) n);
    }

    static boolean compare(String op, Object a, Object b) {
        Integer cmp;
        if (a instanceof Number && b instanceof Number) {
            cmp = compareNumbers(a, b);
        } else if (a instanceof String s && b instanceof String t) {
            cmp = Arrays.compare(s.codePoints().toArray(), t.codePoints().toArray());
        } else {
            cmp = a.equals(b) ? 0 : 1; // booleans: only == and != are generated
        }
        if (cmp == null) {
            return op.equals("!=");
        }
        return switch (op) {
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case ">=" -> cmp >= 0;
            case "==" -> cmp == 0;
            default -> cmp != 0;
        };
    }

    static boolean in(Object value, List<Object> items) {
        for (Object item : items) {
            if (value instanceof Number ? compare("==", value, item) : value.equals(item)) {
                return true;
            }
        }
        return false;
    }

    /** LIKE by translation to a regular expression. */
    static boolean like(String value, String pattern) {
        StringBuilder regex = new StringBuilder();
        int[] cps = pattern.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == '\\' && i + 1 < cps.length) {
                regex.append(Pattern.quote(new String(Character.toChars(cps[++i]))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(new String(Character.toChars(c))));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
    }
}
