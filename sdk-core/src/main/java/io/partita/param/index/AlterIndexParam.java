package io.partita.param.index;

import io.partita.exception.ParamException;
import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets and removes properties of an index, such as {@code mmap.enabled} ({@code MilvusClient.alterIndex};
 * Milvus 2.4+'s AlterIndex).
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link ParamException} naming the field and the bad value.
 */
public final class AlterIndexParam {
    /** The property that maps the index's files instead of loading them. */
    public static final String MMAP_ENABLED = "mmap.enabled";

    private final String collectionName;
    private final String databaseName;
    private final String indexName;
    private final Map<String, String> properties;
    private final List<String> deleteKeys;

    private AlterIndexParam(Builder b) {
        this.collectionName = b.collectionName;
        this.databaseName = b.databaseName;
        this.indexName = b.indexName;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(b.properties));
        this.deleteKeys = List.copyOf(b.deleteKeys);
    }

    /** @return a new builder with the defaults (no properties) */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return the database, empty for the client's */
    public String getDatabaseName() {
        return databaseName;
    }

    /** @return the index */
    public String getIndexName() {
        return indexName;
    }

    /** @return the properties to set, in the order given; unmodifiable */
    public Map<String, String> getProperties() {
        return properties;
    }

    /** @return the property keys to remove (Partita addition, see {@link Builder#withDeleteKey}); unmodifiable */
    public List<String> getDeleteKeys() {
        return deleteKeys;
    }

    @Override
    public String toString() {
        return "AlterIndexParam{collectionName=" + collectionName + ", databaseName=" + databaseName + ", indexName="
                + indexName + ", properties=" + properties + ", deleteKeys=" + deleteKeys + "}";
    }

    /** Builder for {@link AlterIndexParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private String databaseName = "";
        private String indexName = "";
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> deleteKeys = new ArrayList<>();

        private Builder() {}

        /**
         * @param collectionName the collection (required)
         * @return this builder
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }

        /**
         * @param databaseName the database, empty for the client's
         * @return this builder
         */
        public Builder withDatabaseName(String databaseName) {
            this.databaseName = databaseName;
            return this;
        }

        /**
         * @param indexName the index (required by the server)
         * @return this builder
         */
        public Builder withIndexName(String indexName) {
            this.indexName = indexName;
            return this;
        }

        /**
         * @param enabled whether the index's files are memory-mapped (property {@value AlterIndexParam#MMAP_ENABLED})
         * @return this builder
         */
        public Builder withMMapEnabled(boolean enabled) {
            return withProperty(MMAP_ENABLED, Boolean.toString(enabled));
        }

        /**
         * @param key an index property (the server takes {@code mmap.enabled}, {@code indexoffsetcache.enabled}
         *     and {@code warmup})
         * @param value its value
         * @return this builder
         */
        public Builder withProperty(String key, String value) {
            properties.put(ParamUtils.checkNotEmpty(key, "property key"), ParamUtils.checkNotNull(value, "value"));
            return this;
        }

        /**
         * Partita addition: removes a property (AlterIndexRequest.delete_keys, Milvus 2.5+), as the V2
         * API's {@code dropIndexProperties} does.
         *
         * @param key the property key to remove
         * @return this builder
         */
        public Builder withDeleteKey(String key) {
            deleteKeys.add(ParamUtils.checkNotEmpty(key, "delete key"));
            return this;
        }

        /**
         * @return the validated parameters
         * @throws ParamException naming the bad field and value
         */
        public AlterIndexParam build() {
            ParamUtils.checkCollectionName(collectionName, "collectionName");
            databaseName = ParamUtils.checkNotNull(databaseName, "databaseName");
            indexName = ParamUtils.checkNotNull(indexName, "indexName");
            return new AlterIndexParam(this);
        }
    }
}
