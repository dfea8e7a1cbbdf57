package io.partita.grpc;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Encodes query and insert vectors the way Milvus reads them: float vectors as little-endian
 * IEEE-754 bytes, binary vectors as their bytes. Each row is written once into a fresh array that
 * the resulting {@link ByteString} wraps without a further copy.
 */
final class VectorBytes {
    private VectorBytes() {}

    /** @return the little-endian bytes of one float vector */
    static ByteString floats(List<Float> row) {
        byte[] bytes = new byte[row.size() * Float.BYTES];
        ByteBuffer out = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0, n = row.size(); i < n; i++) {
            out.putFloat(i * Float.BYTES, row.get(i));
        }
        return UnsafeByteOperations.unsafeWrap(bytes);
    }

    /** @return the bytes of one binary vector, from its position to its limit; the buffer is not moved */
    static ByteString binary(ByteBuffer row) {
        return ByteString.copyFrom(row.duplicate());
    }

    /**
     * @return one sparse vector as Milvus reads a sparse row: (uint32 index, float32 value) pairs,
     *     little-endian, in ascending index order
     */
    static ByteString sparse(java.util.Map<?, ?> row) {
        ByteBuffer out = ByteBuffer.allocate(row.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (java.util.Map.Entry<?, ?> e : new java.util.TreeMap<>(row).entrySet()) {
            out.putInt((int) ((Number) e.getKey()).longValue()).putFloat(((Number) e.getValue()).floatValue());
        }
        return UnsafeByteOperations.unsafeWrap(out.array());
    }
}
