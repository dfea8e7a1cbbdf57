package io.partita.model;

import java.util.Objects;

/**
 * The answer to DescribeAlias: the alias, the collection it names and that collection's database.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Absent strings read as empty.
 */
public final class DescribeAliasResponse extends StatusAnswer {
    private final String dbName;
    private final String alias;
    private final String collection;

    private DescribeAliasResponse(Builder b) {
        super(b.status);
        this.dbName = b.dbName;
        this.alias = b.alias;
        this.collection = b.collection;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the database of the alias */
    public String getDbName() {
        return dbName;
    }
    /** @return the alias described */
    public String getAlias() {
        return alias;
    }
    /** @return the name of the collection the alias names */
    public String getCollection() {
        return collection;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof DescribeAliasResponse)) return false;
        DescribeAliasResponse other = (DescribeAliasResponse) o;
        return status.equals(other.status)
                && dbName.equals(other.dbName)
                && alias.equals(other.alias)
                && collection.equals(other.collection);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, dbName, alias, collection);
    }

    @Override
    public String toString() {
        return "DescribeAliasResponse{status=" + status + ", dbName=" + dbName + ", alias=" + alias + ", collection="
                + collection + "}";
    }

    /** Builder for {@link DescribeAliasResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private String dbName = "";
        private String alias = "";
        private String collection = "";

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
         * @param value the database of the alias; must not be null
         * @return this builder
         */
        public Builder setDbName(String value) {
            this.dbName = Objects.requireNonNull(value, "dbName");
            return this;
        }
        /**
         * @param value the alias; must not be null
         * @return this builder
         */
        public Builder setAlias(String value) {
            this.alias = Objects.requireNonNull(value, "alias");
            return this;
        }
        /**
         * @param value the collection the alias names; must not be null
         * @return this builder
         */
        public Builder setCollection(String value) {
            this.collection = Objects.requireNonNull(value, "collection");
            return this;
        }

        /** @return a new immutable {@code DescribeAliasResponse} holding this builder's values */
        public DescribeAliasResponse build() {
            return new DescribeAliasResponse(this);
        }
    }
}
