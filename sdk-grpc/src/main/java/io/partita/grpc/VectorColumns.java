package io.partita.grpc;

import com.google.protobuf.ByteString;
import io.partita.model.DataType;
import io.partita.wire.SparseFloatArray;
import io.partita.wire.VectorField;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The vector types newer than Milvus 2.1 both ways. Float16Vector and BFloat16Vector rows are
 * {@code ByteBuffer}s of two bytes per dimension, Int8Vector rows one byte per dimension (the raw
 * bytes, as the official Java SDK takes them); a SparseFloatVector row is a {@code SortedMap<Long,
 * Float>} from index to value, on the wire Milvus's pairs of a little-endian uint32 index and float32.
 */
final class VectorColumns {
    private VectorColumns() {}

    static VectorField toWire(String name, DataType type, List<?> rows) {
        try {
            if (type == DataType.SparseFloatVector) {
                return sparse(rows);
            }
            int bytesPerDim = type == DataType.Int8Vector ? 1 : 2;
            int rowBytes = rows.isEmpty() ? 0 : ((ByteBuffer) rows.get(0)).remaining();
            ByteString.Output out = ByteString.newOutput(rowBytes * rows.size());
            for (Object row : rows) {
                ByteBuffer buf = ((ByteBuffer) row).duplicate();
                byte[] bytes = new byte[buf.remaining()];
                buf.get(bytes);
                out.write(bytes, 0, bytes.length);
            }
            VectorField.Builder v = VectorField.newBuilder().setDim(rowBytes / bytesPerDim);
            ByteString data = out.toByteString();
            switch (type) {
                case Float16Vector:
                    return v.setFloat16Vector(data).build();
                case BFloat16Vector:
                    return v.setBfloat16Vector(data).build();
                default:
                    return v.setInt8Vector(data).build();
            }
        } catch (ClassCastException e) {
            throw new IllegalArgumentException(
                    "field " + name + " holds a row that is not a "
                            + (type == DataType.SparseFloatVector ? "SortedMap<Long, Float>" : "ByteBuffer") + " for "
                            + type + ": " + e.getMessage(),
                    e);
        }
    }

    private static VectorField sparse(List<?> rows) {
        SparseFloatArray.Builder data = SparseFloatArray.newBuilder();
        long dim = 0;
        for (Object row : rows) {
            Map<?, ?> map = (Map<?, ?>) row;
            for (Object index : map.keySet()) {
                dim = Math.max(dim, ((Number) index).longValue() + 1);
            }
            data.addContents(VectorBytes.sparse(map));
        }
        return VectorField.newBuilder()
                .setDim(dim)
                .setSparseFloatVector(data.setDim(dim))
                .build();
    }

    /** @return one value per row of a wire column of the newer vector types; empty for an unknown kind */
    static List<Object> fromWire(VectorField v) {
        List<Object> rows = new ArrayList<>();
        switch (v.getDataCase()) {
            case FLOAT16_VECTOR:
                return cut(v.getFloat16Vector(), (int) v.getDim() * 2);
            case BFLOAT16_VECTOR:
                return cut(v.getBfloat16Vector(), (int) v.getDim() * 2);
            case INT8_VECTOR:
                return cut(v.getInt8Vector(), (int) v.getDim());
            case SPARSE_FLOAT_VECTOR:
                for (ByteString row : v.getSparseFloatVector().getContentsList()) {
                    ByteBuffer in = row.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
                    SortedMap<Long, Float> map = new TreeMap<>();
                    while (in.remaining() >= 8) {
                        map.put(Integer.toUnsignedLong(in.getInt()), in.getFloat());
                    }
                    rows.add(map);
                }
                return rows;
            default:
                return rows;
        }
    }

    private static List<Object> cut(ByteString flat, int rowBytes) {
        byte[] bytes = flat.toByteArray();
        List<Object> rows = new ArrayList<>();
        for (int from = 0; rowBytes > 0 && from + rowBytes <= bytes.length; from += rowBytes) {
            rows.add(ByteBuffer.wrap(bytes, from, rowBytes).slice().asReadOnlyBuffer());
        }
        return rows;
    }
}
