package io.partita.model;

import java.util.List;

/**
 * A list of floats.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * The list is unmodifiable; equality is by class and values.
 */
public final class FloatArray extends ValueList<Float> {
    private FloatArray(Builder b) {
        super(b);
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the values, in the server's order; unmodifiable, never {@code null} */
    public List<Float> getDataList() {
        return values();
    }

    /**
     * @param index zero-based position, below {@code getDataCount()}
     * @return the entry at {@code index}
     */
    public float getData(int index) {
        return values().get(index);
    }

    /** Builder for {@link FloatArray}; not thread-safe. Transports use it to produce values. */
    public static final class Builder extends ValueList.ListBuilder<Float, Builder> {
        private Builder() {}

        /**
         * @param value appended to the values
         * @return this builder
         */
        public Builder addData(float value) {
            return add(value);
        }

        /** @return a new immutable {@code FloatArray} holding this builder's values; the builder stays usable */
        public FloatArray build() {
            return new FloatArray(this);
        }
    }
}
