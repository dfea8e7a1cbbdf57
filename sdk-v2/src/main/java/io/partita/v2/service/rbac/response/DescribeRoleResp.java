package io.partita.v2.service.rbac.response;

import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.describeRole} answers: the role and its grants on the database asked
 * for (grants on every database, {@code *}, included).
 *
 * <p>Immutable: made by the client from the server's answer; lists are unmodifiable.
 */
@Getter
public final class DescribeRoleResp {
    /** The role. */
    private final String roleName;
    /** The role's grants, in the server's order. */
    private final List<GrantInfo> grantInfos;
    /** The role's description; empty when it has none (the reference server keeps none). */
    private final String description;

    @Builder
    private DescribeRoleResp(String roleName, List<GrantInfo> grantInfos, String description) {
        this.roleName = roleName;
        this.grantInfos = grantInfos == null ? List.of() : List.copyOf(grantInfos);
        this.description = description == null ? "" : description;
    }

    /** Builds a {@link DescribeRoleResp}. */
    public static class DescribeRoleRespBuilder {}

    @Override
    public String toString() {
        return "DescribeRoleResp{roleName=" + roleName + ", grantInfos=" + grantInfos + ", description=" + description
                + "}";
    }

    /** One grant of the role: a privilege on an object of a database, and who granted it. Immutable. */
    @Getter
    public static final class GrantInfo {
        /** The object type: Global, Collection or User. */
        private final String objectType;
        /** The object's name, or * for every object. */
        private final String objectName;
        /** The role holding the grant. */
        private final String roleName;
        /** The user who granted it. */
        private final String grantor;
        /** The privilege or privilege group. */
        private final String privilege;
        /** The database, or * for every database. */
        private final String dbName;

        @Builder
        private GrantInfo(
                String objectType,
                String objectName,
                String roleName,
                String grantor,
                String privilege,
                String dbName) {
            this.objectType = objectType;
            this.objectName = objectName;
            this.roleName = roleName;
            this.grantor = grantor;
            this.privilege = privilege;
            this.dbName = dbName;
        }

        /** Builds a {@link GrantInfo}. */
        public static class GrantInfoBuilder {}

        @Override
        public String toString() {
            return "GrantInfo{objectType=" + objectType + ", objectName=" + objectName + ", roleName=" + roleName
                    + ", grantor=" + grantor + ", privilege=" + privilege + ", dbName=" + dbName + "}";
        }
    }
}
