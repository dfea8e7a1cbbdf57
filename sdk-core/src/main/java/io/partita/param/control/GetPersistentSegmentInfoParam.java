package io.partita.param.control;

import io.partita.param.CollectionScopedParam;

/**
 * Lists the persisted segments of a collection.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class GetPersistentSegmentInfoParam extends CollectionScopedParam {
    private GetPersistentSegmentInfoParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link GetPersistentSegmentInfoParam}; not thread-safe. */
    public static final class Builder extends CollectionScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public GetPersistentSegmentInfoParam build() {
            return new GetPersistentSegmentInfoParam(this);
        }
    }
}
