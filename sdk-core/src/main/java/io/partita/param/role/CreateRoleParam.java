package io.partita.param.role;

import io.partita.param.ParamUtils;

/**
 * Creates a role ({@code MilvusClient.createRole}); Milvus 2.2+.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} naming an empty required field.
 */
public final class CreateRoleParam {
    private final String roleName;
    private final String description;

    private CreateRoleParam(Builder b) {
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

    /** @return the role's description (Milvus 2.6); empty for none */
    public String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        return "CreateRoleParam{" + "roleName=" + roleName
                + (description.isEmpty() ? "" : ", description=" + description) + "}";
    }

    /** Builder for {@link CreateRoleParam}; not thread-safe. */
    public static final class Builder {
        private String roleName;
        private String description = "";

        private Builder() {}

        /**
         * @param description the role's description (Milvus 2.6 keeps it); {@code null} or empty for none
         * @return this builder
         */
        public Builder withDescription(String description) {
            this.description = description;
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
        public CreateRoleParam build() {
            return new CreateRoleParam(this);
        }
    }
}
