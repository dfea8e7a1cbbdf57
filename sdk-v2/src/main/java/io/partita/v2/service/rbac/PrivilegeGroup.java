package io.partita.v2.service.rbac;

import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * A privilege group and its privileges, as {@code MilvusClientV2.listPrivilegeGroups} answers them.
 *
 * <p>Immutable: made by the client from the server's answer; lists are unmodifiable.
 */
@Getter
public final class PrivilegeGroup {
    /** The group's name. */
    private final String groupName;
    /** The privileges the group holds. */
    private final List<String> privileges;

    @Builder
    private PrivilegeGroup(String groupName, List<String> privileges) {
        this.groupName = groupName;
        this.privileges = privileges == null ? List.of() : List.copyOf(privileges);
    }

    /** Builds a {@link PrivilegeGroup}. */
    public static class PrivilegeGroupBuilder {}

    @Override
    public String toString() {
        return "PrivilegeGroup{" + "groupName=" + groupName + ", " + "privileges=" + privileges + "}";
    }
}
