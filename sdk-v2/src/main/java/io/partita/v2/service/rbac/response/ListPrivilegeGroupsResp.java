package io.partita.v2.service.rbac.response;

import io.partita.v2.service.rbac.PrivilegeGroup;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.listPrivilegeGroups} answers: every privilege group, the built-in ones included.
 *
 * <p>Immutable: made by the client from the server's answer; lists are unmodifiable.
 */
@Getter
public final class ListPrivilegeGroupsResp {
    /** The groups, in the server's order. */
    private final List<PrivilegeGroup> privilegeGroups;

    @Builder
    private ListPrivilegeGroupsResp(List<PrivilegeGroup> privilegeGroups) {
        this.privilegeGroups = privilegeGroups == null ? List.of() : List.copyOf(privilegeGroups);
    }

    /** Builds a {@link ListPrivilegeGroupsResp}. */
    public static class ListPrivilegeGroupsRespBuilder {}

    @Override
    public String toString() {
        return "ListPrivilegeGroupsResp{" + "privilegeGroups=" + privilegeGroups + "}";
    }
}
