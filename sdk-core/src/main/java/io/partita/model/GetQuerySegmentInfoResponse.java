package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to GetQuerySegmentInfo: the loaded segments of a collection.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class GetQuerySegmentInfoResponse extends StatusAnswer {
    private final List<QuerySegmentInfo> infos;

    private GetQuerySegmentInfoResponse(Builder b) {
        super(b.status);
        this.infos = Collections.unmodifiableList(new ArrayList<>(b.infos));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return one entry per segment, in the server's order; unmodifiable, never {@code null} */
    public List<QuerySegmentInfo> getInfosList() {
        return infos;
    }
    /** @return the number of segment infos */
    public int getInfosCount() {
        return infos.size();
    }
    /**
     * @param index zero-based position, below {@link #getInfosCount()}
     * @return the entry at {@code index}
     */
    public QuerySegmentInfo getInfos(int index) {
        return infos.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof GetQuerySegmentInfoResponse)) return false;
        GetQuerySegmentInfoResponse other = (GetQuerySegmentInfoResponse) o;
        return Objects.equals(status, other.status) && Objects.equals(infos, other.infos);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, infos);
    }

    @Override
    public String toString() {
        return "GetQuerySegmentInfoResponse{" + "status=" + status + ", infos=" + infos + "}";
    }

    /** Builder for {@link GetQuerySegmentInfoResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private List<QuerySegmentInfo> infos = new ArrayList<>();

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
         * @param value appended to the segment infos; must not be null
         * @return this builder
         */
        public Builder addInfos(QuerySegmentInfo value) {
            this.infos.add(Objects.requireNonNull(value, "infos"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the segment infos; none may be null
         * @return this builder
         */
        public Builder addAllInfos(Iterable<? extends QuerySegmentInfo> values) {
            for (QuerySegmentInfo v : values) addInfos(v);
            return this;
        }

        /** @return a new immutable {@code GetQuerySegmentInfoResponse} holding this builder's values; the builder stays usable */
        public GetQuerySegmentInfoResponse build() {
            return new GetQuerySegmentInfoResponse(this);
        }
    }
}
