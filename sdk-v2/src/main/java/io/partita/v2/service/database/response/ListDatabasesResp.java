package io.partita.v2.service.database.response;

import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.listDatabases} answers.
 *
 * <p>Immutable: made by the client from the server's answer; the list is unmodifiable.
 */
@Getter
public final class ListDatabasesResp {
    /** The databases the caller may see, in the server's order. */
    private final List<String> databaseNames;

    @Builder
    private ListDatabasesResp(List<String> databaseNames) {
        this.databaseNames = databaseNames == null ? List.of() : List.copyOf(databaseNames);
    }

    @Override
    public String toString() {
        return "ListDatabasesResp{databaseNames=" + databaseNames + "}";
    }
}
