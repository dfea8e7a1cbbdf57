package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to SelectRole: the selected roles, with their users when asked for.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Absent strings read as empty, absent messages as their empty value.
 */
public final class SelectRoleResponse extends StatusAnswer {
    private final List<RoleResult> results;

    private SelectRoleResponse(Builder b) {
        super(b.status);
        this.results = Collections.unmodifiableList(new ArrayList<>(b.results));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the roles; unmodifiable */
    public List<RoleResult> getResultsList() {
        return results;
    }

    /** @return the number of results */
    public int getResultsCount() {
        return results.size();
    }

    /**
     * @param index the position, from 0
     * @return one of results
     */
    public RoleResult getResults(int index) {
        return results.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SelectRoleResponse)) {
            return false;
        }
        SelectRoleResponse other = (SelectRoleResponse) o;
        return status.equals(other.status) && results.equals(other.results);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, results);
    }

    @Override
    public String toString() {
        return "SelectRoleResponse{" + "status=" + status + ", " + "results=" + results + "}";
    }

    /** Builder for {@link SelectRoleResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private final List<RoleResult> results = new ArrayList<>();

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
         * @param value one of results, appended; must not be null
         * @return this builder
         */
        public Builder addResults(RoleResult value) {
            results.add(Objects.requireNonNull(value, "results"));
            return this;
        }

        /**
         * @param values results appended, in order; none may be null
         * @return this builder
         */
        public Builder addAllResults(Iterable<RoleResult> values) {
            values.forEach(this::addResults);
            return this;
        }

        /** @return a new immutable {@code SelectRoleResponse} holding this builder's values */
        public SelectRoleResponse build() {
            return new SelectRoleResponse(this);
        }
    }
}
