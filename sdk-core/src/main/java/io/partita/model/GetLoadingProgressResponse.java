package io.partita.model;

import java.util.Objects;

/**
 * The answer to GetLoadingProgress: a percentage from 0 to 100.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class GetLoadingProgressResponse extends StatusAnswer {
    private final long progress;
    private final long refreshProgress;

    private GetLoadingProgressResponse(Builder b) {
        super(b.status);
        this.progress = b.progress;
        this.refreshProgress = b.refreshProgress;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the loading progress in percent, 0 to 100 */
    public long getProgress() {
        return progress;
    }
    /** @return the refresh progress in percent, 0 to 100 */
    public long getRefreshProgress() {
        return refreshProgress;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof GetLoadingProgressResponse)) return false;
        GetLoadingProgressResponse other = (GetLoadingProgressResponse) o;
        return Objects.equals(status, other.status)
                && Objects.equals(progress, other.progress)
                && Objects.equals(refreshProgress, other.refreshProgress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, progress, refreshProgress);
    }

    @Override
    public String toString() {
        return "GetLoadingProgressResponse{"
                + "status=" + status
                + ", progress=" + progress
                + ", refreshProgress=" + refreshProgress
                + "}";
    }

    /** Builder for {@link GetLoadingProgressResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private long progress = 0L;
        private long refreshProgress = 0L;

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
         * @param value the loading progress in percent, 0 to 100
         * @return this builder
         */
        public Builder setProgress(long value) {
            this.progress = value;
            return this;
        }
        /**
         * @param value the refresh progress in percent, 0 to 100
         * @return this builder
         */
        public Builder setRefreshProgress(long value) {
            this.refreshProgress = value;
            return this;
        }

        /** @return a new immutable {@code GetLoadingProgressResponse} holding this builder's values; the builder stays usable */
        public GetLoadingProgressResponse build() {
            return new GetLoadingProgressResponse(this);
        }
    }
}
