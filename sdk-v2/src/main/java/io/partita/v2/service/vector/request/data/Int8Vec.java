package io.partita.v2.service.vector.request.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** An int8 query vector: one signed byte per dimension. Immutable. */
public class Int8Vec implements BaseVector {
    private final ByteBuffer data;

    /** @param data the vector's bytes (one signed byte per dimension), from position to limit; copied */
    public Int8Vec(ByteBuffer data) {
        ByteBuffer copy = ByteBuffer.allocate(data.remaining());
        copy.put(data.duplicate());
        copy.flip();
        this.data = copy.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** @param data the vector's bytes (one signed byte per dimension); copied */
    public Int8Vec(byte[] data) {
        this(ByteBuffer.wrap(data));
    }

    /** @return a read-only {@code ByteBuffer} of the bytes, little-endian */
    @Override
    public Object getData() {
        return data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }
}
