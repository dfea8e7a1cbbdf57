package io.partita.grpc;

import io.partita.model.DataType;
import io.partita.model.FieldData;
import io.partita.model.FieldSchema;
import io.partita.param.dml.InsertParam;
import io.partita.transport.AnswerShapes;
import io.partita.wire.FloatArray;
import io.partita.wire.StructArrayField;
import io.partita.wire.VectorArray;
import io.partita.wire.VectorField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Struct array columns both ways ({@code FieldData.struct_arrays}, Milvus 2.6): rows of structs
 * (a {@code List} of {@code Map}s per row) to one wire column per sub-field, {@code Array} for
 * scalars and {@code ArrayOfVector} for float vectors (milvus-sdk-java 2.6 {@code
 * DataUtils.genStructSubFieldData}), and back.
 */
final class StructCodec {
    private StructCodec() {}

    static StructArrayField toWire(InsertParam.Field field) {
        StructArrayField.Builder st = StructArrayField.newBuilder();
        for (FieldSchema sub : field.getStructFields()) {
            List<List<?>> column = new ArrayList<>();
            for (Object row : field.getValues()) {
                List<Object> elements = new ArrayList<>();
                for (Object struct : (List<?>) row) {
                    Map<?, ?> m = (Map<?, ?>) struct;
                    if (!m.containsKey(sub.getName())) {
                        throw new IllegalArgumentException("a struct of field " + field.getName()
                                + " has no value for sub-field " + sub.getName());
                    }
                    elements.add(m.get(sub.getName()));
                }
                column.add(elements);
            }
            io.partita.wire.FieldData.Builder b =
                    io.partita.wire.FieldData.newBuilder().setFieldName(sub.getName());
            if (sub.getDataType() == DataType.FloatVector) {
                int dim = dim(sub);
                VectorArray.Builder va =
                        VectorArray.newBuilder().setDim(dim).setElementType(io.partita.wire.DataType.FloatVector);
                for (List<?> row : column) {
                    FloatArray.Builder fa = FloatArray.newBuilder();
                    for (Object v : row) {
                        for (Object x : (List<?>) v) {
                            fa.addData((Float) x);
                        }
                    }
                    va.addData(VectorField.newBuilder().setDim(dim).setFloatVector(fa));
                }
                b.setType(io.partita.wire.DataType.ArrayOfVector)
                        .setVectors(VectorField.newBuilder().setDim(dim).setVectorArray(va));
            } else {
                b.setType(io.partita.wire.DataType.Array)
                        .setScalars(ScalarCodec.toWire(sub.getName(), DataType.Array, column, sub.getDataType()));
            }
            st.addFields(b);
        }
        return st.build();
    }

    private static int dim(FieldSchema sub) {
        return sub.getTypeParamsList().stream()
                .filter(kv -> kv.getKey().equals("dim"))
                .map(kv -> Integer.parseInt(kv.getValue().trim()))
                .findFirst()
                .orElse(0);
    }

    /** Adds a wire struct column's sub-fields and rows (structs as ordered maps) to {@code b}. */
    static void fromWire(StructArrayField st, FieldData.Builder b) {
        List<String> names = new ArrayList<>();
        List<List<?>> columns = new ArrayList<>();
        for (io.partita.wire.FieldData sub : st.getFieldsList()) {
            FieldSchema.Builder fb =
                    FieldSchema.newBuilder().setFieldID(sub.getFieldId()).setName(sub.getFieldName());
            if (sub.hasVectors()) {
                VectorArray va = sub.getVectors().getVectorArray();
                int dim =
                        (int) (va.getDim() > 0 ? va.getDim() : sub.getVectors().getDim());
                fb.setDataType(DataType.FloatVector)
                        .addTypeParams(io.partita.model.KeyValuePair.newBuilder()
                                .setKey("dim")
                                .setValue(Integer.toString(dim))
                                .build());
                List<Object> rows = new ArrayList<>();
                for (VectorField v : va.getDataList()) {
                    rows.add(AnswerShapes.floatRows(v.getFloatVector().getDataList(), dim));
                }
                columns.add(rows);
            } else {
                DataType element =
                        DataType.forNumber(sub.getScalars().getArrayData().getElementTypeValue());
                if (element != null) {
                    fb.setDataType(element);
                }
                columns.add(ScalarCodec.fromWire(sub.getScalars()));
            }
            names.add(sub.getFieldName());
            b.addStructFields(fb.build());
        }
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        for (int r = 0; r < rows; r++) {
            List<Map<String, Object>> structs = new ArrayList<>();
            int elements = ((List<?>) columns.get(0).get(r)).size();
            for (int e = 0; e < elements; e++) {
                Map<String, Object> struct = new LinkedHashMap<>();
                for (int c = 0; c < names.size(); c++) {
                    struct.put(names.get(c), ((List<?>) columns.get(c).get(r)).get(e));
                }
                structs.add(struct);
            }
            b.addValue(structs);
        }
    }
}
