package io.partita.param.role;

import io.partita.param.ParamUtils;

/**
 * Replaces a role's description ({@code MilvusClient.alterRole}, Milvus 2.6's AlterRole); an empty
 * description clears it. The server refuses the built-in roles {@code admin} and {@code public}.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} naming an empty required field.
 */
public final class AlterRoleParam {
    private final String roleName;
    private final String description;

    private AlterRoleParam(Builder b) {
        this.roleName = ParamUtils.checkNotEmpty(b.roleName, "roleName").trim();
        this.description = b.description == null ? "" : b.description;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the role */
    public String getRoleName() {
        return roleName;
    }

    /** @return the new description; empty clears it */
    public String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        return "AlterRoleParam{roleName=" + roleName + ", description=" + description + "}";
    }

    /** Builder for {@link AlterRoleParam}; not thread-safe. */
    public static final class Builder {
        private String roleName;
        private String description = "";

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
         * @param description the new description; {@code null} or empty clears it
         * @return this builder
         */
        public Builder withDescription(String description) {
            this.description = description;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public AlterRoleParam build() {
            return new AlterRoleParam(this);
        }
    }
}
