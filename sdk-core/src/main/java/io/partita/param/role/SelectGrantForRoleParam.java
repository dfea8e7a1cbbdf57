package io.partita.param.role;

import io.partita.param.ParamUtils;

/**
 * Lists the grants of a role on a database ({@code MilvusClient.selectGrantForRole}); Milvus 2.2+.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} when the role name is empty.
 */
public final class SelectGrantForRoleParam implements GrantSelection {
    private final String roleName;
    private final String databaseName;

    private SelectGrantForRoleParam(Builder b) {
        this.roleName = ParamUtils.checkNotEmpty(b.roleName, "roleName").trim();
        this.databaseName = b.databaseName;
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

    /** @return the database, or null for the connection's */
    @Override
    public String getDatabaseName() {
        return databaseName;
    }

    /** @return {@code null}: every object */
    @Override
    public String getObject() {
        return null;
    }

    /** @return {@code null}: every object */
    @Override
    public String getObjectName() {
        return null;
    }

    @Override
    public String toString() {
        return "SelectGrantForRoleParam{roleName=" + roleName + ", databaseName=" + databaseName + "}";
    }

    /** Builder for {@link SelectGrantForRoleParam}; not thread-safe. */
    public static final class Builder {
        private String roleName;
        private String databaseName;

        private Builder() {}

        /**
         * @param databaseName the database, or null for the connection's
         * @return this builder
         */
        public Builder withDatabaseName(String databaseName) {
            this.databaseName = databaseName;
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
        public SelectGrantForRoleParam build() {
            return new SelectGrantForRoleParam(this);
        }
    }
}
