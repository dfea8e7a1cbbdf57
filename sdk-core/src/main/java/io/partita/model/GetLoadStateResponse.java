package io.partita.model;

import java.util.Objects;

/**
 * The answer to GetLoadState.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class GetLoadStateResponse extends StatusAnswer {
    private final LoadState state;

    private GetLoadStateResponse(Builder b) {
        super(b.status);
        this.state = b.state;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the load state */
    public LoadState getState() {
        return state;
    }
    /** @return whether the state message was set */
    public boolean hasState() {
        return state != null;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof GetLoadStateResponse)) return false;
        GetLoadStateResponse other = (GetLoadStateResponse) o;
        return Objects.equals(status, other.status) && Objects.equals(state, other.state);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, state);
    }

    @Override
    public String toString() {
        return "GetLoadStateResponse{" + "status=" + status + ", state=" + state + "}";
    }

    /** Builder for {@link GetLoadStateResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private LoadState state;

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
         * @param value the load state; must not be null
         * @return this builder
         */
        public Builder setState(LoadState value) {
            this.state = Objects.requireNonNull(value, "state");
            return this;
        }

        /** @return a new immutable {@code GetLoadStateResponse} holding this builder's values; the builder stays usable */
        public GetLoadStateResponse build() {
            return new GetLoadStateResponse(this);
        }
    }
}
