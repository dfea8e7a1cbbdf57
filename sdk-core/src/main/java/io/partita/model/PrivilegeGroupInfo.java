package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A privilege group and the privileges it holds.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Absent strings read as empty, absent messages as their empty value.
 */
public final class PrivilegeGroupInfo {
    private final String groupName;
    private final List<PrivilegeEntity> privileges;

    private PrivilegeGroupInfo(Builder b) {
        this.groupName = b.groupName;
        this.privileges = Collections.unmodifiableList(new ArrayList<>(b.privileges));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the group's name */
    public String getGroupName() {
        return groupName;
    }

    /** @return the privileges of the group, in the server's order; unmodifiable */
    public List<PrivilegeEntity> getPrivilegesList() {
        return privileges;
    }

    /** @return the number of privileges */
    public int getPrivilegesCount() {
        return privileges.size();
    }

    /**
     * @param index the position, from 0
     * @return one of privileges
     */
    public PrivilegeEntity getPrivileges(int index) {
        return privileges.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PrivilegeGroupInfo)) {
            return false;
        }
        PrivilegeGroupInfo other = (PrivilegeGroupInfo) o;
        return groupName.equals(other.groupName) && privileges.equals(other.privileges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(groupName, privileges);
    }

    @Override
    public String toString() {
        return "PrivilegeGroupInfo{" + "groupName=" + groupName + ", " + "privileges=" + privileges + "}";
    }

    /** Builder for {@link PrivilegeGroupInfo}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private String groupName = "";
        private final List<PrivilegeEntity> privileges = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the group's name; must not be null
         * @return this builder
         */
        public Builder setGroupName(String value) {
            this.groupName = Objects.requireNonNull(value, "groupName");
            return this;
        }

        /**
         * @param value one of privileges, appended; must not be null
         * @return this builder
         */
        public Builder addPrivileges(PrivilegeEntity value) {
            privileges.add(Objects.requireNonNull(value, "privileges"));
            return this;
        }

        /**
         * @param values privileges appended, in order; none may be null
         * @return this builder
         */
        public Builder addAllPrivileges(Iterable<PrivilegeEntity> values) {
            values.forEach(this::addPrivileges);
            return this;
        }

        /** @return a new immutable {@code PrivilegeGroupInfo} holding this builder's values */
        public PrivilegeGroupInfo build() {
            return new PrivilegeGroupInfo(this);
        }
    }
}
