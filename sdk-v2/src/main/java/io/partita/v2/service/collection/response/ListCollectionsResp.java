package io.partita.v2.service.collection.response;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.listCollections} answers.
 *
 * <p>Immutable: made by the client from the server's answer; lists and maps are unmodifiable.
 */
@Getter
public final class ListCollectionsResp {
    /** The collection names. */
    private final List<String> collectionNames;

    @Builder
    private ListCollectionsResp(List<String> collectionNames) {
        this.collectionNames = Checks.copy(collectionNames);
    }

    @Override
    public String toString() {
        return "ListCollectionsResp{" + "collectionNames=" + collectionNames + "}";
    }
}
