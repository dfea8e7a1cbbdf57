package io.partita.v2.service.vector.request.data;

import io.partita.v2.internal.HalfFloats;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/** A float16 (IEEE half-precision) query vector: two little-endian bytes per dimension. Immutable. */
public class Float16Vec implements BaseVector {
    private final ByteBuffer data;

    /** @param data the vector's bytes (two little-endian bytes per dimension), from position to limit; copied */
    public Float16Vec(ByteBuffer data) {
        ByteBuffer copy = ByteBuffer.allocate(data.remaining());
        copy.put(data.duplicate());
        copy.flip();
        this.data = copy.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** @param data the vector's bytes (two little-endian bytes per dimension); copied */
    public Float16Vec(byte[] data) {
        this(ByteBuffer.wrap(data));
    }

    /**
     * @param data the vector as floats, each converted to the nearest float16 value (ties to even)
     */
    public Float16Vec(List<Float> data) {
        this(HalfFloats.float16(data));
    }

    /** @return a read-only {@code ByteBuffer} of the bytes, little-endian */
    @Override
    public Object getData() {
        return data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }
}
