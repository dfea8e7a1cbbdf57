package io.partita.param.credential;

import io.partita.param.ParamUtils;

/**
 * Creates a user.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class CreateCredentialParam {
    private final String username;
    private final String password;
    private final String description;

    private CreateCredentialParam(Builder b) {
        this.username = b.username;
        this.password = b.password;
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

    /** @return the password; never logged */
    public String getPassword() {
        return password;
    }

    /** @return the user's description (Milvus 2.6), or null when none is sent */
    public String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        return "CreateCredentialParam{" + "username=" + username + ", password=" + "***" + ", description="
                + description + "}";
    }

    /** Builder for {@link CreateCredentialParam}; not thread-safe. */
    public static final class Builder {
        private String username;
        private String password;
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
         * @param password the password; never logged
         * @return this
         */
        public Builder withPassword(String password) {
            this.password = password;
            return this;
        }

        /**
         * @param description the user's description (Milvus 2.6 keeps it; older servers ignore it);
         *     null (the default) sends none
         * @return this
         */
        public Builder withDescription(String description) {
            this.description = description;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public CreateCredentialParam build() {
            ParamUtils.checkNotEmpty(username, "username");
            ParamUtils.checkNotEmpty(password, "password");
            return new CreateCredentialParam(this);
        }
    }
}
