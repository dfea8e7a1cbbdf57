package io.partita.v2.service.utility.response;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.listAliases} answers.
 *
 * <p>Immutable: made by the client from the server's answer; lists are unmodifiable.
 */
@Getter
public final class ListAliasResp {
    /** The collection whose aliases these are. */
    private final String collectionName;
    /** Its aliases. */
    private final List<String> alias;

    @Builder
    private ListAliasResp(String collectionName, List<String> alias) {
        this.collectionName = collectionName;
        this.alias = Checks.copy(alias);
    }

    @Override
    public String toString() {
        return "ListAliasResp{collectionName=" + collectionName + ", alias=" + alias + "}";
    }
}
