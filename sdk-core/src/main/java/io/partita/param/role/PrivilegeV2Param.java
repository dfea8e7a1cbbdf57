package io.partita.param.role;

import io.partita.param.ParamUtils;

/**
 * Grants or revokes a privilege or privilege group by its level (Milvus 2.5+'s OperatePrivilegeV2,
 * {@code MilvusClient.operatePrivilegeV2}): the server derives the object type from the privilege,
 * so a cluster privilege applies to every database, a database privilege to the database and a
 * collection privilege to the collection. A Partita param: the official V1 client has no such
 * call; {@code MilvusClientV2.grantPrivilegeV2} and {@code revokePrivilegeV2} send it.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} naming an empty required field.
 */
public final class PrivilegeV2Param {
    private final String roleName;
    private final String privilege;
    private final String databaseName;
    private final String collectionName;
    private final boolean revocation;

    private PrivilegeV2Param(Builder b) {
        this.roleName = ParamUtils.checkNotEmpty(b.roleName, "roleName").trim();
        this.privilege = ParamUtils.checkNotEmpty(b.privilege, "privilege").trim();
        this.databaseName = b.databaseName;
        this.collectionName = b.collectionName;
        this.revocation = b.revocation;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the role */
    public String getRoleName() {
        return roleName;
    }

    /** @return the privilege or privilege group, as Milvus names it */
    public String getPrivilege() {
        return privilege;
    }

    /** @return the database, {@code *} for every database, or {@code null} for the server's default */
    public String getDatabaseName() {
        return databaseName;
    }

    /** @return the collection, {@code *} for every collection, or {@code null} for every collection */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return {@code true} to revoke, {@code false} to grant */
    public boolean isRevocation() {
        return revocation;
    }

    @Override
    public String toString() {
        return "PrivilegeV2Param{roleName=" + roleName + ", privilege=" + privilege + ", databaseName=" + databaseName
                + ", collectionName=" + collectionName + ", revocation=" + revocation + "}";
    }

    /** Builder for {@link PrivilegeV2Param}; not thread-safe. */
    public static final class Builder {
        private String roleName;
        private String privilege;
        private String databaseName;
        private String collectionName;
        private boolean revocation;

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
         * @param privilege the privilege or privilege group; required
         * @return this builder
         */
        public Builder withPrivilege(String privilege) {
            this.privilege = privilege;
            return this;
        }

        /**
         * @param databaseName the database, {@code *}, or null for the server's default
         * @return this builder
         */
        public Builder withDatabaseName(String databaseName) {
            this.databaseName = databaseName;
            return this;
        }

        /**
         * @param collectionName the collection, {@code *}, or null for every collection
         * @return this builder
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }

        /**
         * @param revocation {@code true} to revoke, {@code false} (the default) to grant
         * @return this builder
         */
        public Builder withRevocation(boolean revocation) {
            this.revocation = revocation;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public PrivilegeV2Param build() {
            return new PrivilegeV2Param(this);
        }
    }
}
