package io.partita.v2.service.vector.request;

import com.google.gson.JsonObject;
import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Upserts rows into a collection or partition ({@code MilvusClientV2.upsert}, Milvus 2.3+): a row
 * whose primary key is stored replaces it, the others are inserted. Each row is a
 * {@link JsonObject} holding one value per field of the schema, as for {@link InsertReq}.
 * Partial updates (the official 2.6 {@code partialUpdate}/{@code fieldOps}) are not offered.
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class UpsertReq {
    /** The rows (required, not empty). */
    private final List<JsonObject> data;
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The partition; empty means the default partition. */
    private final String partitionName;

    @Builder
    private UpsertReq(List<JsonObject> data, String databaseName, String collectionName, String partitionName) {
        Checks.notEmpty(data, "UpsertReq.data");
        Checks.notBlank(collectionName, "UpsertReq.collectionName");
        this.data = Checks.copy(data);
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionName = partitionName == null ? "" : partitionName;
    }

    /** Builds a {@link UpsertReq}; unset fields take the defaults documented on the getters. */
    public static class UpsertReqBuilder {
        private String partitionName = "";
    }

    @Override
    public String toString() {
        return "UpsertReq{" + "data=" + data + ", "
                + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "partitionName=" + partitionName + "}";
    }
}
