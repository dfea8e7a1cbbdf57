package io.partita.model;

import java.util.Objects;

/**
 * A role, as the RBAC answers name it.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Absent strings read as empty, absent messages as their empty value.
 */
public final class RoleEntity {
    private final String name;
    private final String description;

    private RoleEntity(Builder b) {
        this.name = b.name;
        this.description = b.description;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the role's name */
    public String getName() {
        return name;
    }

    /** @return the role's description; empty when it has none (the reference server keeps none) */
    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RoleEntity)) {
            return false;
        }
        RoleEntity other = (RoleEntity) o;
        return name.equals(other.name) && description.equals(other.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description);
    }

    @Override
    public String toString() {
        return "RoleEntity{" + "name=" + name + ", " + "description=" + description + "}";
    }

    /** Builder for {@link RoleEntity}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private String name = "";
        private String description = "";

        private Builder() {}

        /**
         * @param value the role's name; must not be null
         * @return this builder
         */
        public Builder setName(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * @param value the role's description; empty when it has none (the reference server keeps none); must not be null
         * @return this builder
         */
        public Builder setDescription(String value) {
            this.description = Objects.requireNonNull(value, "description");
            return this;
        }

        /** @return a new immutable {@code RoleEntity} holding this builder's values */
        public RoleEntity build() {
            return new RoleEntity(this);
        }
    }
}
