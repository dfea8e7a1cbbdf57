package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One role of a SelectRole answer, with its users when they were asked for.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Absent strings read as empty, absent messages as their empty value.
 */
public final class RoleResult {
    private final RoleEntity role;
    private final List<UserEntity> users;

    private RoleResult(Builder b) {
        this.role = b.role == null ? RoleEntity.newBuilder().build() : b.role;
        this.users = Collections.unmodifiableList(new ArrayList<>(b.users));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the role */
    public RoleEntity getRole() {
        return role;
    }

    /** @return the role's users (empty unless user info was asked for); unmodifiable */
    public List<UserEntity> getUsersList() {
        return users;
    }

    /** @return the number of users */
    public int getUsersCount() {
        return users.size();
    }

    /**
     * @param index the position, from 0
     * @return one of users
     */
    public UserEntity getUsers(int index) {
        return users.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RoleResult)) {
            return false;
        }
        RoleResult other = (RoleResult) o;
        return role.equals(other.role) && users.equals(other.users);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, users);
    }

    @Override
    public String toString() {
        return "RoleResult{" + "role=" + role + ", " + "users=" + users + "}";
    }

    /** Builder for {@link RoleResult}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private RoleEntity role;
        private final List<UserEntity> users = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the role; must not be null
         * @return this builder
         */
        public Builder setRole(RoleEntity value) {
            this.role = Objects.requireNonNull(value, "role");
            return this;
        }

        /**
         * @param value one of users, appended; must not be null
         * @return this builder
         */
        public Builder addUsers(UserEntity value) {
            users.add(Objects.requireNonNull(value, "users"));
            return this;
        }

        /**
         * @param values users appended, in order; none may be null
         * @return this builder
         */
        public Builder addAllUsers(Iterable<UserEntity> values) {
            values.forEach(this::addUsers);
            return this;
        }

        /** @return a new immutable {@code RoleResult} holding this builder's values */
        public RoleResult build() {
            return new RoleResult(this);
        }
    }
}
