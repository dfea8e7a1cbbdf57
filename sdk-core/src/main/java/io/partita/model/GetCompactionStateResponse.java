package io.partita.model;

import java.util.Objects;

/**
 * The answer to GetCompactionState.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class GetCompactionStateResponse extends StatusAnswer {
    private final CompactionState state;
    private final long executingPlanNo;
    private final long timeoutPlanNo;
    private final long completedPlanNo;
    private final long failedPlanNo;

    private GetCompactionStateResponse(Builder b) {
        super(b.status);
        this.state = b.state;
        this.executingPlanNo = b.executingPlanNo;
        this.timeoutPlanNo = b.timeoutPlanNo;
        this.completedPlanNo = b.completedPlanNo;
        this.failedPlanNo = b.failedPlanNo;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the state of the compaction */
    public CompactionState getState() {
        return state;
    }
    /** @return whether the state message was set */
    public boolean hasState() {
        return state != null;
    }
    /** @return the number of plans still executing */
    public long getExecutingPlanNo() {
        return executingPlanNo;
    }
    /** @return the number of plans that timed out */
    public long getTimeoutPlanNo() {
        return timeoutPlanNo;
    }
    /** @return the number of plans completed */
    public long getCompletedPlanNo() {
        return completedPlanNo;
    }
    /** @return the number of plans that failed */
    public long getFailedPlanNo() {
        return failedPlanNo;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof GetCompactionStateResponse)) return false;
        GetCompactionStateResponse other = (GetCompactionStateResponse) o;
        return Objects.equals(status, other.status)
                && Objects.equals(state, other.state)
                && Objects.equals(executingPlanNo, other.executingPlanNo)
                && Objects.equals(timeoutPlanNo, other.timeoutPlanNo)
                && Objects.equals(completedPlanNo, other.completedPlanNo)
                && Objects.equals(failedPlanNo, other.failedPlanNo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, state, executingPlanNo, timeoutPlanNo, completedPlanNo, failedPlanNo);
    }

    @Override
    public String toString() {
        return "GetCompactionStateResponse{"
                + "status=" + status
                + ", state=" + state
                + ", executingPlanNo=" + executingPlanNo
                + ", timeoutPlanNo=" + timeoutPlanNo
                + ", completedPlanNo=" + completedPlanNo
                + ", failedPlanNo=" + failedPlanNo
                + "}";
    }

    /** Builder for {@link GetCompactionStateResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private CompactionState state;
        private long executingPlanNo = 0L;
        private long timeoutPlanNo = 0L;
        private long completedPlanNo = 0L;
        private long failedPlanNo = 0L;

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
         * @param value the state of the compaction; must not be null
         * @return this builder
         */
        public Builder setState(CompactionState value) {
            this.state = Objects.requireNonNull(value, "state");
            return this;
        }
        /**
         * @param value the number of plans still executing
         * @return this builder
         */
        public Builder setExecutingPlanNo(long value) {
            this.executingPlanNo = value;
            return this;
        }
        /**
         * @param value the number of plans that timed out
         * @return this builder
         */
        public Builder setTimeoutPlanNo(long value) {
            this.timeoutPlanNo = value;
            return this;
        }
        /**
         * @param value the number of plans completed
         * @return this builder
         */
        public Builder setCompletedPlanNo(long value) {
            this.completedPlanNo = value;
            return this;
        }
        /**
         * @param value the number of plans that failed
         * @return this builder
         */
        public Builder setFailedPlanNo(long value) {
            this.failedPlanNo = value;
            return this;
        }

        /** @return a new immutable {@code GetCompactionStateResponse} holding this builder's values; the builder stays usable */
        public GetCompactionStateResponse build() {
            return new GetCompactionStateResponse(this);
        }
    }
}
