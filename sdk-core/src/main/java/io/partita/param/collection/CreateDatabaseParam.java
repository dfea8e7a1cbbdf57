package io.partita.param.collection;

import io.partita.param.DatabaseParam;
import io.partita.param.ParamUtils;
import java.util.List;
import java.util.Map;

/**
 * Creates a database with optional properties ({@code MilvusClient.createDatabase}); Milvus 2.2.9+.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class CreateDatabaseParam extends DatabaseParam {
    private CreateDatabaseParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults (no properties) */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the properties to set, in the order given; unmodifiable */
    public Map<String, String> getProperties() {
        return properties();
    }

    /** Builder for {@link CreateDatabaseParam}; not thread-safe. */
    public static final class Builder extends DatabaseParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @param replicaNumber the default replica number of the database's collections (property
         *     {@value DatabaseParam#REPLICA_NUMBER_KEY}); positive
         * @return this builder
         */
        public Builder withReplicaNumber(int replicaNumber) {
            ParamUtils.checkRange(replicaNumber, 1, Integer.MAX_VALUE, "replicaNumber");
            return property(REPLICA_NUMBER_KEY, Integer.toString(replicaNumber));
        }

        /**
         * @param resourceGroups the default resource groups of the database's collections (property
         *     {@value DatabaseParam#RESOURCE_GROUPS_KEY}, comma-separated); not empty
         * @return this builder
         */
        public Builder withResourceGroups(List<String> resourceGroups) {
            ParamUtils.copyOf(resourceGroups, "resourceGroups");
            return property(RESOURCE_GROUPS_KEY, String.join(",", resourceGroups));
        }

        /**
         * @param key a database property (for example {@code database.max.collections})
         * @param value its value
         * @return this builder
         */
        public Builder withProperty(String key, String value) {
            return property(key, value);
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public CreateDatabaseParam build() {
            return new CreateDatabaseParam(this);
        }
    }
}
