package io.partita.model;

import java.util.Objects;

/**
 * The answer to GetFlushAllState: whether every segment older than the FlushAll timestamp is flushed.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class GetFlushAllStateResponse extends StatusAnswer {
    private final boolean flushed;

    private GetFlushAllStateResponse(Builder b) {
        super(b.status);
        this.flushed = b.flushed;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return whether every segment older than the timestamp is flushed */
    public boolean getFlushed() {
        return flushed;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof GetFlushAllStateResponse)) return false;
        GetFlushAllStateResponse other = (GetFlushAllStateResponse) o;
        return Objects.equals(status, other.status) && Objects.equals(flushed, other.flushed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, flushed);
    }

    @Override
    public String toString() {
        return "GetFlushAllStateResponse{" + "status=" + status + ", flushed=" + flushed + "}";
    }

    /** Builder for {@link GetFlushAllStateResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private boolean flushed = false;

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
         * @param value whether every segment older than the timestamp is flushed
         * @return this builder
         */
        public Builder setFlushed(boolean value) {
            this.flushed = value;
            return this;
        }

        /** @return a new immutable {@code GetFlushAllStateResponse} holding this builder's values; the builder stays usable */
        public GetFlushAllStateResponse build() {
            return new GetFlushAllStateResponse(this);
        }
    }
}
