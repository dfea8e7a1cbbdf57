package io.partita.param.role;

/**
 * What {@link AddUserToRoleParam} and {@link RemoveUserFromRoleParam} share: one user, one role and
 * which way the binding goes. They are sent by the same RPC, OperateUserRole
 * ({@code MilvusClient.operateUserRole}).
 */
public interface UserRoleParam {
    /** @return the user */
    String getUserName();

    /** @return the role */
    String getRoleName();

    /** @return {@code true} to unbind the user from the role, {@code false} to bind it */
    boolean isRemoval();
}
