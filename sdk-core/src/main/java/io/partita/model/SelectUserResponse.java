package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to SelectUser: the selected users, with their roles when asked for.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Absent strings read as empty, absent messages as their empty value.
 */
public final class SelectUserResponse extends StatusAnswer {
    private final List<UserResult> results;

    private SelectUserResponse(Builder b) {
        super(b.status);
        this.results = Collections.unmodifiableList(new ArrayList<>(b.results));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the users; unmodifiable */
    public List<UserResult> getResultsList() {
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
    public UserResult getResults(int index) {
        return results.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SelectUserResponse)) {
            return false;
        }
        SelectUserResponse other = (SelectUserResponse) o;
        return status.equals(other.status) && results.equals(other.results);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, results);
    }

    @Override
    public String toString() {
        return "SelectUserResponse{" + "status=" + status + ", " + "results=" + results + "}";
    }

    /** Builder for {@link SelectUserResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private final List<UserResult> results = new ArrayList<>();

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
        public Builder addResults(UserResult value) {
            results.add(Objects.requireNonNull(value, "results"));
            return this;
        }

        /**
         * @param values results appended, in order; none may be null
         * @return this builder
         */
        public Builder addAllResults(Iterable<UserResult> values) {
            values.forEach(this::addResults);
            return this;
        }

        /** @return a new immutable {@code SelectUserResponse} holding this builder's values */
        public SelectUserResponse build() {
            return new SelectUserResponse(this);
        }
    }
}
