package io.partita.v2.service.collection.response;

import io.partita.v2.internal.Checks;
import io.partita.v2.service.collection.CollectionInfo;
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
    /** The collections with what the server reports of each, in the order of {@code collectionNames}. */
    private final List<CollectionInfo> collectionInfos;

    @Builder
    private ListCollectionsResp(List<String> collectionNames, List<CollectionInfo> collectionInfos) {
        this.collectionNames = Checks.copy(collectionNames);
        this.collectionInfos = Checks.copy(collectionInfos);
    }

    @Override
    public String toString() {
        return "ListCollectionsResp{" + "collectionNames=" + collectionNames + "}";
    }
}
