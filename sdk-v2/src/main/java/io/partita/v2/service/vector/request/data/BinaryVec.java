package io.partita.v2.service.vector.request.data;

import java.nio.ByteBuffer;

/** A binary query vector: 8 dimensions per byte. Immutable. */
public class BinaryVec implements BaseVector {
    private final ByteBuffer data;

    /** @param data the bytes from position to limit; copied */
    public BinaryVec(ByteBuffer data) {
        ByteBuffer copy = ByteBuffer.allocate(data.remaining());
        copy.put(data.duplicate());
        copy.flip();
        this.data = copy.asReadOnlyBuffer();
    }

    /** @param data the bytes; copied */
    public BinaryVec(byte[] data) {
        this(ByteBuffer.wrap(data));
    }

    /** @return a read-only {@code ByteBuffer} of the bytes */
    @Override
    public Object getData() {
        return data.duplicate();
    }
}
