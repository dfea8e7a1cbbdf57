package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to ListPrivilegeGroups: every privilege group, built-in ones included.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Absent strings read as empty, absent messages as their empty value.
 */
public final class ListPrivilegeGroupsResponse extends StatusAnswer {
    private final List<PrivilegeGroupInfo> privilegeGroups;

    private ListPrivilegeGroupsResponse(Builder b) {
        super(b.status);
        this.privilegeGroups = Collections.unmodifiableList(new ArrayList<>(b.privilegeGroups));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the groups; unmodifiable */
    public List<PrivilegeGroupInfo> getPrivilegeGroupsList() {
        return privilegeGroups;
    }

    /** @return the number of privilegeGroups */
    public int getPrivilegeGroupsCount() {
        return privilegeGroups.size();
    }

    /**
     * @param index the position, from 0
     * @return one of privilegeGroups
     */
    public PrivilegeGroupInfo getPrivilegeGroups(int index) {
        return privilegeGroups.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListPrivilegeGroupsResponse)) {
            return false;
        }
        ListPrivilegeGroupsResponse other = (ListPrivilegeGroupsResponse) o;
        return status.equals(other.status) && privilegeGroups.equals(other.privilegeGroups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, privilegeGroups);
    }

    @Override
    public String toString() {
        return "ListPrivilegeGroupsResponse{" + "status=" + status + ", " + "privilegeGroups=" + privilegeGroups + "}";
    }

    /** Builder for {@link ListPrivilegeGroupsResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private final List<PrivilegeGroupInfo> privilegeGroups = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the outcome of the call; must not be null
         * @return this builder
         */
        public Builder setStatus(Status value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /**
         * @param value one of privilegeGroups, appended; must not be null
         * @return this builder
         */
        public Builder addPrivilegeGroups(PrivilegeGroupInfo value) {
            privilegeGroups.add(Objects.requireNonNull(value, "privilegeGroups"));
            return this;
        }

        /**
         * @param values privilegeGroups appended, in order; none may be null
         * @return this builder
         */
        public Builder addAllPrivilegeGroups(Iterable<PrivilegeGroupInfo> values) {
            values.forEach(this::addPrivilegeGroups);
            return this;
        }

        /** @return a new immutable {@code ListPrivilegeGroupsResponse} holding this builder's values */
        public ListPrivilegeGroupsResponse build() {
            return new ListPrivilegeGroupsResponse(this);
        }
    }
}
