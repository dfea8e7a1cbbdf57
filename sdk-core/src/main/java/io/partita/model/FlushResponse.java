package io.partita.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to Flush: the segment ids sealed per collection.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class FlushResponse extends StatusAnswer {
    private final String dbName;
    private final Map<String, LongArray> collSegIDs;

    private FlushResponse(Builder b) {
        super(b.status);
        this.dbName = b.dbName;
        this.collSegIDs = Collections.unmodifiableMap(new LinkedHashMap<>(b.collSegIDs));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the database name the flush ran in */
    public String getDbName() {
        return dbName;
    }
    /** @return the sealed segment IDs per collection name; unmodifiable, never {@code null} */
    public Map<String, LongArray> getCollSegIDsMap() {
        return collSegIDs;
    }
    /** @return the number of collections in the map */
    public int getCollSegIDsCount() {
        return collSegIDs.size();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof FlushResponse)) return false;
        FlushResponse other = (FlushResponse) o;
        return Objects.equals(status, other.status)
                && Objects.equals(dbName, other.dbName)
                && Objects.equals(collSegIDs, other.collSegIDs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, dbName, collSegIDs);
    }

    @Override
    public String toString() {
        return "FlushResponse{" + "status=" + status + ", dbName=" + dbName + ", collSegIDs=" + collSegIDs + "}";
    }

    /** Builder for {@link FlushResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private String dbName = "";
        private Map<String, LongArray> collSegIDs = new LinkedHashMap<>();

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
         * @param value the database name the flush ran in; must not be null
         * @return this builder
         */
        public Builder setDbName(String value) {
            this.dbName = Objects.requireNonNull(value, "dbName");
            return this;
        }
        /**
         * @param key the map key; must not be null
         * @param value the entry for {@code key}, replacing any earlier one; must not be null
         * @return this builder
         */
        public Builder putCollSegIDs(String key, LongArray value) {
            this.collSegIDs.put(
                    Objects.requireNonNull(key, "collSegIDs key"), Objects.requireNonNull(value, "collSegIDs value"));
            return this;
        }

        /** @return a new immutable {@code FlushResponse} holding this builder's values; the builder stays usable */
        public FlushResponse build() {
            return new FlushResponse(this);
        }
    }
}
