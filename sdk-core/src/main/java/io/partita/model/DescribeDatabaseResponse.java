package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to DescribeDatabase: a database's name, id, creation time and properties.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * The property list is unmodifiable; absent strings read as empty.
 */
public final class DescribeDatabaseResponse extends StatusAnswer {
    private final String dbName;
    private final long dbID;
    private final long createdTimestamp;
    private final List<KeyValuePair> properties;

    private DescribeDatabaseResponse(Builder b) {
        super(b.status);
        this.dbName = b.dbName;
        this.dbID = b.dbID;
        this.createdTimestamp = b.createdTimestamp;
        this.properties = Collections.unmodifiableList(new ArrayList<>(b.properties));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the database's name */
    public String getDbName() {
        return dbName;
    }
    /** @return the database's id */
    public long getDbID() {
        return dbID;
    }
    /** @return when the database was created (a hybrid timestamp) */
    public long getCreatedTimestamp() {
        return createdTimestamp;
    }
    /** @return the database's properties, in the server's order; unmodifiable */
    public List<KeyValuePair> getPropertiesList() {
        return properties;
    }
    /** @return the number of properties */
    public int getPropertiesCount() {
        return properties.size();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof DescribeDatabaseResponse)) return false;
        DescribeDatabaseResponse other = (DescribeDatabaseResponse) o;
        return status.equals(other.status)
                && dbName.equals(other.dbName)
                && dbID == other.dbID
                && createdTimestamp == other.createdTimestamp
                && properties.equals(other.properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, dbName, dbID, createdTimestamp, properties);
    }

    @Override
    public String toString() {
        return "DescribeDatabaseResponse{status=" + status + ", dbName=" + dbName + ", dbID=" + dbID
                + ", createdTimestamp=" + createdTimestamp + ", properties=" + properties + "}";
    }

    /** Builder for {@link DescribeDatabaseResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private String dbName = "";
        private long dbID;
        private long createdTimestamp;
        private final List<KeyValuePair> properties = new ArrayList<>();

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
         * @param value the database's name; must not be null
         * @return this builder
         */
        public Builder setDbName(String value) {
            this.dbName = Objects.requireNonNull(value, "dbName");
            return this;
        }
        /**
         * @param value the database's id
         * @return this builder
         */
        public Builder setDbID(long value) {
            this.dbID = value;
            return this;
        }
        /**
         * @param value the creation timestamp
         * @return this builder
         */
        public Builder setCreatedTimestamp(long value) {
            this.createdTimestamp = value;
            return this;
        }
        /**
         * @param value a property appended; must not be null
         * @return this builder
         */
        public Builder addProperties(KeyValuePair value) {
            properties.add(Objects.requireNonNull(value, "properties"));
            return this;
        }

        /** @return a new immutable {@code DescribeDatabaseResponse} holding this builder's values */
        public DescribeDatabaseResponse build() {
            return new DescribeDatabaseResponse(this);
        }
    }
}
