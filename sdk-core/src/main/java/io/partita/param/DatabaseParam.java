package io.partita.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared shape of the database params (CreateDatabase, DropDatabase, DescribeDatabase,
 * AlterDatabase): a database name, validated once here, and the properties that create and alter
 * send (empty for the others). Thread-safe.
 */
public abstract class DatabaseParam {
    /**
     * The property keys the official SDK's {@code withReplicaNumber} and {@code withResourceGroups}
     * set (read in milvus-sdk-java's {@code Constant.DATABASE_REPLICA_NUMBER} and
     * {@code DATABASE_RESOURCE_GROUPS}; milvus pkg/common/common.go spells them the same).
     */
    public static final String REPLICA_NUMBER_KEY = "database.replica.number";

    /** See {@link #REPLICA_NUMBER_KEY}. */
    public static final String RESOURCE_GROUPS_KEY = "database.resource_groups";

    private final String databaseName;
    private final Map<String, String> properties;
    private final List<String> deleteKeys;

    /**
     * @param builder the builder whose name is validated here
     * @throws io.partita.exception.ParamException naming the empty database name
     */
    protected DatabaseParam(AbstractBuilder<?> builder) {
        this.databaseName = ParamUtils.checkNotEmpty(builder.databaseName, "databaseName");
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.properties));
        this.deleteKeys = Collections.unmodifiableList(new ArrayList<>(builder.deleteKeys));
    }

    /** @return the database, trimmed */
    public String getDatabaseName() {
        return databaseName;
    }

    /** @return the properties to set, in the order given; unmodifiable, empty for drop and describe */
    protected Map<String, String> properties() {
        return properties;
    }

    /** @return the property keys to remove (AlterDatabase only); unmodifiable */
    protected List<String> deleteKeys() {
        return deleteKeys;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{databaseName=" + databaseName
                + (properties.isEmpty() ? "" : ", properties=" + properties)
                + (deleteKeys.isEmpty() ? "" : ", deleteKeys=" + deleteKeys) + "}";
    }

    /**
     * The builder steps of the database params. Not thread-safe.
     *
     * @param <B> the concrete builder
     */
    public abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {
        private String databaseName;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> deleteKeys = new ArrayList<>();

        /** For the concrete builders of this SDK. */
        protected AbstractBuilder() {}

        /**
         * @param databaseName the database; required, not empty
         * @return this builder
         */
        public B withDatabaseName(String databaseName) {
            this.databaseName = databaseName == null ? null : databaseName.trim();
            return self();
        }

        /**
         * @param key the property's key; not empty
         * @param value its value; not null
         * @return this builder
         */
        protected B property(String key, String value) {
            properties.put(ParamUtils.checkNotEmpty(key, "property key"), ParamUtils.checkNotNull(value, key));
            return self();
        }

        /**
         * @param key a property key to remove
         * @return this builder
         */
        protected B deleteKey(String key) {
            deleteKeys.add(ParamUtils.checkNotEmpty(key, "delete key"));
            return self();
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
