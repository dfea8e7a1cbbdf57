package io.partita.param.role;

import io.partita.param.ParamUtils;

/**
 * Drops a role ({@code MilvusClient.dropRole}); with {@code forceDrop} (Milvus 2.4+) its grants go with it.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} naming an empty required field.
 */
public final class DropRoleParam {
    private final String roleName;
    private final boolean forceDrop;

    private DropRoleParam(Builder b) {
        this.roleName = ParamUtils.checkNotEmpty(b.roleName, "roleName").trim();
        this.forceDrop = b.forceDrop;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the role */
    public String getRoleName() {
        return roleName;
    }

    /** @return whether the role's grants are revoked with it */
    public boolean isForceDrop() {
        return forceDrop;
    }

    @Override
    public String toString() {
        return "DropRoleParam{" + "roleName=" + roleName + ", " + "forceDrop=" + forceDrop + "}";
    }

    /** Builder for {@link DropRoleParam}; not thread-safe. */
    public static final class Builder {
        private String roleName;
        private boolean forceDrop;

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
         * @param forceDrop whether the role's grants are revoked with it
         * @return this builder
         */
        public Builder withForceDrop(boolean forceDrop) {
            this.forceDrop = forceDrop;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DropRoleParam build() {
            return new DropRoleParam(this);
        }
    }
}
