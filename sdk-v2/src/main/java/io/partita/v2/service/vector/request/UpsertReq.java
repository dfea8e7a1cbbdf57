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
 * With {@code partialUpdate} (Milvus 2.6) the rows give only the fields to change (and the primary
 * key): a stored row keeps its other values; a row with a new key must give every field that is
 * neither nullable nor has a default value. Field ops other than {@link FieldPartialUpdateOp.OpType#REPLACE}
 * (array appends and removals) are refused before sending, as the reference server does not apply them.
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
    /** Whether the rows give only some fields (Milvus 2.6's partial update); default false. */
    private final boolean partialUpdate;
    /**
     * How each given field is merged into the stored row; {@code null} (the default) means every
     * field is replaced. A non-REPLACE op implies a partial update.
     */
    private final List<FieldPartialUpdateOp> fieldOps;

    @Builder
    private UpsertReq(
            List<JsonObject> data,
            String databaseName,
            String collectionName,
            String partitionName,
            boolean partialUpdate,
            List<FieldPartialUpdateOp> fieldOps) {
        Checks.notEmpty(data, "UpsertReq.data");
        Checks.notBlank(collectionName, "UpsertReq.collectionName");
        this.data = Checks.copy(data);
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionName = partitionName == null ? "" : partitionName;
        this.partialUpdate = partialUpdate;
        this.fieldOps = fieldOps == null ? null : Checks.copy(fieldOps);
    }

    /** Builds a {@link UpsertReq}; unset fields take the defaults documented on the getters. */
    public static class UpsertReqBuilder {
        private String partitionName = "";
    }

    /** How one field's given values are applied to a stored row in a partial update (Milvus 2.6). */
    @Getter
    public static final class FieldPartialUpdateOp {
        /** The field the op applies to (one of the rows' fields). */
        private final String fieldName;
        /** The op; default {@link OpType#REPLACE}. */
        private final OpType opType;

        @Builder
        private FieldPartialUpdateOp(String fieldName, OpType opType) {
            this.fieldName = fieldName;
            this.opType = opType == null ? OpType.REPLACE : opType;
        }

        /** Builds a {@link FieldPartialUpdateOp}; the op defaults to REPLACE. */
        public static class FieldPartialUpdateOpBuilder {
            private OpType opType = OpType.REPLACE;
        }

        /** The merge of a field's values (milvus.proto schema.FieldPartialUpdateOp.OpType). */
        public enum OpType {
            /** The given value replaces the stored one. */
            REPLACE,
            /** The given elements are appended to the stored array (not served by the reference server). */
            ARRAY_APPEND,
            /** The given elements are removed from the stored array (not served by the reference server). */
            ARRAY_REMOVE
        }

        @Override
        public String toString() {
            return "FieldPartialUpdateOp{fieldName='" + fieldName + "', opType=" + opType + "}";
        }
    }

    @Override
    public String toString() {
        return "UpsertReq{" + "data=" + data + ", "
                + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "partitionName=" + partitionName + ", "
                + "partialUpdate=" + partialUpdate + ", "
                + "fieldOps=" + fieldOps + "}";
    }
}
