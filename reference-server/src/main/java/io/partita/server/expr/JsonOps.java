package io.partita.server.expr;

import io.partita.server.expr.Evaluators.BoolEval;
import io.partita.server.expr.Evaluators.JsonEval;
import io.partita.server.expr.Operand.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluators over JSON values, whose type is only known per row. As in Milvus, a row whose value
 * is missing or of a type that cannot be compared with the other side does not match (for
 * {@code !=} too); numbers compare by value whatever their integer/floating mix.
 */
final class JsonOps {
    private JsonOps() {}

    /** The value at {@code path} (String keys into objects, Long indexes into arrays), or null. */
    static Object at(Object doc, List<Object> path) {
        Object v = doc;
        for (Object key : path) {
            if (key instanceof String k && v instanceof Map<?, ?> m) {
                v = m.get(k);
            } else if (key instanceof Long i && v instanceof List<?> l && i >= 0 && i < l.size()) {
                v = l.get(i.intValue());
            } else {
                return null;
            }
            if (v == null) {
                return null;
            }
        }
        return v;
    }

    static BoolEval compare(CompareOp op, Operand left, Operand right) {
        JsonEval l = left.asObject();
        JsonEval r = right.asObject();
        return row -> {
            Object a = l.eval(row);
            Object b = r.eval(row);
            if (a == null || b == null) {
                return false;
            }
            Integer c = order(a, b);
            if (c == null) {
                if (op == CompareOp.EQ || op == CompareOp.NE) {
                    boolean eq = equal(a, b);
                    return op == CompareOp.EQ ? eq : !eq && sameType(a, b);
                }
                return false;
            }
            return op.holds(c);
        };
    }

    static BoolEval in(Operand left, List<Operand> items) {
        List<Object> values = constants(items);
        JsonEval l = left.asObject();
        return row -> {
            Object v = l.eval(row);
            return v != null && containsEqual(values, v);
        };
    }

    static BoolEval like(Operand left, java.util.function.Predicate<String> matcher) {
        JsonEval l = left.asObject();
        return row -> l.eval(row) instanceof String s && matcher.test(s);
    }

    /** {@code json_contains(x, v)}: x is an array holding an element equal to v. */
    static BoolEval contains(Operand array, Operand element) {
        JsonEval a = array.asObject();
        JsonEval e = element.asObject();
        return row -> a.eval(row) instanceof List<?> l && containsEqual(l, e.eval(row));
    }

    /** {@code json_contains_all/any(x, [..])}: x is an array holding all (any) of the values. */
    static BoolEval containsAll(Operand array, List<Operand> items, boolean all) {
        List<Object> values = constants(items);
        JsonEval a = array.asObject();
        return row -> {
            if (!(a.eval(row) instanceof List<?> l)) {
                return false;
            }
            for (Object v : values) {
                boolean has = containsEqual(l, v);
                if (all && !has) {
                    return false;
                }
                if (!all && has) {
                    return true;
                }
            }
            return all;
        };
    }

    static List<Object> constants(List<Operand> items) {
        List<Object> values = new ArrayList<>(items.size());
        for (Operand item : items) {
            if (!item.isConstant()) {
                throw new ExpressionException(
                        "list items must be constants, got " + item.description() + " at column " + item.column(),
                        item.column());
            }
            values.add(item.constant());
        }
        return values;
    }

    private static boolean containsEqual(List<?> list, Object v) {
        if (v == null) {
            return false;
        }
        for (Object x : list) {
            if (x != null && equal(x, v)) {
                return true;
            }
        }
        return false;
    }

    /** Order of two numbers or two strings; null for any other pairing. */
    private static Integer order(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return Comparisons.compareCodePoints(x, y);
        }
        return null;
    }

    private static int compareNumbers(Number x, Number y) {
        if (x instanceof Long a && y instanceof Long b) {
            return Long.compare(a, b);
        }
        if (x instanceof Long a) {
            double b = y.doubleValue();
            return Double.isNaN(b) ? 1 : NumericCompare.compare(a, b);
        }
        if (y instanceof Long b) {
            double a = x.doubleValue();
            return Double.isNaN(a) ? -1 : -NumericCompare.compare(b, a);
        }
        return Double.compare(x.doubleValue(), y.doubleValue());
    }

    private static boolean sameType(Object a, Object b) {
        return (a instanceof Number && b instanceof Number) || a.getClass() == b.getClass();
    }

    /** Deep equality of JSON values, numbers by value. */
    static boolean equal(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!equal(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    static boolean isJson(Operand o) {
        return o.kind() == Kind.JSON;
    }
}
