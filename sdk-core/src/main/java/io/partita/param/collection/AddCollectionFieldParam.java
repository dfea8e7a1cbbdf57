package io.partita.param.collection;

import io.partita.param.CollectionScopedParam;
import io.partita.param.ParamUtils;

/**
 * Appends one field to an existing collection (AddCollectionField, Milvus 2.6). The server takes
 * nullable fields only: rows stored before the call read the new field as null, or as its default
 * value when it has one.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class AddCollectionFieldParam extends CollectionScopedParam {
    private final FieldType fieldType;

    private AddCollectionFieldParam(Builder builder) {
        super(builder);
        this.fieldType = ParamUtils.checkNotNull(builder.fieldType, "fieldType");
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the field to add */
    public FieldType getFieldType() {
        return fieldType;
    }

    @Override
    protected void describeFields(StringBuilder out) {
        super.describeFields(out);
        out.append(", fieldType=").append(fieldType);
    }

    /** Builder for {@link AddCollectionFieldParam}; not thread-safe. */
    public static final class Builder extends CollectionScopedParam.AbstractBuilder<Builder> {
        private FieldType fieldType;

        private Builder() {}

        /**
         * @param fieldType the field to add (required; the server requires it to be nullable)
         * @return this builder
         */
        public Builder withFieldType(FieldType fieldType) {
            this.fieldType = fieldType;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public AddCollectionFieldParam build() {
            return new AddCollectionFieldParam(this);
        }
    }
}
