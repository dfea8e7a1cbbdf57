package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One user of a SelectUser answer, with its roles when they were asked for.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Absent strings read as empty, absent messages as their empty value.
 */
public final class UserResult {
    private final UserEntity user;
    private final List<RoleEntity> roles;
    private final String description;

    private UserResult(Builder b) {
        this.user = b.user == null ? UserEntity.newBuilder().build() : b.user;
        this.roles = Collections.unmodifiableList(new ArrayList<>(b.roles));
        this.description = b.description;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the user */
    public UserEntity getUser() {
        return user;
    }

    /** @return the user's roles (empty unless role info was asked for); unmodifiable */
    public List<RoleEntity> getRolesList() {
        return roles;
    }

    /** @return the number of roles */
    public int getRolesCount() {
        return roles.size();
    }

    /**
     * @param index the position, from 0
     * @return one of roles
     */
    public RoleEntity getRoles(int index) {
        return roles.get(index);
    }

    /** @return the user's description (Milvus 2.6); empty when it has none */
    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UserResult)) {
            return false;
        }
        UserResult other = (UserResult) o;
        return user.equals(other.user) && roles.equals(other.roles) && description.equals(other.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(user, roles, description);
    }

    @Override
    public String toString() {
        return "UserResult{" + "user=" + user + ", " + "roles=" + roles + ", " + "description=" + description + "}";
    }

    /** Builder for {@link UserResult}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private UserEntity user;
        private final List<RoleEntity> roles = new ArrayList<>();
        private String description = "";

        private Builder() {}

        /**
         * @param value the user; must not be null
         * @return this builder
         */
        public Builder setUser(UserEntity value) {
            this.user = Objects.requireNonNull(value, "user");
            return this;
        }

        /**
         * @param value one of roles, appended; must not be null
         * @return this builder
         */
        public Builder addRoles(RoleEntity value) {
            roles.add(Objects.requireNonNull(value, "roles"));
            return this;
        }

        /**
         * @param values roles appended, in order; none may be null
         * @return this builder
         */
        public Builder addAllRoles(Iterable<RoleEntity> values) {
            values.forEach(this::addRoles);
            return this;
        }

        /**
         * @param value the user's description (Milvus 2.6); empty when it has none; must not be null
         * @return this builder
         */
        public Builder setDescription(String value) {
            this.description = Objects.requireNonNull(value, "description");
            return this;
        }

        /** @return a new immutable {@code UserResult} holding this builder's values */
        public UserResult build() {
            return new UserResult(this);
        }
    }
}
