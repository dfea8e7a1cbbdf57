package io.partita.param.role;

/**
 * What the SelectRole RPC is asked ({@code MilvusClient.selectRoles}): one role or every role, with
 * or without the users bound to them. {@link SelectRoleParam} is the official form for one role;
 * {@link #all(boolean)} selects every role (what {@code MilvusClientV2.listRoles} sends).
 */
public interface RoleSelection {
    /** @return the role, or {@code null} for every role */
    String getRoleName();

    /** @return whether the answer lists each role's users */
    boolean isIncludeUserInfo();

    /**
     * @param includeUserInfo whether the answer lists each role's users
     * @return a selection of every role
     */
    static RoleSelection all(boolean includeUserInfo) {
        return new RoleSelection() {
            @Override
            public String getRoleName() {
                return null;
            }

            @Override
            public boolean isIncludeUserInfo() {
                return includeUserInfo;
            }

            @Override
            public String toString() {
                return "RoleSelection{all, includeUserInfo=" + includeUserInfo + "}";
            }
        };
    }
}
