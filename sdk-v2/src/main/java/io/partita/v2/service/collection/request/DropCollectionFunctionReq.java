package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Removes a function from a collection's schema ({@code MilvusClientV2.dropCollectionFunction};
 * DropCollectionFunction, Milvus 2.6). Dropping a function the collection does not have succeeds and
 * changes nothing; Milvus 2.6 refuses to drop a BM25 function.
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DropCollectionFunctionReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The function's name (required). */
    private final String functionName;

    @Builder
    private DropCollectionFunctionReq(String databaseName, String collectionName, String functionName) {
        Checks.notBlank(collectionName, "DropCollectionFunctionReq.collectionName");
        Checks.notBlank(functionName, "DropCollectionFunctionReq.functionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.functionName = functionName;
    }

    /** Builds a {@link DropCollectionFunctionReq}. */
    public static class DropCollectionFunctionReqBuilder {}

    @Override
    public String toString() {
        return "DropCollectionFunctionReq{databaseName=" + databaseName + ", collectionName=" + collectionName
                + ", functionName=" + functionName + "}";
    }
}
