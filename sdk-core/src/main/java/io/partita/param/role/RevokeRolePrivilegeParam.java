package io.partita.param.role;

import io.partita.param.ParamUtils;

/**
 * Revokes a privilege on an object from a role ({@code MilvusClient.revokeRolePrivilege}); Milvus 2.2+.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} naming an empty required field.
 */
public final class RevokeRolePrivilegeParam implements RolePrivilegeParam {
    private final String roleName;
    private final String object;
    private final String objectName;
    private final String privilege;
    private final String databaseName;

    private RevokeRolePrivilegeParam(Builder b) {
        this.roleName = ParamUtils.checkNotEmpty(b.roleName, "roleName").trim();
        this.object = ParamUtils.checkNotEmpty(b.object, "object").trim();
        this.objectName = ParamUtils.checkNotEmpty(b.objectName, "objectName").trim();
        this.privilege = ParamUtils.checkNotEmpty(b.privilege, "privilege").trim();
        this.databaseName = b.databaseName;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the role */
    public String getRoleName() {
        return roleName;
    }

    /** @return the object type: Global, Collection or User */
    public String getObject() {
        return object;
    }

    /** @return the object's name, or * for every object */
    public String getObjectName() {
        return objectName;
    }

    /** @return the privilege, as Milvus names it (Search, Insert, ...) */
    public String getPrivilege() {
        return privilege;
    }

    /** @return the database, or null for the connection's */
    public String getDatabaseName() {
        return databaseName;
    }

    @Override
    public boolean isRevocation() {
        return true;
    }

    @Override
    public String toString() {
        return "RevokeRolePrivilegeParam{" + "roleName=" + roleName + ", " + "object=" + object + ", " + "objectName="
                + objectName + ", " + "privilege=" + privilege + ", " + "databaseName=" + databaseName + "}";
    }

    /** Builder for {@link RevokeRolePrivilegeParam}; not thread-safe. */
    public static final class Builder {
        private String roleName;
        private String object;
        private String objectName;
        private String privilege;
        private String databaseName;

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
         * @param objectName the object's name, or * for every object; required
         * @return this builder
         */
        public Builder withObjectName(String objectName) {
            this.objectName = objectName;
            return this;
        }

        /**
         * @param privilege the privilege, as Milvus names it (Search, Insert, ...); required
         * @return this builder
         */
        public Builder withPrivilege(String privilege) {
            this.privilege = privilege;
            return this;
        }

        /**
         * @param databaseName the database, or null for the connection's
         * @return this builder
         */
        public Builder withDatabaseName(String databaseName) {
            this.databaseName = databaseName;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public RevokeRolePrivilegeParam build() {
            return new RevokeRolePrivilegeParam(this);
        }
    }
}
