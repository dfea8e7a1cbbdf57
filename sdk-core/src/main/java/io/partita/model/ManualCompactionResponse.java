package io.partita.model;

import java.util.Objects;

/**
 * The answer to ManualCompaction.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class ManualCompactionResponse extends StatusAnswer {
    private final long compactionID;

    private ManualCompactionResponse(Builder b) {
        super(b.status);
        this.compactionID = b.compactionID;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the compaction ID, for GetCompactionState and GetCompactionPlans */
    public long getCompactionID() {
        return compactionID;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ManualCompactionResponse)) return false;
        ManualCompactionResponse other = (ManualCompactionResponse) o;
        return Objects.equals(status, other.status) && Objects.equals(compactionID, other.compactionID);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, compactionID);
    }

    @Override
    public String toString() {
        return "ManualCompactionResponse{" + "status=" + status + ", compactionID=" + compactionID + "}";
    }

    /** Builder for {@link ManualCompactionResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private long compactionID = 0L;

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
         * @param value the compaction ID, for GetCompactionState and GetCompactionPlans
         * @return this builder
         */
        public Builder setCompactionID(long value) {
            this.compactionID = value;
            return this;
        }

        /** @return a new immutable {@code ManualCompactionResponse} holding this builder's values; the builder stays usable */
        public ManualCompactionResponse build() {
            return new ManualCompactionResponse(this);
        }
    }
}
