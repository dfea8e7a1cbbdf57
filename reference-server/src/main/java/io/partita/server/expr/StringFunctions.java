package io.partita.server.expr;

import io.partita.server.expr.Evaluators.BoolEval;
import io.partita.server.expr.Evaluators.StringEval;
import io.partita.server.expr.Operand.Kind;
import java.util.List;
import java.util.StringJoiner;

/**
 * The function calls Milvus's segcore registers for filters ({@code FunctionFactory}: {@code
 * empty(string)} and {@code starts_with(string, string)}), looked up by lower-cased name and
 * argument types as segcore does, so {@code EmPty(varchar)} works; any other name or signature is
 * refused in segcore's words, {@code function empty(int64_t) not found}, naming the argument types
 * as its C++ signatures do.
 */
final class StringFunctions {
    private StringFunctions() {}

    /** {@code name} is the call's name lower-cased; {@code args} its compiled arguments. */
    static Operand call(String name, List<Operand> args, String text, int col) {
        boolean strings = args.stream().allMatch(a -> a.kind() == Kind.STRING);
        if (name.equals("empty") && args.size() == 1 && strings) {
            StringEval s = args.get(0).string();
            BoolEval eval = row -> {
                String v = s.eval(row);
                return v != null && v.isEmpty();
            };
            return Operand.computed(Kind.BOOL, eval, args.get(0).isConstant(), text, col);
        }
        if (name.equals("starts_with") && args.size() == 2 && strings) {
            StringEval s = args.get(0).string();
            StringEval prefix = args.get(1).string();
            BoolEval eval = row -> {
                String v = s.eval(row);
                String p = prefix.eval(row);
                return v != null && p != null && v.startsWith(p);
            };
            return Operand.computed(
                    Kind.BOOL, eval, args.get(0).isConstant() && args.get(1).isConstant(), text, col);
        }
        throw notFound(name, args, col);
    }

    static ExpressionException notFound(String name, List<Operand> args, int col) {
        StringJoiner signature = new StringJoiner(", ", name + "(", ")");
        args.forEach(a -> signature.add(cppType(a)));
        return new ExpressionException("function " + signature + " not found", col);
    }

    /** The C++ type segcore names an argument by. */
    private static String cppType(Operand a) {
        if (a.field() != null) {
            return switch (a.field().type()) {
                case BOOL -> "bool";
                case INT8 -> "int8_t";
                case INT16 -> "int16_t";
                case INT32 -> "int32_t";
                case INT64 -> "int64_t";
                case FLOAT -> "float";
                case DOUBLE -> "double";
                case VARCHAR, GEOMETRY -> "string";
                case JSON -> "Json";
            };
        }
        return switch (a.kind()) {
            case BOOL -> "bool";
            case INT -> "int64_t";
            case FLOAT -> "double";
            case STRING -> "string";
            case JSON -> "Json";
        };
    }
}
