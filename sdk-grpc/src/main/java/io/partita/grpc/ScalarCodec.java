package io.partita.grpc;

import com.google.protobuf.ByteString;
import io.partita.model.DataType;
import io.partita.wire.ArrayArray;
import io.partita.wire.BoolArray;
import io.partita.wire.DoubleArray;
import io.partita.wire.FloatArray;
import io.partita.wire.IntArray;
import io.partita.wire.JSONArray;
import io.partita.wire.LongArray;
import io.partita.wire.ScalarField;
import io.partita.wire.StringArray;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Scalar columns both ways: Java values (as {@link io.partita.model.FieldData} lists them) to a
 * wire {@code schema.ScalarField}, and back. JSON values travel as their UTF-8 text; an Array row
 * is a {@code List} of element values and becomes one inner {@code ScalarField}.
 */
final class ScalarCodec {
    private ScalarCodec() {}

    /**
     * @param values one value per row, none null (the caller drops a nullable column's nulls)
     * @param elementType the element type of an Array column; ignored for other types
     */
    @SuppressWarnings("unchecked")
    static ScalarField toWire(String name, DataType type, List<?> values, DataType elementType) {
        ScalarField.Builder s = ScalarField.newBuilder();
        try {
            switch (type) {
                case Bool:
                    return s.setBoolData(BoolArray.newBuilder().addAllData((List<Boolean>) values))
                            .build();
                case Int8:
                case Int16:
                case Int32:
                    IntArray.Builder ints = IntArray.newBuilder();
                    values.forEach(v -> ints.addData(((Number) v).intValue()));
                    return s.setIntData(ints).build();
                case Int64:
                    LongArray.Builder longs = LongArray.newBuilder();
                    values.forEach(v -> longs.addData(((Number) v).longValue()));
                    return s.setLongData(longs).build();
                case Float:
                    FloatArray.Builder floats = FloatArray.newBuilder();
                    values.forEach(v -> floats.addData(((Number) v).floatValue()));
                    return s.setFloatData(floats).build();
                case Double:
                    DoubleArray.Builder doubles = DoubleArray.newBuilder();
                    values.forEach(v -> doubles.addData(((Number) v).doubleValue()));
                    return s.setDoubleData(doubles).build();
                case String:
                case VarChar:
                    return s.setStringData(StringArray.newBuilder().addAllData((List<String>) values))
                            .build();
                case JSON:
                    JSONArray.Builder json = JSONArray.newBuilder();
                    values.forEach(v -> json.addData(ByteString.copyFromUtf8(String.valueOf(v))));
                    return s.setJsonData(json).build();
                case Array:
                    ArrayArray.Builder arrays = ArrayArray.newBuilder().setElementTypeValue(elementType.getNumber());
                    for (Object row : values) {
                        arrays.addData(toWire(name, elementType, (List<?>) row, DataType.None));
                    }
                    return s.setArrayData(arrays).build();
                default:
                    throw new IllegalArgumentException("field " + name + " has unsupported data type " + type);
            }
        } catch (ClassCastException e) {
            throw new IllegalArgumentException(
                    "field " + name + " holds a value that is not a " + type + ": " + e.getMessage(), e);
        }
    }

    /** @return the column's values as Java objects, one per value the wire holds */
    static List<?> fromWire(ScalarField s) {
        switch (s.getDataCase()) {
            case BOOL_DATA:
                return s.getBoolData().getDataList();
            case INT_DATA:
                return s.getIntData().getDataList();
            case LONG_DATA:
                return s.getLongData().getDataList();
            case FLOAT_DATA:
                return s.getFloatData().getDataList();
            case DOUBLE_DATA:
                return s.getDoubleData().getDataList();
            case STRING_DATA:
                return s.getStringData().getDataList();
            case JSON_DATA:
                List<String> texts = new ArrayList<>();
                s.getJsonData().getDataList().forEach(b -> texts.add(b.toString(StandardCharsets.UTF_8)));
                return texts;
            case ARRAY_DATA:
                List<Object> rows = new ArrayList<>();
                s.getArrayData().getDataList().forEach(row -> rows.add(List.copyOf(fromWire(row))));
                return rows;
            default:
                return List.of();
        }
    }
}
