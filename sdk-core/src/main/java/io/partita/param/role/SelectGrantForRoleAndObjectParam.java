package io.partita.param.role;

import io.partita.param.ParamUtils;

/**
 * Lists the grants of a role on one object of the connection's database
 * ({@code MilvusClient.selectGrantForRoleAndObject}); Milvus 2.2+.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} naming an empty required field.
 */
public final class SelectGrantForRoleAndObjectParam implements GrantSelection {
    private final String roleName;
    private final String object;
    private final String objectName;

    private SelectGrantForRoleAndObjectParam(Builder b) {
        this.roleName = ParamUtils.checkNotEmpty(b.roleName, "roleName").trim();
        this.object = ParamUtils.checkNotEmpty(b.object, "object").trim();
        this.objectName = ParamUtils.checkNotEmpty(b.objectName, "objectName").trim();
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

    /** @return the object type: Global, Collection or User */
    @Override
    public String getObject() {
        return object;
    }

    /** @return the object's name, or * for the grants on every object */
    @Override
    public String getObjectName() {
        return objectName;
    }

    /** @return {@code null}: the connection's database */
    @Override
    public String getDatabaseName() {
        return null;
    }

    @Override
    public String toString() {
        return "SelectGrantForRoleAndObjectParam{roleName=" + roleName + ", object=" + object + ", objectName="
                + objectName + "}";
    }

    /** Builder for {@link SelectGrantForRoleAndObjectParam}; not thread-safe. */
    public static final class Builder {
        private String roleName;
        private String object;
        private String objectName;

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
         * @param object the object type: Global, Collection or User; required
         * @return this builder
         */
        public Builder withObject(String object) {
            this.object = object;
            return this;
        }

        /**
         * @param objectName the object's name, or *; required
         * @return this builder
         */
        public Builder withObjectName(String objectName) {
            this.objectName = objectName;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public SelectGrantForRoleAndObjectParam build() {
            return new SelectGrantForRoleAndObjectParam(this);
        }
    }
}
