package io.partita.v2.service.resourcegroup.response;

import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.listResourceGroups} answers.
 *
 * <p>Immutable: made by the client from the server's answer; the list is unmodifiable.
 */
@Getter
public final class ListResourceGroupsResp {
    /** The resource groups, the default one included, in the server's order. */
    private final List<String> groupNames;

    @Builder
    private ListResourceGroupsResp(List<String> groupNames) {
        this.groupNames = groupNames == null ? List.of() : List.copyOf(groupNames);
    }

    @Override
    public String toString() {
        return "ListResourceGroupsResp{groupNames=" + groupNames + "}";
    }
}
