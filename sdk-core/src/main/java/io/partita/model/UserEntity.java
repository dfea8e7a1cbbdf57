package io.partita.model;

import java.util.Objects;

/**
 * A user, as the RBAC answers name it.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Absent strings read as empty, absent messages as their empty value.
 */
public final class UserEntity extends NamedEntity {
    private UserEntity(Builder b) {
        super(b.name);
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link UserEntity}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private String name = "";

        private Builder() {}

        /**
         * @param value the user's name; must not be null
         * @return this builder
         */
        public Builder setName(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /** @return a new immutable {@code UserEntity} holding this builder's values */
        public UserEntity build() {
            return new UserEntity(this);
        }
    }
}
