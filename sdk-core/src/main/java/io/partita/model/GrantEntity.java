package io.partita.model;

import java.util.Objects;

/**
 * One grant of a role: a privilege on an object of a database.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Absent strings read as empty, absent messages as their empty value.
 */
public final class GrantEntity {
    private final RoleEntity role;
    private final ObjectEntity object;
    private final String objectName;
    private final GrantorEntity grantor;
    private final String dbName;

    private GrantEntity(Builder b) {
        this.role = b.role == null ? RoleEntity.newBuilder().build() : b.role;
        this.object = b.object == null ? ObjectEntity.newBuilder().build() : b.object;
        this.objectName = b.objectName;
        this.grantor = b.grantor == null ? GrantorEntity.newBuilder().build() : b.grantor;
        this.dbName = b.dbName;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the role */
    public RoleEntity getRole() {
        return role;
    }

    /** @return the object type */
    public ObjectEntity getObject() {
        return object;
    }

    /** @return the object's name, or * for every object */
    public String getObjectName() {
        return objectName;
    }

    /** @return the grantor and the privilege */
    public GrantorEntity getGrantor() {
        return grantor;
    }

    /** @return the database, or * for every database */
    public String getDbName() {
        return dbName;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GrantEntity)) {
            return false;
        }
        GrantEntity other = (GrantEntity) o;
        return role.equals(other.role)
                && object.equals(other.object)
                && objectName.equals(other.objectName)
                && grantor.equals(other.grantor)
                && dbName.equals(other.dbName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, object, objectName, grantor, dbName);
    }

    @Override
    public String toString() {
        return "GrantEntity{" + "role=" + role + ", " + "object=" + object + ", " + "objectName=" + objectName + ", "
                + "grantor=" + grantor + ", " + "dbName=" + dbName + "}";
    }

    /** Builder for {@link GrantEntity}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private RoleEntity role;
        private ObjectEntity object;
        private String objectName = "";
        private GrantorEntity grantor;
        private String dbName = "";

        private Builder() {}

        /**
         * @param value the role; must not be null
         * @return this builder
         */
        public Builder setRole(RoleEntity value) {
            this.role = Objects.requireNonNull(value, "role");
            return this;
        }

        /**
         * @param value the object type; must not be null
         * @return this builder
         */
        public Builder setObject(ObjectEntity value) {
            this.object = Objects.requireNonNull(value, "object");
            return this;
        }

        /**
         * @param value the object's name, or * for every object; must not be null
         * @return this builder
         */
        public Builder setObjectName(String value) {
            this.objectName = Objects.requireNonNull(value, "objectName");
            return this;
        }

        /**
         * @param value the grantor and the privilege; must not be null
         * @return this builder
         */
        public Builder setGrantor(GrantorEntity value) {
            this.grantor = Objects.requireNonNull(value, "grantor");
            return this;
        }

        /**
         * @param value the database, or * for every database; must not be null
         * @return this builder
         */
        public Builder setDbName(String value) {
            this.dbName = Objects.requireNonNull(value, "dbName");
            return this;
        }

        /** @return a new immutable {@code GrantEntity} holding this builder's values */
        public GrantEntity build() {
            return new GrantEntity(this);
        }
    }
}
