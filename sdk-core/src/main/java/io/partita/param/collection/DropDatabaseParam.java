package io.partita.param.collection;

import io.partita.param.DatabaseParam;

/**
 * Drops an empty database ({@code MilvusClient.dropDatabase}); Milvus 2.2.9+.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class DropDatabaseParam extends DatabaseParam {
    private DropDatabaseParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link DropDatabaseParam}; not thread-safe. */
    public static final class Builder extends DatabaseParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DropDatabaseParam build() {
            return new DropDatabaseParam(this);
        }
    }
}
