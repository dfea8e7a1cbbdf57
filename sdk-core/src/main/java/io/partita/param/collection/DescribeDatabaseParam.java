package io.partita.param.collection;

import io.partita.param.DatabaseParam;

/**
 * Describes a database: its id, creation time and properties ({@code MilvusClient.describeDatabase}); Milvus 2.4+.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class DescribeDatabaseParam extends DatabaseParam {
    private DescribeDatabaseParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link DescribeDatabaseParam}; not thread-safe. */
    public static final class Builder extends DatabaseParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DescribeDatabaseParam build() {
            return new DescribeDatabaseParam(this);
        }
    }
}
