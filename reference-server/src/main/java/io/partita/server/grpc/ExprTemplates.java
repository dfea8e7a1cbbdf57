package io.partita.server.grpc;

import io.partita.server.expr.ExpressionException;
import io.partita.server.expr.FilterTemplates;
import io.partita.wire.TemplateArrayValue;
import io.partita.wire.TemplateValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code expr_template_values} of Query, Search and Delete (milvus.proto; pymilvus sends
 * {@code expr_params} / {@code filter_params} there, milvus-sdk-java {@code filterTemplateValues}):
 * decoded to plain values and bound into the expression before the engine sees it.
 */
final class ExprTemplates {
    private ExprTemplates() {}

    /** {@code expr} with its {@code {name}} placeholders bound from {@code values}. */
    static String bind(String expr, Map<String, TemplateValue> values) {
        try {
            Map<String, Object> plain = new HashMap<>();
            values.forEach((name, v) -> plain.put(name, value(name, v)));
            return FilterTemplates.bind(expr, plain);
        } catch (ExpressionException e) {
            // Milvus wraps plan errors the same way (internal/proxy/task_query.go: "cannot parse expression")
            throw Statuses.invalid("cannot parse expression: " + io.partita.server.expr.FilterExpressions.shown(expr)
                    + ", error: " + e.getMessage());
        }
    }

    private static Object value(String name, TemplateValue v) {
        return switch (v.getValCase()) {
            case BOOL_VAL -> v.getBoolVal();
            case INT64_VAL -> v.getInt64Val();
            case FLOAT_VAL -> v.getFloatVal();
            case STRING_VAL -> v.getStringVal();
            case ARRAY_VAL -> array(name, v.getArrayVal());
            // Milvus: "expression template variable value is nil" (planparserv2 ConvertToGenericValue)
            default -> throw new ExpressionException("expression template variable value is nil: " + name);
        };
    }

    private static List<Object> array(String name, TemplateArrayValue a) {
        return switch (a.getDataCase()) {
            case BOOL_DATA -> new ArrayList<>(a.getBoolData().getDataList());
            case LONG_DATA -> new ArrayList<>(a.getLongData().getDataList());
            case DOUBLE_DATA -> new ArrayList<>(a.getDoubleData().getDataList());
            case STRING_DATA -> new ArrayList<>(a.getStringData().getDataList());
            case ARRAY_DATA -> {
                List<Object> out = new ArrayList<>();
                for (TemplateArrayValue inner : a.getArrayData().getDataList()) {
                    out.add(array(name, inner));
                }
                yield out;
            }
            default ->
                throw new ExpressionException(
                        "the value of expression template variable {" + name + "} has an unsupported type");
        };
    }
}
