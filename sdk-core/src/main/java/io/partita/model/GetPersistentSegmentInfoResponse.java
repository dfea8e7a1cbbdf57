package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to GetPersistentSegmentInfo.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class GetPersistentSegmentInfoResponse extends StatusAnswer {
    private final List<PersistentSegmentInfo> infos;

    private GetPersistentSegmentInfoResponse(Builder b) {
        super(b.status);
        this.infos = Collections.unmodifiableList(new ArrayList<>(b.infos));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return one entry per segment, in the server's order; unmodifiable, never {@code null} */
    public List<PersistentSegmentInfo> getInfosList() {
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
    public PersistentSegmentInfo getInfos(int index) {
        return infos.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof GetPersistentSegmentInfoResponse)) return false;
        GetPersistentSegmentInfoResponse other = (GetPersistentSegmentInfoResponse) o;
        return Objects.equals(status, other.status) && Objects.equals(infos, other.infos);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, infos);
    }

    @Override
    public String toString() {
        return "GetPersistentSegmentInfoResponse{" + "status=" + status + ", infos=" + infos + "}";
    }

    /** Builder for {@link GetPersistentSegmentInfoResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private List<PersistentSegmentInfo> infos = new ArrayList<>();

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
        public Builder addInfos(PersistentSegmentInfo value) {
            this.infos.add(Objects.requireNonNull(value, "infos"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the segment infos; none may be null
         * @return this builder
         */
        public Builder addAllInfos(Iterable<? extends PersistentSegmentInfo> values) {
            for (PersistentSegmentInfo v : values) addInfos(v);
            return this;
        }

        /** @return a new immutable {@code GetPersistentSegmentInfoResponse} holding this builder's values; the builder stays usable */
        public GetPersistentSegmentInfoResponse build() {
            return new GetPersistentSegmentInfoResponse(this);
        }
    }
}
