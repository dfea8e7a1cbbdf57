package io.partita.model;

import java.util.Objects;

/**
 * The answer to GetIndexState.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class GetIndexStateResponse extends StatusAnswer {
    private final IndexState state;
    private final String failReason;

    private GetIndexStateResponse(Builder b) {
        super(b.status);
        this.state = b.state;
        this.failReason = b.failReason;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the index build state */
    public IndexState getState() {
        return state;
    }
    /** @return whether the state message was set */
    public boolean hasState() {
        return state != null;
    }
    /** @return why the index build failed; empty unless the state is {@code Failed} */
    public String getFailReason() {
        return failReason;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof GetIndexStateResponse)) return false;
        GetIndexStateResponse other = (GetIndexStateResponse) o;
        return Objects.equals(status, other.status)
                && Objects.equals(state, other.state)
                && Objects.equals(failReason, other.failReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, state, failReason);
    }

    @Override
    public String toString() {
        return "GetIndexStateResponse{" + "status=" + status + ", state=" + state + ", failReason=" + failReason + "}";
    }

    /** Builder for {@link GetIndexStateResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private IndexState state;
        private String failReason = "";

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
         * @param value the index build state; must not be null
         * @return this builder
         */
        public Builder setState(IndexState value) {
            this.state = Objects.requireNonNull(value, "state");
            return this;
        }
        /**
         * @param value why the index build failed; must not be null
         * @return this builder
         */
        public Builder setFailReason(String value) {
            this.failReason = Objects.requireNonNull(value, "failReason");
            return this;
        }

        /** @return a new immutable {@code GetIndexStateResponse} holding this builder's values; the builder stays usable */
        public GetIndexStateResponse build() {
            return new GetIndexStateResponse(this);
        }
    }
}
