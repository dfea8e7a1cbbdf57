package io.partita.v2.service.vector.request.data;

/**
 * One query vector. The official interface also names the protocol's placeholder type; Partita
 * keeps protocol classes out of its API, so the transport derives it from {@link #getData()}.
 */
public interface BaseVector {
    /**
     * @return the vector: a {@code List<Float>} for a float vector, a {@code ByteBuffer} for the
     *     byte-coded ones (binary, float16, bfloat16, int8), a {@code SortedMap<Long, Float>} for a
     *     sparse one, a {@code String} for a text query
     */
    Object getData();
}
