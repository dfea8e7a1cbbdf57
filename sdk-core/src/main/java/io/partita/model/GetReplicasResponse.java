package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to GetReplicas.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class GetReplicasResponse extends StatusAnswer {
    private final List<ReplicaInfo> replicas;

    private GetReplicasResponse(Builder b) {
        super(b.status);
        this.replicas = Collections.unmodifiableList(new ArrayList<>(b.replicas));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return one entry per replica, in the server's order; unmodifiable, never {@code null} */
    public List<ReplicaInfo> getReplicasList() {
        return replicas;
    }
    /** @return the number of replicas */
    public int getReplicasCount() {
        return replicas.size();
    }
    /**
     * @param index zero-based position, below {@link #getReplicasCount()}
     * @return the entry at {@code index}
     */
    public ReplicaInfo getReplicas(int index) {
        return replicas.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof GetReplicasResponse)) return false;
        GetReplicasResponse other = (GetReplicasResponse) o;
        return Objects.equals(status, other.status) && Objects.equals(replicas, other.replicas);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, replicas);
    }

    @Override
    public String toString() {
        return "GetReplicasResponse{" + "status=" + status + ", replicas=" + replicas + "}";
    }

    /** Builder for {@link GetReplicasResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private List<ReplicaInfo> replicas = new ArrayList<>();

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
         * @param value appended to the replicas; must not be null
         * @return this builder
         */
        public Builder addReplicas(ReplicaInfo value) {
            this.replicas.add(Objects.requireNonNull(value, "replicas"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the replicas; none may be null
         * @return this builder
         */
        public Builder addAllReplicas(Iterable<? extends ReplicaInfo> values) {
            for (ReplicaInfo v : values) addReplicas(v);
            return this;
        }

        /** @return a new immutable {@code GetReplicasResponse} holding this builder's values; the builder stays usable */
        public GetReplicasResponse build() {
            return new GetReplicasResponse(this);
        }
    }
}
