package io.partita.v2.service.vector.request.data;

import io.partita.v2.internal.HalfFloats;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/** A bfloat16 query vector: two little-endian bytes per dimension (the upper half of a float32). Immutable. */
public class BFloat16Vec implements BaseVector {
    private final ByteBuffer data;

    /** @param data the vector's bytes (two little-endian bytes per dimension), from position to limit; copied */
    public BFloat16Vec(ByteBuffer data) {
        ByteBuffer copy = ByteBuffer.allocate(data.remaining());
        copy.put(data.duplicate());
        copy.flip();
        this.data = copy.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** @param data the vector's bytes (two little-endian bytes per dimension); copied */
    public BFloat16Vec(byte[] data) {
        this(ByteBuffer.wrap(data));
    }

    /**
     * @param data the vector as floats, each converted to the nearest bfloat16 value (ties to even)
     */
    public BFloat16Vec(List<Float> data) {
        this(HalfFloats.bfloat16(data));
    }

    /** @return a read-only {@code ByteBuffer} of the bytes, little-endian */
    @Override
    public Object getData() {
        return data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }
}
