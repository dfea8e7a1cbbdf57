package io.partita.param.role;

/**
 * What the SelectUser RPC is asked ({@code MilvusClient.selectUsers}): one user or every user,
 * with or without their roles. {@link SelectUserParam} is the official form for one user;
 * {@link #all(boolean)} selects every user.
 */
public interface UserSelection {
    /** @return the user, or {@code null} for every user */
    String getUserName();

    /** @return whether the answer lists each user's roles */
    boolean isIncludeRoleInfo();

    /**
     * @param includeRoleInfo whether the answer lists each user's roles
     * @return a selection of every user
     */
    static UserSelection all(boolean includeRoleInfo) {
        return new UserSelection() {
            @Override
            public String getUserName() {
                return null;
            }

            @Override
            public boolean isIncludeRoleInfo() {
                return includeRoleInfo;
            }

            @Override
            public String toString() {
                return "UserSelection{all, includeRoleInfo=" + includeRoleInfo + "}";
            }
        };
    }
}
