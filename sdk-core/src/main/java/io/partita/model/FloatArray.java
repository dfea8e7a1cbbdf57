package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A list of floats.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class FloatArray {
    private final List<Float> data;

    private FloatArray(Builder b) {
        this.data = Collections.unmodifiableList(new ArrayList<>(b.data));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the values, in the server's order; unmodifiable, never {@code null} */
    public List<Float> getDataList() {
        return data;
    }
    /** @return the number of values */
    public int getDataCount() {
        return data.size();
    }
    /**
     * @param index zero-based position, below {@link #getDataCount()}
     * @return the entry at {@code index}
     */
    public float getData(int index) {
        return data.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof FloatArray)) return false;
        FloatArray other = (FloatArray) o;
        return Objects.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(data);
    }

    @Override
    public String toString() {
        return "FloatArray{" + "data=" + data + "}";
    }

    /** Builder for {@link FloatArray}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private List<Float> data = new ArrayList<>();

        private Builder() {}

        /**
         * @param value appended to the values
         * @return this builder
         */
        public Builder addData(float value) {
            this.data.add(Objects.requireNonNull(value, "data"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the values; none may be null
         * @return this builder
         */
        public Builder addAllData(Iterable<? extends Float> values) {
            for (Float v : values) addData(v);
            return this;
        }

        /** @return a new immutable {@code FloatArray} holding this builder's values; the builder stays usable */
        public FloatArray build() {
            return new FloatArray(this);
        }
    }
}
