package io.partita.param.role;

/**
 * What {@link SelectGrantForRoleParam} and {@link SelectGrantForRoleAndObjectParam} share: the
 * grants of one role, optionally on one object. Both are sent by the same RPC, SelectGrant
 * ({@code MilvusClient.selectGrant}).
 */
public interface GrantSelection {
    /** @return the role */
    String getRoleName();

    /** @return the object type (Global, Collection or User), or {@code null} for every object */
    String getObject();

    /** @return the object's name, or {@code null} for every object */
    String getObjectName();

    /** @return the database, or {@code null} for the connection's */
    String getDatabaseName();
}
