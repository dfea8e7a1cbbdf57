package io.partita.param.alias;

import io.partita.param.ParamUtils;

/**
 * Points an existing alias at another collection.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class AlterAliasParam {
    private final String collectionName;
    private final String alias;

    private AlterAliasParam(Builder b) {
        this.collectionName = b.collectionName;
        this.alias = b.alias;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return the alias */
    public String getAlias() {
        return alias;
    }

    @Override
    public String toString() {
        return "AlterAliasParam{"
            + "collectionName=" + collectionName
            + ", alias=" + alias
            + "}";
    }

    /** Builder for {@link AlterAliasParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private String alias;

        private Builder() {}

        /**
         * @param collectionName the collection name
         * @return this
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }

        /**
         * @param alias the alias
         * @return this
         */
        public Builder withAlias(String alias) {
            this.alias = alias;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public AlterAliasParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            alias = ParamUtils.checkCollectionName(alias, "alias");
            return new AlterAliasParam(this);
        }
    }
}
