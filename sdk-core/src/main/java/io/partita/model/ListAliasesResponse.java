package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to ListAliases: the aliases of one collection.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * The list is unmodifiable; absent strings read as empty.
 */
public final class ListAliasesResponse extends StatusAnswer {
    private final String dbName;
    private final String collectionName;
    private final List<String> aliases;

    private ListAliasesResponse(Builder b) {
        super(b.status);
        this.dbName = b.dbName;
        this.collectionName = b.collectionName;
        this.aliases = Collections.unmodifiableList(new ArrayList<>(b.aliases));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the database of the collection */
    public String getDbName() {
        return dbName;
    }
    /** @return the collection whose aliases these are */
    public String getCollectionName() {
        return collectionName;
    }
    /** @return the aliases, in the server's order; unmodifiable, never {@code null} */
    public List<String> getAliasesList() {
        return aliases;
    }
    /** @return the number of aliases */
    public int getAliasesCount() {
        return aliases.size();
    }
    /**
     * @param index zero-based position, below {@link #getAliasesCount()}
     * @return the alias at {@code index}
     */
    public String getAliases(int index) {
        return aliases.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ListAliasesResponse)) return false;
        ListAliasesResponse other = (ListAliasesResponse) o;
        return status.equals(other.status)
                && dbName.equals(other.dbName)
                && collectionName.equals(other.collectionName)
                && aliases.equals(other.aliases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, dbName, collectionName, aliases);
    }

    @Override
    public String toString() {
        return "ListAliasesResponse{status=" + status + ", dbName=" + dbName + ", collectionName=" + collectionName
                + ", aliases=" + aliases + "}";
    }

    /** Builder for {@link ListAliasesResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private String dbName = "";
        private String collectionName = "";
        private final List<String> aliases = new ArrayList<>();

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
         * @param value the database of the collection; must not be null
         * @return this builder
         */
        public Builder setDbName(String value) {
            this.dbName = Objects.requireNonNull(value, "dbName");
            return this;
        }
        /**
         * @param value the collection whose aliases these are; must not be null
         * @return this builder
         */
        public Builder setCollectionName(String value) {
            this.collectionName = Objects.requireNonNull(value, "collectionName");
            return this;
        }
        /**
         * @param values aliases appended, in order; none may be null
         * @return this builder
         */
        public Builder addAllAliases(Iterable<String> values) {
            for (String v : values) {
                aliases.add(Objects.requireNonNull(v, "aliases"));
            }
            return this;
        }

        /** @return a new immutable {@code ListAliasesResponse} holding this builder's values */
        public ListAliasesResponse build() {
            return new ListAliasesResponse(this);
        }
    }
}
