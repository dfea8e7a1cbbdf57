package io.partita.model;

import java.util.Objects;

/**
 * Who granted a privilege, and which privilege.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Absent strings read as empty, absent messages as their empty value.
 */
public final class GrantorEntity {
    private final UserEntity user;
    private final PrivilegeEntity privilege;

    private GrantorEntity(Builder b) {
        this.user = b.user == null ? UserEntity.newBuilder().build() : b.user;
        this.privilege = b.privilege == null ? PrivilegeEntity.newBuilder().build() : b.privilege;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the user who granted it */
    public UserEntity getUser() {
        return user;
    }

    /** @return the privilege */
    public PrivilegeEntity getPrivilege() {
        return privilege;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GrantorEntity)) {
            return false;
        }
        GrantorEntity other = (GrantorEntity) o;
        return user.equals(other.user) && privilege.equals(other.privilege);
    }

    @Override
    public int hashCode() {
        return Objects.hash(user, privilege);
    }

    @Override
    public String toString() {
        return "GrantorEntity{" + "user=" + user + ", " + "privilege=" + privilege + "}";
    }

    /** Builder for {@link GrantorEntity}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private UserEntity user;
        private PrivilegeEntity privilege;

        private Builder() {}

        /**
         * @param value the user who granted it; must not be null
         * @return this builder
         */
        public Builder setUser(UserEntity value) {
            this.user = Objects.requireNonNull(value, "user");
            return this;
        }

        /**
         * @param value the privilege; must not be null
         * @return this builder
         */
        public Builder setPrivilege(PrivilegeEntity value) {
            this.privilege = Objects.requireNonNull(value, "privilege");
            return this;
        }

        /** @return a new immutable {@code GrantorEntity} holding this builder's values */
        public GrantorEntity build() {
            return new GrantorEntity(this);
        }
    }
}
