package io.partita.param.role;

import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Creates or drops a privilege group, or adds privileges to it or removes them (Milvus 2.5+:
 * CreatePrivilegeGroup, DropPrivilegeGroup and OperatePrivilegeGroup, {@code MilvusClient}'s
 * {@code createPrivilegeGroup}, {@code dropPrivilegeGroup} and {@code operatePrivilegeGroup}). A
 * Partita param: the official V1 client has no privilege-group calls; {@code MilvusClientV2}'s
 * {@code createPrivilegeGroup} and the others send these.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} when the group name is empty.
 */
public final class PrivilegeGroupParam {
    private final String groupName;
    private final List<String> privileges;
    private final boolean removal;

    private PrivilegeGroupParam(Builder b) {
        this.groupName = ParamUtils.checkNotEmpty(b.groupName, "groupName").trim();
        this.privileges = Collections.unmodifiableList(new ArrayList<>(b.privileges));
        this.removal = b.removal;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the group */
    public String getGroupName() {
        return groupName;
    }

    /** @return the privileges to add or remove (OperatePrivilegeGroup only); unmodifiable */
    public List<String> getPrivileges() {
        return privileges;
    }

    /** @return {@code true} to remove the privileges from the group, {@code false} to add them */
    public boolean isRemoval() {
        return removal;
    }

    @Override
    public String toString() {
        return "PrivilegeGroupParam{groupName=" + groupName + ", privileges=" + privileges + ", removal=" + removal
                + "}";
    }

    /** Builder for {@link PrivilegeGroupParam}; not thread-safe. */
    public static final class Builder {
        private String groupName;
        private final List<String> privileges = new ArrayList<>();
        private boolean removal;

        private Builder() {}

        /**
         * @param groupName the group; required
         * @return this builder
         */
        public Builder withGroupName(String groupName) {
            this.groupName = groupName;
            return this;
        }

        /**
         * @param privileges the privileges to add or remove (replaces earlier ones); none may be null
         * @return this builder
         */
        public Builder withPrivileges(List<String> privileges) {
            ParamUtils.checkNotNull(privileges, "privileges");
            this.privileges.clear();
            for (String p : privileges) {
                this.privileges.add(ParamUtils.checkNotNull(p, "privileges"));
            }
            return this;
        }

        /**
         * @param removal {@code true} to remove the privileges, {@code false} (the default) to add them
         * @return this builder
         */
        public Builder withRemoval(boolean removal) {
            this.removal = removal;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public PrivilegeGroupParam build() {
            return new PrivilegeGroupParam(this);
        }
    }
}
