package io.partita.model;

import java.util.List;

/**
 * A list of 32-bit integers.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * The list is unmodifiable; equality is by class and values.
 */
public final class IntArray extends ValueList<Integer> {
    private IntArray(Builder b) {
        super(b);
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the values, in the server's order; unmodifiable, never {@code null} */
    public List<Integer> getDataList() {
        return values();
    }

    /**
     * @param index zero-based position, below {@code getDataCount()}
     * @return the entry at {@code index}
     */
    public int getData(int index) {
        return values().get(index);
    }

    /** Builder for {@link IntArray}; not thread-safe. Transports use it to produce values. */
    public static final class Builder extends ValueList.ListBuilder<Integer, Builder> {
        private Builder() {}

        /**
         * @param value appended to the values
         * @return this builder
         */
        public Builder addData(int value) {
            return add(value);
        }

        /** @return a new immutable {@code IntArray} holding this builder's values; the builder stays usable */
        public IntArray build() {
            return new IntArray(this);
        }
    }
}
