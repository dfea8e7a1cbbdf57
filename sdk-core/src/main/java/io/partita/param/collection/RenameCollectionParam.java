package io.partita.param.collection;

import io.partita.param.ParamUtils;

/**
 * Renames a collection ({@code MilvusClient.renameCollection}; RenameCollection, Milvus 2.2+). Its data,
 * partitions, indexes and loads stay with it; another database may be named as the target (Milvus 2.4+).
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class RenameCollectionParam {
    private final String oldDatabaseName;
    private final String newDatabaseName;
    private final String oldCollectionName;
    private final String newCollectionName;

    private RenameCollectionParam(Builder b) {
        this.oldCollectionName = ParamUtils.checkCollectionName(b.oldCollectionName, "oldCollectionName");
        this.newCollectionName = ParamUtils.checkCollectionName(b.newCollectionName, "newCollectionName");
        this.oldDatabaseName = b.oldDatabaseName == null ? "" : b.oldDatabaseName;
        this.newDatabaseName = b.newDatabaseName == null ? "" : b.newDatabaseName;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the database the collection is in; empty for the connection's */
    public String getOldDatabaseName() {
        return oldDatabaseName;
    }

    /** @return the database it moves to; empty for the same one */
    public String getNewDatabaseName() {
        return newDatabaseName;
    }

    /** @return the collection's current name */
    public String getOldCollectionName() {
        return oldCollectionName;
    }

    /** @return its new name */
    public String getNewCollectionName() {
        return newCollectionName;
    }

    @Override
    public String toString() {
        return "RenameCollectionParam{oldDatabaseName=" + oldDatabaseName + ", newDatabaseName=" + newDatabaseName
                + ", oldCollectionName=" + oldCollectionName + ", newCollectionName=" + newCollectionName + "}";
    }

    /** Builder for {@link RenameCollectionParam}; not thread-safe. */
    public static final class Builder {
        private String oldDatabaseName;
        private String newDatabaseName;
        private String oldCollectionName;
        private String newCollectionName;

        private Builder() {}

        /**
         * @param name the database the collection is in (default: the connection's)
         * @return this builder
         */
        public Builder withOldDatabaseName(String name) {
            this.oldDatabaseName = name;
            return this;
        }

        /**
         * @param name the database to move it to (default: the same one)
         * @return this builder
         */
        public Builder withNewDatabaseName(String name) {
            this.newDatabaseName = name;
            return this;
        }

        /**
         * @param name the collection's current name; required
         * @return this builder
         */
        public Builder withOldCollectionName(String name) {
            this.oldCollectionName = name;
            return this;
        }

        /**
         * @param name its new name; required
         * @return this builder
         */
        public Builder withNewCollectionName(String name) {
            this.newCollectionName = name;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public RenameCollectionParam build() {
            return new RenameCollectionParam(this);
        }
    }
}
