package io.partita.grpc;

import com.google.protobuf.ByteString;
import io.partita.model.DataType;
import io.partita.model.FieldData;
import io.partita.param.dml.InsertParam;
import io.partita.transport.AnswerShapes;
import io.partita.wire.BoolArray;
import io.partita.wire.DoubleArray;
import io.partita.wire.FloatArray;
import io.partita.wire.IntArray;
import io.partita.wire.LongArray;
import io.partita.wire.ScalarField;
import io.partita.wire.StringArray;
import io.partita.wire.VectorField;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Column data both ways: an insert column ({@link InsertParam.Field}, value shapes as in
 * {@code SEAM.md}) to a wire {@code schema.FieldData}, and a wire column of a query or search
 * answer to a Partita {@link FieldData}.
 */
final class FieldDataCodec {
    private FieldDataCodec() {}

    static io.partita.wire.FieldData toWire(InsertParam.Field field) {
        DataType type = field.getType();
        if (type == null) {
            throw new IllegalArgumentException("field " + field.getName() + " has no data type; the client sets it");
        }
        io.partita.wire.FieldData.Builder b = io.partita.wire.FieldData.newBuilder()
                .setFieldName(field.getName())
                .setTypeValue(type.getNumber());
        List<?> values = field.getValues();
        switch (type) {
            case FloatVector:
                b.setVectors(floatVectors(values));
                break;
            case BinaryVector:
                b.setVectors(binaryVectors(values));
                break;
            default:
                b.setScalars(scalars(field.getName(), type, values));
        }
        return b.build();
    }

    private static VectorField floatVectors(List<?> rows) {
        int dim = rows.isEmpty() ? 0 : ((List<?>) rows.get(0)).size();
        FloatArray.Builder data = FloatArray.newBuilder();
        for (Object row : rows) {
            for (Object v : (List<?>) row) {
                data.addData((Float) v);
            }
        }
        return VectorField.newBuilder().setDim(dim).setFloatVector(data).build();
    }

    private static VectorField binaryVectors(List<?> rows) {
        int rowBytes = rows.isEmpty() ? 0 : ((ByteBuffer) rows.get(0)).remaining();
        ByteString.Output out = ByteString.newOutput(rowBytes * rows.size());
        for (Object row : rows) {
            ByteBuffer buf = ((ByteBuffer) row).duplicate();
            byte[] bytes = new byte[buf.remaining()];
            buf.get(bytes);
            out.write(bytes, 0, bytes.length);
        }
        return VectorField.newBuilder()
                .setDim(rowBytes * 8L)
                .setBinaryVector(out.toByteString())
                .build();
    }

    @SuppressWarnings("unchecked")
    private static ScalarField scalars(String name, DataType type, List<?> values) {
        ScalarField.Builder s = ScalarField.newBuilder();
        switch (type) {
            case Bool:
                s.setBoolData(BoolArray.newBuilder().addAllData((List<Boolean>) values));
                break;
            case Int8:
            case Int16:
            case Int32:
                s.setIntData(IntArray.newBuilder().addAllData((List<Integer>) values));
                break;
            case Int64:
                s.setLongData(LongArray.newBuilder().addAllData((List<Long>) values));
                break;
            case Float:
                s.setFloatData(FloatArray.newBuilder().addAllData((List<Float>) values));
                break;
            case Double:
                s.setDoubleData(DoubleArray.newBuilder().addAllData((List<Double>) values));
                break;
            case String:
            case VarChar:
                s.setStringData(StringArray.newBuilder().addAllData((List<String>) values));
                break;
            default:
                throw new IllegalArgumentException("field " + name + " has unsupported data type " + type);
        }
        return s.build();
    }

    /** @return the wire column as a Partita value; unknown column kinds yield no values */
    static FieldData fromWire(io.partita.wire.FieldData wire) {
        FieldData.Builder b = FieldData.newBuilder()
                .setFieldName(wire.getFieldName())
                .setFieldId(wire.getFieldId())
                .setType(AnswerShapes.dataType(wire.getTypeValue()));
        if (wire.hasVectors()) {
            VectorField v = wire.getVectors();
            b.setDim((int) v.getDim());
            b.addAllValues(vectorRows(v));
        } else if (wire.hasScalars()) {
            b.addAllValues(scalarValues(wire.getScalars()));
        }
        return b.build();
    }

    private static List<Object> vectorRows(VectorField v) {
        int dim = (int) v.getDim();
        if (v.hasFloatVector()) {
            return AnswerShapes.floatRows(v.getFloatVector().getDataList(), dim);
        } else if (v.hasBinaryVector()) {
            return AnswerShapes.binaryRows(v.getBinaryVector().toByteArray(), dim);
        }
        return List.of();
    }

    private static List<?> scalarValues(ScalarField s) {
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
            default:
                return List.of();
        }
    }
}
