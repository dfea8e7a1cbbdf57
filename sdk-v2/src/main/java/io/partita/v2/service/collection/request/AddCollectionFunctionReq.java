package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Adds a function to a collection's schema ({@code MilvusClientV2.addCollectionFunction};
 * AddCollectionFunction, Milvus 2.6). Milvus 2.6 refuses to add a BM25 function this way.
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class AddCollectionFunctionReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The function (required). */
    private final CreateCollectionReq.Function function;

    @Builder
    private AddCollectionFunctionReq(
            String databaseName, String collectionName, CreateCollectionReq.Function function) {
        Checks.notBlank(collectionName, "AddCollectionFunctionReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.function = Checks.checked(function, "AddCollectionFunctionReq.function");
    }

    /** Builds a {@link AddCollectionFunctionReq}. */
    public static class AddCollectionFunctionReqBuilder {}

    @Override
    public String toString() {
        return "AddCollectionFunctionReq{databaseName=" + databaseName + ", collectionName=" + collectionName
                + ", function=" + function + "}";
    }
}
