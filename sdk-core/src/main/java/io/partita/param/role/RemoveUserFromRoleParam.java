package io.partita.param.role;

import io.partita.param.ParamUtils;

/**
 * Unbinds a user from a role ({@code MilvusClient.removeUserFromRole}); Milvus 2.2+.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} naming an empty required field.
 */
public final class RemoveUserFromRoleParam implements UserRoleParam {
    private final String userName;
    private final String roleName;

    private RemoveUserFromRoleParam(Builder b) {
        this.userName = ParamUtils.checkNotEmpty(b.userName, "userName").trim();
        this.roleName = ParamUtils.checkNotEmpty(b.roleName, "roleName").trim();
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the user */
    public String getUserName() {
        return userName;
    }

    /** @return the role */
    public String getRoleName() {
        return roleName;
    }

    @Override
    public boolean isRemoval() {
        return true;
    }

    @Override
    public String toString() {
        return "RemoveUserFromRoleParam{" + "userName=" + userName + ", " + "roleName=" + roleName + "}";
    }

    /** Builder for {@link RemoveUserFromRoleParam}; not thread-safe. */
    public static final class Builder {
        private String userName;
        private String roleName;

        private Builder() {}

        /**
         * @param userName the user; required
         * @return this builder
         */
        public Builder withUserName(String userName) {
            this.userName = userName;
            return this;
        }

        /**
         * @param roleName the role; required
         * @return this builder
         */
        public Builder withRoleName(String roleName) {
            this.roleName = roleName;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public RemoveUserFromRoleParam build() {
            return new RemoveUserFromRoleParam(this);
        }
    }
}
