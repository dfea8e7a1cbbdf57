package io.partita.param.collection;

import io.partita.exception.ParamException;
import io.partita.param.ParamUtils;
import java.util.List;

/**
 * Describes several collections in one call (BatchDescribeCollection, Milvus 2.6); the answer holds
 * one description per name, in this order.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class BatchDescribeCollectionParam {
    private final List<String> collectionNames;

    private BatchDescribeCollectionParam(Builder b) {
        ParamUtils.checkNotNull(b.collectionNames, "collectionNames");
        if (b.collectionNames.isEmpty()) {
            throw new ParamException("collectionNames: name at least one collection");
        }
        for (String name : b.collectionNames) {
            ParamUtils.checkNotEmpty(name, "collectionNames");
        }
        this.collectionNames = List.copyOf(b.collectionNames);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collections to describe, in order; unmodifiable */
    public List<String> getCollectionNames() {
        return collectionNames;
    }

    @Override
    public String toString() {
        return "BatchDescribeCollectionParam{collectionNames=" + collectionNames + "}";
    }

    /** Builder for {@link BatchDescribeCollectionParam}; not thread-safe. */
    public static final class Builder {
        private List<String> collectionNames = List.of();

        private Builder() {}

        /**
         * @param collectionNames the collections to describe (at least one, none empty)
         * @return this
         */
        public Builder withCollectionNames(List<String> collectionNames) {
            this.collectionNames = collectionNames;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public BatchDescribeCollectionParam build() {
            return new BatchDescribeCollectionParam(this);
        }
    }
}
