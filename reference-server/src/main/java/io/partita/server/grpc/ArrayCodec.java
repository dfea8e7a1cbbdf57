package io.partita.server.grpc;

import com.google.gson.JsonArray;
import com.google.gson.JsonPrimitive;
import io.partita.server.expr.JsonValues;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.wire.ArrayArray;
import io.partita.wire.BoolArray;
import io.partita.wire.DoubleArray;
import io.partita.wire.FloatArray;
import io.partita.wire.IntArray;
import io.partita.wire.LongArray;
import io.partita.wire.ScalarField;
import io.partita.wire.StringArray;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * ARRAY field data ({@code ScalarField.array_data}: one {@code ScalarField} per row) to and from
 * the engine's column of JSON arrays. Every row must carry the declared element type.
 */
final class ArrayCodec {
    private ArrayCodec() {}

    static FieldColumn toColumn(String name, ArrayArray a) {
        DataType element = a.getElementTypeValue() == 0 ? inferred(a) : DataType.fromNumber(a.getElementTypeValue());
        if (element == null && a.getElementTypeValue() == 0) {
            return FieldColumn.arrays(name, null, emptyRows(a.getDataCount()));
        }
        if (element == null || element.isVector() || element == DataType.ARRAY || element == DataType.JSON) {
            throw new IllegalArgumentException("array element type " + a.getElementType() + " is not supported");
        }
        ScalarField.DataCase expected = dataCase(element);
        byte[][] rows = new byte[a.getDataCount()][];
        for (int r = 0; r < rows.length; r++) {
            ScalarField s = a.getData(r);
            if (s.getDataCase() != expected && s.getDataCase() != ScalarField.DataCase.DATA_NOT_SET) {
                throw new IllegalArgumentException("row " + r + " of the array carries " + s.getDataCase()
                        + " elements but the element type is " + element);
            }
            rows[r] = json(element, s).toString().getBytes(StandardCharsets.UTF_8);
        }
        return FieldColumn.arrays(name, element, rows);
    }

    /** The element type of the first row with data (clients such as pymilvus leave element_type unset). */
    private static DataType inferred(ArrayArray a) {
        for (ScalarField s : a.getDataList()) {
            switch (s.getDataCase()) {
                case BOOL_DATA:
                    return DataType.BOOL;
                case INT_DATA:
                    return DataType.INT32;
                case LONG_DATA:
                    return DataType.INT64;
                case FLOAT_DATA:
                    return DataType.FLOAT;
                case DOUBLE_DATA:
                    return DataType.DOUBLE;
                case STRING_DATA:
                    return DataType.VARCHAR;
                case DATA_NOT_SET:
                    continue;
                default:
                    throw new IllegalArgumentException("array rows cannot carry " + s.getDataCase() + " elements");
            }
        }
        return null;
    }

    private static byte[][] emptyRows(int n) {
        byte[][] rows = new byte[n][];
        java.util.Arrays.fill(rows, new byte[] {'[', ']'});
        return rows;
    }

    private static JsonArray json(DataType element, ScalarField s) {
        JsonArray out = new JsonArray();
        switch (element) {
            case BOOL -> s.getBoolData().getDataList().forEach(out::add);
            case INT8, INT16, INT32 -> s.getIntData().getDataList().forEach(out::add);
            case INT64 -> s.getLongData().getDataList().forEach(out::add);
            case FLOAT -> s.getFloatData().getDataList().forEach(f -> out.add(new JsonPrimitive(f)));
            case DOUBLE -> s.getDoubleData().getDataList().forEach(out::add);
            default -> s.getStringData().getDataList().forEach(out::add);
        }
        return out;
    }

    static ArrayArray toWire(FieldColumn c) {
        DataType element = DataType.fromNumber(c.dim());
        ArrayArray.Builder b = ArrayArray.newBuilder().setElementTypeValue(element.number());
        for (byte[] row : c.jsonBytes()) {
            List<?> values = (List<?>) JsonValues.parse(row);
            ScalarField.Builder s = ScalarField.newBuilder();
            switch (element) {
                case BOOL -> {
                    BoolArray.Builder x = BoolArray.newBuilder();
                    values.forEach(v -> x.addData((Boolean) v));
                    s.setBoolData(x);
                }
                case INT8, INT16, INT32 -> {
                    IntArray.Builder x = IntArray.newBuilder();
                    values.forEach(v -> x.addData(((Number) v).intValue()));
                    s.setIntData(x);
                }
                case INT64 -> {
                    LongArray.Builder x = LongArray.newBuilder();
                    values.forEach(v -> x.addData(((Number) v).longValue()));
                    s.setLongData(x);
                }
                case FLOAT -> {
                    FloatArray.Builder x = FloatArray.newBuilder();
                    values.forEach(v -> x.addData(((Number) v).floatValue()));
                    s.setFloatData(x);
                }
                case DOUBLE -> {
                    DoubleArray.Builder x = DoubleArray.newBuilder();
                    values.forEach(v -> x.addData(((Number) v).doubleValue()));
                    s.setDoubleData(x);
                }
                default -> {
                    StringArray.Builder x = StringArray.newBuilder();
                    values.forEach(v -> x.addData((String) v));
                    s.setStringData(x);
                }
            }
            b.addData(s);
        }
        return b.build();
    }

    private static ScalarField.DataCase dataCase(DataType element) {
        return switch (element) {
            case BOOL -> ScalarField.DataCase.BOOL_DATA;
            case INT8, INT16, INT32 -> ScalarField.DataCase.INT_DATA;
            case INT64 -> ScalarField.DataCase.LONG_DATA;
            case FLOAT -> ScalarField.DataCase.FLOAT_DATA;
            case DOUBLE -> ScalarField.DataCase.DOUBLE_DATA;
            default -> ScalarField.DataCase.STRING_DATA;
        };
    }
}
