package io.partita.param.role;

import io.partita.param.ParamUtils;

/**
 * Selects one user, optionally with its roles ({@code MilvusClient.selectUser}); Milvus 2.2+.
 * An unknown user is not an error: the answer holds no result.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} when the user name is empty (the official client
 * requires it too; {@link UserSelection#all(boolean)} selects every user).
 */
public final class SelectUserParam implements UserSelection {
    private final String userName;
    private final boolean includeRoleInfo;

    private SelectUserParam(Builder b) {
        this.userName = ParamUtils.checkNotEmpty(b.userName, "userName").trim();
        this.includeRoleInfo = b.includeRoleInfo;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the user */
    @Override
    public String getUserName() {
        return userName;
    }

    /** @return whether the answer lists the user's roles */
    @Override
    public boolean isIncludeRoleInfo() {
        return includeRoleInfo;
    }

    @Override
    public String toString() {
        return "SelectUserParam{userName=" + userName + ", includeRoleInfo=" + includeRoleInfo + "}";
    }

    /** Builder for {@link SelectUserParam}; not thread-safe. */
    public static final class Builder {
        private String userName;
        private boolean includeRoleInfo;

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
         * @param includeRoleInfo whether the answer lists the user's roles; default {@code false}
         * @return this builder
         */
        public Builder withIncludeRoleInfo(boolean includeRoleInfo) {
            this.includeRoleInfo = includeRoleInfo;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public SelectUserParam build() {
            return new SelectUserParam(this);
        }
    }
}
