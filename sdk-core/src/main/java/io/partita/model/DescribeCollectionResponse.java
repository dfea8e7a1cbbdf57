package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to DescribeCollection.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class DescribeCollectionResponse extends StatusAnswer {
    private final CollectionSchema schema;
    private final long collectionID;
    private final String collectionName;
    private final List<String> virtualChannelNames;
    private final List<String> physicalChannelNames;
    private final long createdTimestamp;
    private final long createdUtcTimestamp;
    private final int shardsNum;
    private final List<String> aliases;
    private final ConsistencyLevel consistencyLevel;
    private final List<KeyValuePair> properties;

    private DescribeCollectionResponse(Builder b) {
        super(b.status);
        this.schema = b.schema;
        this.collectionID = b.collectionID;
        this.collectionName = b.collectionName;
        this.virtualChannelNames = Collections.unmodifiableList(new ArrayList<>(b.virtualChannelNames));
        this.physicalChannelNames = Collections.unmodifiableList(new ArrayList<>(b.physicalChannelNames));
        this.createdTimestamp = b.createdTimestamp;
        this.createdUtcTimestamp = b.createdUtcTimestamp;
        this.shardsNum = b.shardsNum;
        this.aliases = Collections.unmodifiableList(new ArrayList<>(b.aliases));
        this.consistencyLevel = b.consistencyLevel;
        this.properties = Collections.unmodifiableList(new ArrayList<>(b.properties));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection schema; {@code null} if the server sent none */
    public CollectionSchema getSchema() {
        return schema;
    }
    /** @return whether the schema message was set */
    public boolean hasSchema() {
        return schema != null;
    }
    /** @return the collection ID assigned by the server */
    public long getCollectionID() {
        return collectionID;
    }
    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }
    /** @return the virtual channel names, one per shard, in the server's order; unmodifiable, never {@code null} */
    public List<String> getVirtualChannelNamesList() {
        return virtualChannelNames;
    }
    /** @return the number of virtual channel names, one per shard */
    public int getVirtualChannelNamesCount() {
        return virtualChannelNames.size();
    }
    /**
     * @param index zero-based position, below {@link #getVirtualChannelNamesCount()}
     * @return the entry at {@code index}
     */
    public String getVirtualChannelNames(int index) {
        return virtualChannelNames.get(index);
    }
    /** @return the physical channel names, one per shard, in the server's order; unmodifiable, never {@code null} */
    public List<String> getPhysicalChannelNamesList() {
        return physicalChannelNames;
    }
    /** @return the number of physical channel names */
    public int getPhysicalChannelNamesCount() {
        return physicalChannelNames.size();
    }
    /**
     * @param index zero-based position, below {@link #getPhysicalChannelNamesCount()}
     * @return the entry at {@code index}
     */
    public String getPhysicalChannelNames(int index) {
        return physicalChannelNames.get(index);
    }
    /** @return the creation time as a hybrid timestamp (physical milliseconds shifted left 18 bits, plus a logical counter) */
    public long getCreatedTimestamp() {
        return createdTimestamp;
    }
    /** @return the creation time in milliseconds since the Unix epoch (UTC) */
    public long getCreatedUtcTimestamp() {
        return createdUtcTimestamp;
    }
    /** @return the number of shards */
    public int getShardsNum() {
        return shardsNum;
    }
    /** @return the aliases that point to this collection, in the server's order; unmodifiable, never {@code null} */
    public List<String> getAliasesList() {
        return aliases;
    }
    /** @return the number of aliases that point to this collection */
    public int getAliasesCount() {
        return aliases.size();
    }
    /**
     * @param index zero-based position, below {@link #getAliasesCount()}
     * @return the entry at {@code index}
     */
    public String getAliases(int index) {
        return aliases.get(index);
    }
    /** @return the collection's default consistency level; {@code null} when the server sent none */
    public ConsistencyLevel getConsistencyLevel() {
        return consistencyLevel;
    }
    /** @return whether the consistencyLevel message was set */
    public boolean hasConsistencyLevel() {
        return consistencyLevel != null;
    }
    /** @return the collection's properties (e.g. {@code collection.ttl.seconds}), in the server's order; unmodifiable */
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
        if (!(o instanceof DescribeCollectionResponse)) return false;
        DescribeCollectionResponse other = (DescribeCollectionResponse) o;
        return Objects.equals(status, other.status)
                && Objects.equals(schema, other.schema)
                && Objects.equals(collectionID, other.collectionID)
                && Objects.equals(collectionName, other.collectionName)
                && Objects.equals(virtualChannelNames, other.virtualChannelNames)
                && Objects.equals(physicalChannelNames, other.physicalChannelNames)
                && Objects.equals(createdTimestamp, other.createdTimestamp)
                && Objects.equals(createdUtcTimestamp, other.createdUtcTimestamp)
                && Objects.equals(shardsNum, other.shardsNum)
                && Objects.equals(aliases, other.aliases)
                && Objects.equals(properties, other.properties)
                && Objects.equals(consistencyLevel, other.consistencyLevel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                status,
                schema,
                collectionID,
                collectionName,
                virtualChannelNames,
                physicalChannelNames,
                createdTimestamp,
                createdUtcTimestamp,
                shardsNum,
                aliases,
                properties,
                consistencyLevel);
    }

    @Override
    public String toString() {
        return "DescribeCollectionResponse{"
                + "status=" + status
                + ", schema=" + schema
                + ", collectionID=" + collectionID
                + ", collectionName=" + collectionName
                + ", virtualChannelNames=" + virtualChannelNames
                + ", physicalChannelNames=" + physicalChannelNames
                + ", createdTimestamp=" + createdTimestamp
                + ", createdUtcTimestamp=" + createdUtcTimestamp
                + ", shardsNum=" + shardsNum
                + ", aliases=" + aliases
                + ", consistencyLevel=" + consistencyLevel
                + "}";
    }

    /** Builder for {@link DescribeCollectionResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private CollectionSchema schema;
        private long collectionID = 0L;
        private String collectionName = "";
        private List<String> virtualChannelNames = new ArrayList<>();
        private List<String> physicalChannelNames = new ArrayList<>();
        private long createdTimestamp = 0L;
        private long createdUtcTimestamp = 0L;
        private int shardsNum = 0;
        private List<String> aliases = new ArrayList<>();
        private final List<KeyValuePair> properties = new ArrayList<>();
        private ConsistencyLevel consistencyLevel;

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
         * @param value the collection schema; must not be null
         * @return this builder
         */
        public Builder setSchema(CollectionSchema value) {
            this.schema = Objects.requireNonNull(value, "schema");
            return this;
        }
        /**
         * @param value the collection ID assigned by the server
         * @return this builder
         */
        public Builder setCollectionID(long value) {
            this.collectionID = value;
            return this;
        }
        /**
         * @param value the collection name; must not be null
         * @return this builder
         */
        public Builder setCollectionName(String value) {
            this.collectionName = Objects.requireNonNull(value, "collectionName");
            return this;
        }
        /**
         * @param value appended to the virtual channel names, one per shard; must not be null
         * @return this builder
         */
        public Builder addVirtualChannelNames(String value) {
            this.virtualChannelNames.add(Objects.requireNonNull(value, "virtualChannelNames"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the virtual channel names, one per shard; none may be null
         * @return this builder
         */
        public Builder addAllVirtualChannelNames(Iterable<? extends String> values) {
            for (String v : values) addVirtualChannelNames(v);
            return this;
        }
        /**
         * @param value appended to the physical channel names, one per shard; must not be null
         * @return this builder
         */
        public Builder addPhysicalChannelNames(String value) {
            this.physicalChannelNames.add(Objects.requireNonNull(value, "physicalChannelNames"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the physical channel names, one per shard; none may be null
         * @return this builder
         */
        public Builder addAllPhysicalChannelNames(Iterable<? extends String> values) {
            for (String v : values) addPhysicalChannelNames(v);
            return this;
        }
        /**
         * @param value the creation time as a hybrid timestamp (physical milliseconds shifted left 18 bits, plus a logical counter)
         * @return this builder
         */
        public Builder setCreatedTimestamp(long value) {
            this.createdTimestamp = value;
            return this;
        }
        /**
         * @param value the creation time in milliseconds since the Unix epoch (UTC)
         * @return this builder
         */
        public Builder setCreatedUtcTimestamp(long value) {
            this.createdUtcTimestamp = value;
            return this;
        }
        /**
         * @param value the number of shards
         * @return this builder
         */
        public Builder setShardsNum(int value) {
            this.shardsNum = value;
            return this;
        }
        /**
         * @param value appended to the aliases that point to this collection; must not be null
         * @return this builder
         */
        public Builder addAliases(String value) {
            this.aliases.add(Objects.requireNonNull(value, "aliases"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the aliases that point to this collection; none may be null
         * @return this builder
         */
        public Builder addAllAliases(Iterable<? extends String> values) {
            for (String v : values) addAliases(v);
            return this;
        }
        /**
         * @param values properties appended, in order; none may be null
         * @return this builder
         */
        public Builder addAllProperties(Iterable<KeyValuePair> values) {
            for (KeyValuePair v : values) properties.add(Objects.requireNonNull(v, "properties"));
            return this;
        }
        /**
         * @param value the collection's default consistency level; must not be null
         * @return this builder
         */
        public Builder setConsistencyLevel(ConsistencyLevel value) {
            this.consistencyLevel = Objects.requireNonNull(value, "consistencyLevel");
            return this;
        }

        /** @return a new immutable {@code DescribeCollectionResponse} holding this builder's values; the builder stays usable */
        public DescribeCollectionResponse build() {
            return new DescribeCollectionResponse(this);
        }
    }
}
