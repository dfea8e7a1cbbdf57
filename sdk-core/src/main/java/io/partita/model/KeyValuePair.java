package io.partita.model;

import java.util.Objects;

/**
 * A key/value string pair, as used for statistics, index parameters and type parameters.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class KeyValuePair {
    private final String key;
    private final String value;

    private KeyValuePair(Builder b) {
        this.key = b.key;
        this.value = b.value;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the key */
    public String getKey() {
        return key;
    }
    /** @return the value, as a string */
    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof KeyValuePair)) return false;
        KeyValuePair other = (KeyValuePair) o;
        return Objects.equals(key, other.key) && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value);
    }

    @Override
    public String toString() {
        return "KeyValuePair{" + "key=" + key + ", value=" + value + "}";
    }

    /** Builder for {@link KeyValuePair}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private String key = "";
        private String value = "";

        private Builder() {}

        /**
         * @param value the key; must not be null
         * @return this builder
         */
        public Builder setKey(String value) {
            this.key = Objects.requireNonNull(value, "key");
            return this;
        }
        /**
         * @param value the value, as a string; must not be null
         * @return this builder
         */
        public Builder setValue(String value) {
            this.value = Objects.requireNonNull(value, "value");
            return this;
        }

        /** @return a new immutable {@code KeyValuePair} holding this builder's values; the builder stays usable */
        public KeyValuePair build() {
            return new KeyValuePair(this);
        }
    }
}
