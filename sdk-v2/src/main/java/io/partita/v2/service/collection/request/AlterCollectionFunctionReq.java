package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Replaces a function of a collection's schema by a new definition of the same name
 * ({@code MilvusClientV2.alterCollectionFunction}; AlterCollectionFunction, Milvus 2.6). Milvus 2.6
 * refuses to alter a BM25 function.
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class AlterCollectionFunctionReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The function (required). */
    private final CreateCollectionReq.Function function;

    @Builder
    private AlterCollectionFunctionReq(
            String databaseName, String collectionName, CreateCollectionReq.Function function) {
        Checks.notBlank(collectionName, "AlterCollectionFunctionReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.function = Checks.checked(function, "AlterCollectionFunctionReq.function");
    }

    /** Builds a {@link AlterCollectionFunctionReq}. */
    public static class AlterCollectionFunctionReqBuilder {}

    @Override
    public String toString() {
        return "AlterCollectionFunctionReq{databaseName=" + databaseName + ", collectionName=" + collectionName
                + ", function=" + function + "}";
    }
}
