package io.partita.model;

import java.util.List;

/**
 * A list of strings.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * The list is unmodifiable; equality is by class and values.
 */
public final class StringArray extends ValueList<String> {
    private StringArray(Builder b) {
        super(b);
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the values, in the server's order; unmodifiable, never {@code null} */
    public List<String> getDataList() {
        return values();
    }

    /**
     * @param index zero-based position, below {@code getDataCount()}
     * @return the entry at {@code index}
     */
    public String getData(int index) {
        return values().get(index);
    }

    /** Builder for {@link StringArray}; not thread-safe. Transports use it to produce values. */
    public static final class Builder extends ValueList.ListBuilder<String, Builder> {
        private Builder() {}

        /**
         * @param value appended to the values; must not be null
         * @return this builder
         */
        public Builder addData(String value) {
            return add(value);
        }

        /** @return a new immutable {@code StringArray} holding this builder's values; the builder stays usable */
        public StringArray build() {
            return new StringArray(this);
        }
    }
}
