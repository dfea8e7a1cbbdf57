package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to ListDatabases: the databases the caller may see, with their ids and creation times
 * (three lists of the same length, in the server's order).
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * The lists are unmodifiable.
 */
public final class ListDatabasesResponse extends StatusAnswer {
    private final List<String> dbNames;
    private final List<Long> createdTimestamp;
    private final List<Long> dbIds;

    private ListDatabasesResponse(Builder b) {
        super(b.status);
        this.dbNames = Collections.unmodifiableList(new ArrayList<>(b.dbNames));
        this.createdTimestamp = Collections.unmodifiableList(new ArrayList<>(b.createdTimestamp));
        this.dbIds = Collections.unmodifiableList(new ArrayList<>(b.dbIds));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the database names; unmodifiable, never {@code null} */
    public List<String> getDbNamesList() {
        return dbNames;
    }
    /** @return the number of databases */
    public int getDbNamesCount() {
        return dbNames.size();
    }
    /** @return the creation timestamps (hybrid timestamps), one per name; unmodifiable */
    public List<Long> getCreatedTimestampList() {
        return createdTimestamp;
    }
    /** @return the database ids, one per name; unmodifiable */
    public List<Long> getDbIdsList() {
        return dbIds;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ListDatabasesResponse)) return false;
        ListDatabasesResponse other = (ListDatabasesResponse) o;
        return status.equals(other.status)
                && dbNames.equals(other.dbNames)
                && createdTimestamp.equals(other.createdTimestamp)
                && dbIds.equals(other.dbIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, dbNames, createdTimestamp, dbIds);
    }

    @Override
    public String toString() {
        return "ListDatabasesResponse{status=" + status + ", dbNames=" + dbNames + ", createdTimestamp="
                + createdTimestamp + ", dbIds=" + dbIds + "}";
    }

    /** Builder for {@link ListDatabasesResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private final List<String> dbNames = new ArrayList<>();
        private final List<Long> createdTimestamp = new ArrayList<>();
        private final List<Long> dbIds = new ArrayList<>();

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
         * @param values names appended, in order; none may be null
         * @return this builder
         */
        public Builder addAllDbNames(Iterable<String> values) {
            values.forEach(v -> dbNames.add(Objects.requireNonNull(v, "dbNames")));
            return this;
        }
        /**
         * @param values creation timestamps appended, in order
         * @return this builder
         */
        public Builder addAllCreatedTimestamp(Iterable<Long> values) {
            values.forEach(v -> createdTimestamp.add(Objects.requireNonNull(v, "createdTimestamp")));
            return this;
        }
        /**
         * @param values ids appended, in order
         * @return this builder
         */
        public Builder addAllDbIds(Iterable<Long> values) {
            values.forEach(v -> dbIds.add(Objects.requireNonNull(v, "dbIds")));
            return this;
        }

        /** @return a new immutable {@code ListDatabasesResponse} holding this builder's values */
        public ListDatabasesResponse build() {
            return new ListDatabasesResponse(this);
        }
    }
}
