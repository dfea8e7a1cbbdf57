package io.partita.param.credential;

import io.partita.param.ParamUtils;

/**
 * Changes a user's password, its description (Milvus 2.6), or both. A description alone (no
 * passwords) changes only the description, which Milvus 2.6 allows without the password.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class UpdateCredentialParam {
    private final String username;
    private final String oldPassword;
    private final String newPassword;
    private final String description;

    private UpdateCredentialParam(Builder b) {
        this.username = b.username;
        this.oldPassword = b.oldPassword;
        this.newPassword = b.newPassword;
        this.description = b.description;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the user name */
    public String getUsername() {
        return username;
    }

    /** @return the user's new description, or null when the description is left as it is */
    public String getDescription() {
        return description;
    }

    /** @return true when only the description changes (no passwords given) */
    public boolean isDescriptionOnly() {
        return oldPassword == null && newPassword == null;
    }

    /** @return the current password (null for a description-only change); never logged */
    public String getOldPassword() {
        return oldPassword;
    }

    /** @return the new password (null for a description-only change); never logged */
    public String getNewPassword() {
        return newPassword;
    }

    @Override
    public String toString() {
        return "UpdateCredentialParam{"
                + "username=" + username
                + ", oldPassword=" + "***"
                + ", newPassword=" + "***"
                + ", description=" + description
                + "}";
    }

    /** Builder for {@link UpdateCredentialParam}; not thread-safe. */
    public static final class Builder {
        private String username;
        private String oldPassword;
        private String newPassword;
        private String description;

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
         * @param description the user's new description (Milvus 2.6; empty clears it); null (the
         *     default) leaves it as it is
         * @return this
         */
        public Builder withDescription(String description) {
            this.description = description;
            return this;
        }

        /**
         * @return the validated parameters: both passwords, or (with a description) neither
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public UpdateCredentialParam build() {
            ParamUtils.checkNotEmpty(username, "username");
            if (description != null && oldPassword == null && newPassword == null) {
                return new UpdateCredentialParam(this);
            }
            ParamUtils.checkNotEmpty(oldPassword, "oldPassword");
            ParamUtils.checkNotEmpty(newPassword, "newPassword");
            return new UpdateCredentialParam(this);
        }
    }
}
