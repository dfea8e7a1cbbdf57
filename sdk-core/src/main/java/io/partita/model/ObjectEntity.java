package io.partita.model;

import java.util.Objects;

/**
 * The object type of a grant: Global, Collection or User.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Absent strings read as empty, absent messages as their empty value.
 */
public final class ObjectEntity extends NamedEntity {
    private ObjectEntity(Builder b) {
        super(b.name);
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link ObjectEntity}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private String name = "";

        private Builder() {}

        /**
         * @param value the object type; must not be null
         * @return this builder
         */
        public Builder setName(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /** @return a new immutable {@code ObjectEntity} holding this builder's values */
        public ObjectEntity build() {
            return new ObjectEntity(this);
        }
    }
}
