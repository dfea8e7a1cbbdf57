package io.partita.model;

import java.util.Objects;

/**
 * The answer to FlushAll: the timestamp every segment older than which is flushed once
 * GetFlushAllState says so.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 */
public final class FlushAllResponse extends StatusAnswer {
    private final long flushAllTs;

    private FlushAllResponse(Builder b) {
        super(b.status);
        this.flushAllTs = b.flushAllTs;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the flush timestamp, to pass to GetFlushAllState */
    public long getFlushAllTs() {
        return flushAllTs;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof FlushAllResponse)) return false;
        FlushAllResponse other = (FlushAllResponse) o;
        return status.equals(other.status) && flushAllTs == other.flushAllTs;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, flushAllTs);
    }

    @Override
    public String toString() {
        return "FlushAllResponse{status=" + status + ", flushAllTs=" + flushAllTs + "}";
    }

    /** Builder for {@link FlushAllResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private long flushAllTs;

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
         * @param value the flush timestamp
         * @return this builder
         */
        public Builder setFlushAllTs(long value) {
            this.flushAllTs = value;
            return this;
        }

        /** @return a new immutable {@code FlushAllResponse} holding this builder's values */
        public FlushAllResponse build() {
            return new FlushAllResponse(this);
        }
    }
}
