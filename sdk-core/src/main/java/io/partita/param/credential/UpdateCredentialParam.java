package io.partita.param.credential;

import io.partita.param.ParamUtils;

/**
 * Changes a user's password.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class UpdateCredentialParam {
    private final String username;
    private final String oldPassword;
    private final String newPassword;

    private UpdateCredentialParam(Builder b) {
        this.username = b.username;
        this.oldPassword = b.oldPassword;
        this.newPassword = b.newPassword;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the user name */
    public String getUsername() {
        return username;
    }

    /** @return the current password; never logged */
    public String getOldPassword() {
        return oldPassword;
    }

    /** @return the new password; never logged */
    public String getNewPassword() {
        return newPassword;
    }

    @Override
    public String toString() {
        return "UpdateCredentialParam{"
                + "username=" + username
                + ", oldPassword=" + "***"
                + ", newPassword=" + "***"
                + "}";
    }

    /** Builder for {@link UpdateCredentialParam}; not thread-safe. */
    public static final class Builder {
        private String username;
        private String oldPassword;
        private String newPassword;

        private Builder() {}

        /**
         * @param username the user name
         * @return this
         */
        public Builder withUsername(String username) {
            this.username = username;
            return this;
        }

        /**
         * @param oldPassword the current password; never logged
         * @return this
         */
        public Builder withOldPassword(String oldPassword) {
            this.oldPassword = oldPassword;
            return this;
        }

        /**
         * @param newPassword the new password; never logged
         * @return this
         */
        public Builder withNewPassword(String newPassword) {
            this.newPassword = newPassword;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public UpdateCredentialParam build() {
            ParamUtils.checkNotEmpty(username, "username");
            ParamUtils.checkNotEmpty(oldPassword, "oldPassword");
            ParamUtils.checkNotEmpty(newPassword, "newPassword");
            return new UpdateCredentialParam(this);
        }
    }
}
