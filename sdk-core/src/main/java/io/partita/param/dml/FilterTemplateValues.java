package io.partita.param.dml;

import io.partita.exception.ParamException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a filter expression's {@code {name}} placeholders (Milvus 2.5+
 * {@code expr_template_values} of Search, Query and Delete; milvus-sdk-java's
 * {@code filterTemplateValues}). A filter such as {@code age > {age} and city in {cities}} is
 * parsed once by the server and bound to the values, so a long list need not be written into the
 * expression text.
 *
 * <p>A value is a {@link Boolean}, an {@link Integer} or {@link Long} (sent as int64), a
 * {@link Double}, a {@link String}, or a {@link List} whose elements all have one of those types
 * (lists may nest). The kinds and the refusal texts are milvus-sdk-java 2.6's
 * ({@code VectorUtils.deduceAndCreateTemplateValue}); transports convert the checked values.
 */
public final class FilterTemplateValues {
    private FilterTemplateValues() {}

    /**
     * @param values the placeholder values; {@code null} for none
     * @param field the parameter's name, for messages
     * @return an unmodifiable copy in the given order (lists copied too); empty for none
     * @throws ParamException on a null name, a value of another kind, or a list of mixed kinds
     */
    public static Map<String, Object> copyOf(Map<String, ?> values, String field) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            if (e.getKey() == null || e.getKey().isEmpty()) {
                throw new ParamException(field + " must not hold an empty placeholder name");
            }
            out.put(e.getKey(), value(e.getValue(), field + "." + e.getKey()));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Object value(Object v, String field) {
        if (v instanceof Boolean || v instanceof Long || v instanceof Double || v instanceof String) {
            return v;
        }
        if (v instanceof Integer) {
            return ((Integer) v).longValue();
        }
        if (v instanceof List) {
            return list((List<?>) v, field);
        }
        throw new ParamException("Unsupported value type for filter expression template: " + field + " is "
                + (v == null ? "null" : v.getClass().getSimpleName()));
    }

    private static List<Object> list(List<?> in, String field) {
        List<Object> out = new ArrayList<>(in.size());
        if (in.isEmpty()) {
            return Collections.unmodifiableList(out);
        }
        Class<?> kind = kind(in.get(0), field);
        for (Object o : in) {
            if (o == null || kind(o, field) != kind) {
                throw new ParamException("Filter expression template is a list, the first value is "
                        + kind.getSimpleName() + ", but some elements are not " + kind.getSimpleName() + ": " + field);
            }
            out.add(
                    o instanceof List
                            ? list((List<?>) o, field)
                            : o instanceof Integer ? ((Integer) o).longValue() : o);
        }
        return Collections.unmodifiableList(out);
    }

    /** The element kind of a list: Integer and Long are one kind (int64). */
    private static Class<?> kind(Object o, String field) {
        if (o instanceof Integer || o instanceof Long) {
            return Long.class;
        }
        if (o instanceof Boolean || o instanceof Double || o instanceof String) {
            return o.getClass();
        }
        if (o instanceof List) {
            return List.class;
        }
        throw new ParamException("Unsupported value type for filter expression template: " + field + " holds "
                + (o == null ? "null" : o.getClass().getSimpleName()));
    }
}
