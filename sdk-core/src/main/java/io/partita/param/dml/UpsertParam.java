package io.partita.param.dml;

import io.partita.exception.ParamException;
import java.util.ArrayList;
import java.util.List;

/**
 * Upserts entities (Milvus 2.3+): rows whose primary key exists replace the stored rows, the
 * others are inserted. The columns are those of an insert, one {@link InsertParam.Field} per
 * schema field, and they are checked by {@link InsertParam}'s own rules: an upsert is an
 * {@link InsertParam} with another call (the official {@code UpsertParam} extends
 * {@code InsertParam} for the same reason).
 *
 * <p>Field types may be left out: the client reads the collection's schema and fills them in,
 * as for an insert. Immutable and thread-safe.
 */
public final class UpsertParam {
    private final InsertParam columns;
    private final boolean partialUpdate;

    private UpsertParam(InsertParam columns, boolean partialUpdate) {
        this.columns = columns;
        this.partialUpdate = partialUpdate;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return columns.getCollectionName();
    }
    /** @return the partition name; empty for {@code _default} */
    public String getPartitionName() {
        return columns.getPartitionName();
    }
    /** @return the columns; unmodifiable */
    public List<InsertParam.Field> getFields() {
        return columns.getFields();
    }
    /** @return the number of rows */
    public int getRowCount() {
        return columns.getRowCount();
    }

    /**
     * @return whether the rows give only some fields (Milvus 2.6's partial update): a row whose key
     *     is stored keeps the stored values of the others; a new key's row must give every required field
     */
    public boolean isPartialUpdate() {
        return partialUpdate;
    }

    /** @return the same collection, partition and columns as an insert (the shared column rules) */
    public InsertParam asInsertParam() {
        return columns;
    }

    /**
     * @param typedFields the same columns with their types filled in
     * @return a copy of this upsert with those columns
     */
    public UpsertParam withTypedFields(List<InsertParam.Field> typedFields) {
        return new UpsertParam(columns.withTypedFields(typedFields), partialUpdate);
    }

    @Override
    public String toString() {
        return "UpsertParam{collectionName=" + getCollectionName() + ", partitionName=" + getPartitionName()
                + ", fields=" + getFields() + ", rowCount=" + getRowCount() + ", partialUpdate=" + partialUpdate + "}";
    }

    /** Builder for {@link UpsertParam}; not thread-safe. */
    public static final class Builder {
        private final InsertParam.Builder columns = InsertParam.newBuilder();
        private boolean partialUpdate;

        private Builder() {}

        /**
         * @param collectionName the collection name
         * @return this
         */
        public Builder withCollectionName(String collectionName) {
            columns.withCollectionName(collectionName);
            return this;
        }
        /**
         * @param partitionName the partition; default empty for {@code _default}
         * @return this
         */
        public Builder withPartitionName(String partitionName) {
            columns.withPartitionName(partitionName);
            return this;
        }
        /**
         * @param fields the columns
         * @return this
         */
        public Builder withFields(List<InsertParam.Field> fields) {
            columns.withFields(fields == null ? null : new ArrayList<>(fields));
            return this;
        }

        /**
         * @param partialUpdate whether the rows give only some fields (Milvus 2.6, sent as
         *     {@code UpsertRequest.partial_update}; a server before 2.6 ignores it and replaces
         *     whole rows); default false
         * @return this
         */
        public Builder withPartialUpdate(boolean partialUpdate) {
            this.partialUpdate = partialUpdate;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws ParamException naming the bad field and value (InsertParam's rules)
         */
        public UpsertParam build() {
            return new UpsertParam(columns.build(), partialUpdate);
        }
    }
}
