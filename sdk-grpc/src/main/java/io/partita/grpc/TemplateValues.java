package io.partita.grpc;

import io.partita.wire.BoolArray;
import io.partita.wire.DoubleArray;
import io.partita.wire.LongArray;
import io.partita.wire.StringArray;
import io.partita.wire.TemplateArrayValue;
import io.partita.wire.TemplateArrayValueArray;
import io.partita.wire.TemplateValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Filter template values ({@code expr_template_values} of Search, Query and Delete) as the wire's
 * {@code TemplateValue}s. The values are already checked by sdk-core's {@code FilterTemplateValues}:
 * Boolean, Long, Double, String, or a list of one of those kinds (or of lists).
 */
final class TemplateValues {
    private TemplateValues() {}

    static Map<String, TemplateValue> toWire(Map<String, Object> values) {
        Map<String, TemplateValue> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, value(v)));
        return out;
    }

    private static TemplateValue value(Object v) {
        TemplateValue.Builder b = TemplateValue.newBuilder();
        if (v instanceof Boolean) {
            return b.setBoolVal((Boolean) v).build();
        } else if (v instanceof Long) {
            return b.setInt64Val((Long) v).build();
        } else if (v instanceof Double) {
            return b.setFloatVal((Double) v).build();
        } else if (v instanceof String) {
            return b.setStringVal((String) v).build();
        }
        return b.setArrayVal(array((List<?>) v)).build();
    }

    private static TemplateArrayValue array(List<?> list) {
        TemplateArrayValue.Builder b = TemplateArrayValue.newBuilder();
        if (list.isEmpty()) {
            return b.build();
        }
        Object first = list.get(0);
        if (first instanceof Boolean) {
            BoolArray.Builder a = BoolArray.newBuilder();
            list.forEach(o -> a.addData((Boolean) o));
            return b.setBoolData(a).build();
        } else if (first instanceof Long) {
            LongArray.Builder a = LongArray.newBuilder();
            list.forEach(o -> a.addData((Long) o));
            return b.setLongData(a).build();
        } else if (first instanceof Double) {
            DoubleArray.Builder a = DoubleArray.newBuilder();
            list.forEach(o -> a.addData((Double) o));
            return b.setDoubleData(a).build();
        } else if (first instanceof String) {
            StringArray.Builder a = StringArray.newBuilder();
            list.forEach(o -> a.addData((String) o));
            return b.setStringData(a).build();
        }
        TemplateArrayValueArray.Builder a = TemplateArrayValueArray.newBuilder();
        list.forEach(o -> a.addData(array((List<?>) o)));
        return b.setArrayData(a).build();
    }
}
