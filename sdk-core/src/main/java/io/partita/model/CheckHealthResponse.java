package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to CheckHealth: whether the server serves requests, why not, and the quota limits in force.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists are unmodifiable.
 */
public final class CheckHealthResponse extends StatusAnswer {
    private final boolean isHealthy;
    private final List<String> reasons;
    private final List<QuotaState> quotaStates;

    private CheckHealthResponse(Builder b) {
        super(b.status);
        this.isHealthy = b.isHealthy;
        this.reasons = Collections.unmodifiableList(new ArrayList<>(b.reasons));
        this.quotaStates = Collections.unmodifiableList(new ArrayList<>(b.quotaStates));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return whether the server serves requests */
    public boolean getIsHealthy() {
        return isHealthy;
    }
    /** @return why the server is not healthy, empty when it is; unmodifiable, never {@code null} */
    public List<String> getReasonsList() {
        return reasons;
    }
    /** @return the number of reasons */
    public int getReasonsCount() {
        return reasons.size();
    }
    /**
     * @param index zero-based position, below {@link #getReasonsCount()}
     * @return the reason at {@code index}
     */
    public String getReasons(int index) {
        return reasons.get(index);
    }
    /** @return the quota limits in force, empty when none; unmodifiable, never {@code null} */
    public List<QuotaState> getQuotaStatesList() {
        return quotaStates;
    }
    /** @return the number of quota states */
    public int getQuotaStatesCount() {
        return quotaStates.size();
    }
    /**
     * @param index zero-based position, below {@link #getQuotaStatesCount()}
     * @return the quota state at {@code index}
     */
    public QuotaState getQuotaStates(int index) {
        return quotaStates.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof CheckHealthResponse)) return false;
        CheckHealthResponse other = (CheckHealthResponse) o;
        return status.equals(other.status)
                && isHealthy == other.isHealthy
                && reasons.equals(other.reasons)
                && quotaStates.equals(other.quotaStates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, isHealthy, reasons, quotaStates);
    }

    @Override
    public String toString() {
        return "CheckHealthResponse{status=" + status + ", isHealthy=" + isHealthy + ", reasons=" + reasons
                + ", quotaStates=" + quotaStates + "}";
    }

    /** Builder for {@link CheckHealthResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private boolean isHealthy;
        private final List<String> reasons = new ArrayList<>();
        private final List<QuotaState> quotaStates = new ArrayList<>();

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
         * @param value whether the server serves requests
         * @return this builder
         */
        public Builder setIsHealthy(boolean value) {
            this.isHealthy = value;
            return this;
        }
        /**
         * @param values reasons appended, in order; none may be null
         * @return this builder
         */
        public Builder addAllReasons(Iterable<String> values) {
            for (String v : values) {
                reasons.add(Objects.requireNonNull(v, "reasons"));
            }
            return this;
        }
        /**
         * @param value a quota state appended; must not be null
         * @return this builder
         */
        public Builder addQuotaStates(QuotaState value) {
            quotaStates.add(Objects.requireNonNull(value, "quotaStates"));
            return this;
        }

        /** @return a new immutable {@code CheckHealthResponse} holding this builder's values */
        public CheckHealthResponse build() {
            return new CheckHealthResponse(this);
        }
    }
}
