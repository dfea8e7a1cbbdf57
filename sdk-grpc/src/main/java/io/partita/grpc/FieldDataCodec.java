package io.partita.grpc;

import com.google.protobuf.ByteString;
import io.partita.model.DataType;
import io.partita.model.FieldData;
import io.partita.param.dml.InsertParam;
import io.partita.transport.AnswerShapes;
import io.partita.wire.FloatArray;
import io.partita.wire.VectorField;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Column data both ways: an insert column ({@link InsertParam.Field}, value shapes as in
 * {@code SEAM.md}) to a wire {@code schema.FieldData}, and a wire column of a query or search
 * answer to a Partita {@link FieldData}.
 */
final class FieldDataCodec {
    /** The hidden JSON field of a dynamic schema; its column is flagged {@code is_dynamic}. */
    static final String DYNAMIC_FIELD = "$meta";

    private FieldDataCodec() {}

    static io.partita.wire.FieldData toWire(InsertParam.Field field) {
        DataType type = field.getType();
        if (type == null) {
            throw new IllegalArgumentException("field " + field.getName() + " has no data type; the client sets it");
        }
        io.partita.wire.FieldData.Builder b = io.partita.wire.FieldData.newBuilder()
                .setFieldName(field.getName())
                .setTypeValue(type.getNumber())
                .setIsDynamic(field.getName().equals(DYNAMIC_FIELD));
        if (type == DataType.ArrayOfStruct) {
            return b.setStructArrays(StructCodec.toWire(field)).build();
        }
        List<?> values = field.getValues();
        if (values.contains(null)) {
            // a nullable column: one validity flag per row, values for the valid rows only (as pymilvus sends)
            List<Object> valid = new ArrayList<>();
            for (Object v : values) {
                b.addValidData(v != null);
                if (v != null) {
                    valid.add(v);
                }
            }
            values = valid;
        }
        switch (type) {
            case FloatVector:
                b.setVectors(floatVectors(values));
                break;
            case BinaryVector:
                b.setVectors(binaryVectors(values));
                break;
            case Float16Vector:
            case BFloat16Vector:
            case Int8Vector:
            case SparseFloatVector:
                b.setVectors(VectorColumns.toWire(field.getName(), type, values));
                break;
            default:
                b.setScalars(ScalarCodec.toWire(field.getName(), type, values, field.getElementType()));
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

    /** @return the wire column as a Partita value; unknown column kinds yield no values */
    static FieldData fromWire(io.partita.wire.FieldData wire) {
        FieldData.Builder b = FieldData.newBuilder()
                .setFieldName(
                        wire.getFieldName().isEmpty() && wire.getIsDynamic() ? DYNAMIC_FIELD : wire.getFieldName())
                .setFieldId(wire.getFieldId())
                .setType(AnswerShapes.dataType(wire.getTypeValue()));
        List<?> values = List.of();
        if (wire.hasStructArrays()) {
            StructCodec.fromWire(wire.getStructArrays(), b);
            return b.build();
        }
        if (wire.hasVectors()) {
            VectorField v = wire.getVectors();
            b.setDim((int) v.getDim());
            values = vectorRows(v);
        } else if (wire.hasScalars()) {
            values = ScalarCodec.fromWire(wire.getScalars());
        }
        b.addAllValues(
                wire.getValidDataCount() == 0 ? values : AnswerShapes.withNulls(values, wire.getValidDataList()));
        return b.build();
    }

    private static List<Object> vectorRows(VectorField v) {
        int dim = (int) v.getDim();
        if (v.hasFloatVector()) {
            return AnswerShapes.floatRows(v.getFloatVector().getDataList(), dim);
        } else if (v.hasBinaryVector()) {
            return AnswerShapes.binaryRows(v.getBinaryVector().toByteArray(), dim);
        }
        return VectorColumns.fromWire(v);
    }
}
