package io.partita.param.role;

/**
 * What {@link GrantRolePrivilegeParam} and {@link RevokeRolePrivilegeParam} share: the role, the
 * object, the privilege, the database and which way it goes. They are sent by the same RPC,
 * OperatePrivilege ({@code MilvusClient.operatePrivilege}).
 */
public interface RolePrivilegeParam {
    /** @return the role */
    String getRoleName();

    /** @return the object type: Global, Collection or User */
    String getObject();

    /** @return the object's name, or * for every object */
    String getObjectName();

    /** @return the privilege, as Milvus names it */
    String getPrivilege();

    /** @return the database, or {@code null} for the connection's */
    String getDatabaseName();

    /** @return {@code true} to revoke the privilege, {@code false} to grant it */
    boolean isRevocation();
}
