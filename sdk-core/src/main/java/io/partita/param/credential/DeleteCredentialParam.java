package io.partita.param.credential;

import io.partita.param.ParamUtils;

/**
 * Deletes a user.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class DeleteCredentialParam {
    private final String username;

    private DeleteCredentialParam(Builder b) {
        this.username = b.username;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the user name */
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "DeleteCredentialParam{" + "username=" + username + "}";
    }

    /** Builder for {@link DeleteCredentialParam}; not thread-safe. */
    public static final class Builder {
        private String username;

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
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DeleteCredentialParam build() {
            ParamUtils.checkNotEmpty(username, "username");
            return new DeleteCredentialParam(this);
        }
    }
}
