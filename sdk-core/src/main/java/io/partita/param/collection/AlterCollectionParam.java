package io.partita.param.collection;

import io.partita.param.CollectionScopedParam;
import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets and removes properties of a collection ({@code MilvusClient.alterCollection}; AlterCollection,
 * Milvus 2.2+; removing keys 2.5+), such as {@code collection.ttl.seconds} or {@code mmap.enabled}.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class AlterCollectionParam extends CollectionScopedParam {
    /** The property holding the collection's time to live, in seconds. */
    public static final String TTL_KEY = "collection.ttl.seconds";
    /** The property turning memory mapping on or off for the collection. */
    public static final String MMAP_KEY = "mmap.enabled";

    private final Map<String, String> properties;
    private final List<String> deleteKeys;

    private AlterCollectionParam(Builder builder) {
        super(builder);
        if (builder.properties.isEmpty() && builder.deleteKeys.isEmpty()) {
            throw new io.partita.exception.ParamException("properties: set at least one property or key to remove");
        }
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.properties));
        this.deleteKeys = List.copyOf(builder.deleteKeys);
    }

    /** @return a new builder with the defaults (no properties) */
    public static Builder newBuilder() {
        return new Builder();
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
    protected void describeFields(StringBuilder out) {
        super.describeFields(out);
        out.append(", properties=").append(properties).append(", deleteKeys=").append(deleteKeys);
    }

    /** Builder for {@link AlterCollectionParam}; not thread-safe. */
    public static final class Builder extends CollectionScopedParam.AbstractBuilder<Builder> {
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> deleteKeys = new ArrayList<>();

        private Builder() {}

        /**
         * @param seconds the time to live of the collection's rows (property {@value #TTL_KEY}); 0 or more
         * @return this builder
         */
        public Builder withTTL(Integer seconds) {
            ParamUtils.checkRange(ParamUtils.checkNotNull(seconds, "ttl"), 0, Integer.MAX_VALUE, "ttl");
            return withProperty(TTL_KEY, Integer.toString(seconds));
        }

        /**
         * @param enabled whether the collection's data is memory-mapped (property {@value #MMAP_KEY})
         * @return this builder
         */
        public Builder withMMapEnabled(boolean enabled) {
            return withProperty(MMAP_KEY, Boolean.toString(enabled));
        }

        /**
         * @param key a collection property; not empty
         * @param value its value; not null
         * @return this builder
         */
        public Builder withProperty(String key, String value) {
            properties.put(ParamUtils.checkNotEmpty(key, "property key"), ParamUtils.checkNotNull(value, "value"));
            return this;
        }

        /**
         * Partita addition: removes a property (AlterCollectionRequest.delete_keys, Milvus 2.5+), as the V2
         * API's {@code dropCollectionProperties} does.
         *
         * @param key the property key to remove; not empty
         * @return this builder
         */
        public Builder withDeleteKey(String key) {
            deleteKeys.add(ParamUtils.checkNotEmpty(key, "delete key"));
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public AlterCollectionParam build() {
            return new AlterCollectionParam(this);
        }
    }
}
