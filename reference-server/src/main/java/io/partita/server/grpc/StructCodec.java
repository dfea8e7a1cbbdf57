package io.partita.server.grpc;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.wire.ArrayArray;
import io.partita.wire.FieldData;
import io.partita.wire.FloatArray;
import io.partita.wire.ScalarField;
import io.partita.wire.StructArrayField;
import io.partita.wire.VectorArray;
import io.partita.wire.VectorField;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Struct array field data ({@code FieldData.struct_arrays}, type {@code ArrayOfStruct}: one
 * column per sub-field, {@code Array} sub-fields as {@code array_data} with one row per entity,
 * {@code ArrayOfVector} sub-fields as {@code vector_array} with one flattened float vector list
 * per entity) to and from the engine's column of per-row JSON objects ({@code {"sub": [elements]}}).
 * The codec only reshapes; the engine checks the rows against the schema (StructRules).
 */
final class StructCodec {
    private StructCodec() {}

    static FieldColumn toColumn(String name, FieldData fd) {
        if (fd.getFieldCase() != FieldData.FieldCase.STRUCT_ARRAYS) {
            throw new IllegalArgumentException(
                    "declared type ArrayOfStruct but carries " + fd.getFieldCase() + " data");
        }
        StructArrayField st = fd.getStructArrays();
        JsonObject[] rows = null;
        for (FieldData sub : st.getFieldsList()) {
            JsonArray[] column = switch (sub.getType()) {
                case Array -> scalars(sub);
                case ArrayOfVector -> vectors(sub);
                default ->
                    throw new IllegalArgumentException("sub-field " + sub.getFieldName() + " of a struct carries type "
                            + sub.getType() + ", expected Array or ArrayOfVector");
            };
            if (rows == null) {
                rows = new JsonObject[column.length];
                for (int r = 0; r < rows.length; r++) {
                    rows[r] = new JsonObject();
                }
            } else if (rows.length != column.length) {
                throw new IllegalArgumentException("sub-field " + sub.getFieldName() + " holds " + column.length
                        + " rows, another sub-field " + rows.length);
            }
            for (int r = 0; r < rows.length; r++) {
                rows[r].add(sub.getFieldName(), column[r]);
            }
        }
        if (rows == null) {
            throw new IllegalArgumentException("a struct array field carries no sub-fields");
        }
        byte[][] docs = new byte[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            docs[r] = rows[r].toString().getBytes(StandardCharsets.UTF_8);
        }
        return FieldColumn.jsons(name, docs).as(DataType.STRUCT_ARRAY);
    }

    private static JsonArray[] scalars(FieldData sub) {
        if (!sub.hasScalars() || sub.getScalars().getDataCase() != ScalarField.DataCase.ARRAY_DATA) {
            throw new IllegalArgumentException(
                    "sub-field " + sub.getFieldName() + " of type Array carries no array data");
        }
        FieldColumn c = ArrayCodec.toColumn(sub.getFieldName(), sub.getScalars().getArrayData());
        byte[][] rows = c.jsonBytes();
        JsonArray[] out = new JsonArray[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = JsonParser.parseString(new String(rows[r], StandardCharsets.UTF_8))
                    .getAsJsonArray();
        }
        return out;
    }

    private static JsonArray[] vectors(FieldData sub) {
        VectorArray va = sub.getVectors().getVectorArray();
        long dim = va.getDim() > 0 ? va.getDim() : sub.getVectors().getDim();
        JsonArray[] out = new JsonArray[va.getDataCount()];
        for (int r = 0; r < out.length; r++) {
            VectorField v = va.getData(r);
            if (v.getDataCase() != VectorField.DataCase.FLOAT_VECTOR) {
                throw new IllegalArgumentException("sub-field " + sub.getFieldName() + " carries " + v.getDataCase()
                        + " vectors; struct vector sub-fields hold float vectors");
            }
            long d = v.getDim() > 0 ? v.getDim() : dim;
            List<Float> floats = v.getFloatVector().getDataList();
            if (d <= 0 || floats.size() % d != 0) {
                throw new IllegalArgumentException("sub-field " + sub.getFieldName() + " row " + r + " holds "
                        + floats.size() + " floats, not a whole number of vectors of dim " + d);
            }
            JsonArray list = new JsonArray();
            for (int i = 0; i < floats.size(); i += (int) d) {
                JsonArray vec = new JsonArray();
                for (int j = 0; j < d; j++) {
                    vec.add(new JsonPrimitive(floats.get(i + j)));
                }
                list.add(vec);
            }
            out[r] = list;
        }
        return out;
    }

    /** A struct result column (its sub-fields attached by the engine) as {@code ArrayOfStruct} field data. */
    static FieldData toWire(FieldColumn c) {
        List<FieldSchema> subs = c.structFields();
        if (subs == null) {
            throw new IllegalStateException("struct column " + c.name() + " carries no sub-fields");
        }
        JsonObject[] rows = new JsonObject[c.rowCount()];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = JsonParser.parseString(new String(c.jsonBytes()[r], StandardCharsets.UTF_8))
                    .getAsJsonObject();
        }
        StructArrayField.Builder st = StructArrayField.newBuilder();
        for (FieldSchema sub : subs) {
            FieldData.Builder b =
                    FieldData.newBuilder().setFieldName(sub.name()).setFieldId(sub.fieldId());
            if (sub.dataType().isVector()) {
                VectorArray.Builder va =
                        VectorArray.newBuilder().setDim(sub.dim()).setElementType(io.partita.wire.DataType.FloatVector);
                for (JsonObject row : rows) {
                    FloatArray.Builder fa = FloatArray.newBuilder();
                    for (JsonElement vec : row.getAsJsonArray(sub.name())) {
                        for (JsonElement x : vec.getAsJsonArray()) {
                            fa.addData(x.getAsFloat());
                        }
                    }
                    va.addData(VectorField.newBuilder().setDim(sub.dim()).setFloatVector(fa));
                }
                st.addFields(b.setType(io.partita.wire.DataType.ArrayOfVector)
                        .setVectors(VectorField.newBuilder().setDim(sub.dim()).setVectorArray(va)));
            } else {
                byte[][] arrays = new byte[rows.length][];
                for (int r = 0; r < rows.length; r++) {
                    arrays[r] = rows[r].getAsJsonArray(sub.name()).toString().getBytes(StandardCharsets.UTF_8);
                }
                ArrayArray a = ArrayCodec.toWire(FieldColumn.arrays(sub.name(), sub.dataType(), arrays));
                st.addFields(b.setType(io.partita.wire.DataType.Array)
                        .setScalars(ScalarField.newBuilder().setArrayData(a)));
            }
        }
        return FieldData.newBuilder()
                .setFieldName(c.name())
                .setType(io.partita.wire.DataType.ArrayOfStruct)
                .setStructArrays(st)
                .build();
    }
}
