package io.partita.param.collection;

import io.partita.param.CollectionScopedParam;
import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets and removes properties of one field of a collection (AlterCollectionField, Milvus 2.6), such
 * as {@code max_length} of a VarChar field, {@code max_capacity} of an Array field or
 * {@code mmap.enabled}. Which keys a server accepts, and when, is the server's rule.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class AlterCollectionFieldParam extends CollectionScopedParam {
    private final String fieldName;
    private final Map<String, String> properties;
    private final List<String> deleteKeys;

    private AlterCollectionFieldParam(Builder builder) {
        super(builder);
        this.fieldName = ParamUtils.checkNotEmpty(builder.fieldName, "fieldName");
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

    /** @return the field whose properties change */
    public String getFieldName() {
        return fieldName;
    }

    /** @return the properties to set, in the order given; unmodifiable */
    public Map<String, String> getProperties() {
        return properties;
    }

    /** @return the property keys to remove; unmodifiable */
    public List<String> getDeleteKeys() {
        return deleteKeys;
    }

    @Override
    protected void describeFields(StringBuilder out) {
        super.describeFields(out);
        out.append(", fieldName=")
                .append(fieldName)
                .append(", properties=")
                .append(properties)
                .append(", deleteKeys=")
                .append(deleteKeys);
    }

    /** Builder for {@link AlterCollectionFieldParam}; not thread-safe. */
    public static final class Builder extends CollectionScopedParam.AbstractBuilder<Builder> {
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> deleteKeys = new ArrayList<>();
        private String fieldName;

        private Builder() {}

        /**
         * @param fieldName the field whose properties change (required)
         * @return this builder
         */
        public Builder withFieldName(String fieldName) {
            this.fieldName = fieldName;
            return this;
        }

        /**
         * @param key a field property; not empty
         * @param value its value; not null
         * @return this builder
         */
        public Builder withProperty(String key, String value) {
            properties.put(ParamUtils.checkNotEmpty(key, "property key"), ParamUtils.checkNotNull(value, "value"));
            return this;
        }

        /**
         * @param key a field property to remove (AlterCollectionFieldRequest.delete_keys); not empty
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
        public AlterCollectionFieldParam build() {
            return new AlterCollectionFieldParam(this);
        }
    }
}
