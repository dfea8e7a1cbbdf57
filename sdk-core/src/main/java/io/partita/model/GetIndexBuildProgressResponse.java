package io.partita.model;

import java.util.Objects;

/**
 * The answer to GetIndexBuildProgress.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class GetIndexBuildProgressResponse extends StatusAnswer {
    private final long indexedRows;
    private final long totalRows;

    private GetIndexBuildProgressResponse(Builder b) {
        super(b.status);
        this.indexedRows = b.indexedRows;
        this.totalRows = b.totalRows;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the number of rows indexed so far */
    public long getIndexedRows() {
        return indexedRows;
    }
    /** @return the total number of rows to index */
    public long getTotalRows() {
        return totalRows;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof GetIndexBuildProgressResponse)) return false;
        GetIndexBuildProgressResponse other = (GetIndexBuildProgressResponse) o;
        return Objects.equals(status, other.status)
                && Objects.equals(indexedRows, other.indexedRows)
                && Objects.equals(totalRows, other.totalRows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, indexedRows, totalRows);
    }

    @Override
    public String toString() {
        return "GetIndexBuildProgressResponse{"
                + "status=" + status
                + ", indexedRows=" + indexedRows
                + ", totalRows=" + totalRows
                + "}";
    }

    /** Builder for {@link GetIndexBuildProgressResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private long indexedRows = 0L;
        private long totalRows = 0L;

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
         * @param value the number of rows indexed so far
         * @return this builder
         */
        public Builder setIndexedRows(long value) {
            this.indexedRows = value;
            return this;
        }
        /**
         * @param value the total number of rows to index
         * @return this builder
         */
        public Builder setTotalRows(long value) {
            this.totalRows = value;
            return this;
        }

        /** @return a new immutable {@code GetIndexBuildProgressResponse} holding this builder's values; the builder stays usable */
        public GetIndexBuildProgressResponse build() {
            return new GetIndexBuildProgressResponse(this);
        }
    }
}
