package io.partita.model;

import java.util.Objects;

/**
 * The answer to HasCollection and HasPartition: a server status and a boolean.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class BoolResponse extends StatusAnswer {
    private final boolean value;

    private BoolResponse(Builder b) {
        super(b.status);
        this.value = b.value;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the answer to the yes/no question asked */
    public boolean getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof BoolResponse)) return false;
        BoolResponse other = (BoolResponse) o;
        return Objects.equals(status, other.status) && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, value);
    }

    @Override
    public String toString() {
        return "BoolResponse{" + "status=" + status + ", value=" + value + "}";
    }

    /** Builder for {@link BoolResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private boolean value = false;

        private Builder() {}

        /**
         * @param value the outcome of the call; must not be null
         * @return this builder
         */
        public Builder setStatus(Status value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }
        /**
         * @param value the answer to the yes/no question asked
         * @return this builder
         */
        public Builder setValue(boolean value) {
            this.value = value;
            return this;
        }

        /** @return a new immutable {@code BoolResponse} holding this builder's values; the builder stays usable */
        public BoolResponse build() {
            return new BoolResponse(this);
        }
    }
}
