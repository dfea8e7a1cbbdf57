package io.partita.param.role;

import io.partita.param.ParamUtils;

/**
 * Selects one role, optionally with its users ({@code MilvusClient.selectRole}); Milvus 2.2+.
 * An unknown role is refused by the server ("not found the role, maybe the role isn't existed or
 * internal system error", code 65535, as Milvus's rootcoord answers).
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} when the role name is empty (the official client
 * requires it too; {@link RoleSelection#all(boolean)} selects every role).
 */
public final class SelectRoleParam implements RoleSelection {
    private final String roleName;
    private final boolean includeUserInfo;

    private SelectRoleParam(Builder b) {
        this.roleName = ParamUtils.checkNotEmpty(b.roleName, "roleName").trim();
        this.includeUserInfo = b.includeUserInfo;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the role */
    @Override
    public String getRoleName() {
        return roleName;
    }

    /** @return whether the answer lists the role's users */
    @Override
    public boolean isIncludeUserInfo() {
        return includeUserInfo;
    }

    @Override
    public String toString() {
        return "SelectRoleParam{roleName=" + roleName + ", includeUserInfo=" + includeUserInfo + "}";
    }

    /** Builder for {@link SelectRoleParam}; not thread-safe. */
    public static final class Builder {
        private String roleName;
        private boolean includeUserInfo;

        private Builder() {}

        /**
         * @param roleName the role; required
         * @return this builder
         */
        public Builder withRoleName(String roleName) {
            this.roleName = roleName;
            return this;
        }

        /**
         * @param includeUserInfo whether the answer lists the role's users; default {@code false}
         * @return this builder
         */
        public Builder withIncludeUserInfo(boolean includeUserInfo) {
            this.includeUserInfo = includeUserInfo;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public SelectRoleParam build() {
            return new SelectRoleParam(this);
        }
    }
}
