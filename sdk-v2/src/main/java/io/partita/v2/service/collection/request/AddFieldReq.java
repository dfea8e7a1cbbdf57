package io.partita.v2.service.collection.request;

import io.partita.v2.common.DataType;
import io.partita.v2.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * One field to add to a {@link CreateCollectionReq.CollectionSchema} with
 * {@link CreateCollectionReq.CollectionSchema#addField}. {@code fieldName} and {@code dataType} are
 * required; a vector field needs {@code dimension}, a VarChar field {@code maxLength} (default
 * 65535). A VarChar field read by a BM25 function sets {@code enableAnalyzer} (and optionally
 * {@code analyzerParams}); {@code enableMatch} allows {@code text_match} filters. Immutable.
 */
@Getter
public final class AddFieldReq {
    private final String fieldName;
    private final String description;
    private final DataType dataType;
    private final Integer maxLength;
    private final Boolean isPrimaryKey;
    private final Boolean isPartitionKey;
    private final Boolean isClusteringKey;
    private final Boolean autoID;
    private final Integer dimension;
    private final DataType elementType;
    private final Integer maxCapacity;
    private final Boolean isNullable;
    private final Object defaultValue;
    /**
     * Whether {@code defaultValue} is meant, even when null (the official flag: set by the builder's
     * {@code defaultValue}, or by {@code enableDefaultValue}); a null default of a field that is not
     * nullable is then refused ({@code INVALID_PARAMS}). Default {@code false}.
     */
    private final boolean enableDefaultValue;

    private final Map<String, String> typeParams;
    /** Whether the VarChar field's text is analyzed into tokens (for BM25 and text match); {@code null} for not set. */
    private final Boolean enableAnalyzer;
    /** The analyzer, e.g. {@code {"type": "english"}}; empty for the standard one. */
    private final Map<String, Object> analyzerParams;
    /** Whether {@code text_match} filters may run on the field; {@code null} for not set. */
    private final Boolean enableMatch;
    /** Analyzers chosen per row by another field (Milvus 2.5.11+); empty for none. */
    private final Map<String, Object> multiAnalyzerParams;
    /**
     * The sub-fields of a struct array field ({@code dataType} Array, {@code elementType} Struct,
     * Milvus 2.6), added with {@code addStructField}; empty for other fields.
     */
    private final List<CreateCollectionReq.FieldSchema> structFields;

    @Builder
    private AddFieldReq(
            String fieldName,
            String description,
            DataType dataType,
            Integer maxLength,
            Boolean isPrimaryKey,
            Boolean isPartitionKey,
            Boolean isClusteringKey,
            Boolean autoID,
            Integer dimension,
            DataType elementType,
            Integer maxCapacity,
            Boolean isNullable,
            Object defaultValue,
            Boolean enableDefaultValue,
            Map<String, String> typeParams,
            Boolean enableAnalyzer,
            Map<String, Object> analyzerParams,
            Boolean enableMatch,
            Map<String, Object> multiAnalyzerParams,
            List<CreateCollectionReq.FieldSchema> structFields) {
        Checks.notBlank(fieldName, "AddFieldReq.fieldName");
        Checks.notNull(dataType, "AddFieldReq.dataType of field '" + fieldName + "'");
        this.fieldName = fieldName;
        this.description = description == null ? "" : description;
        this.dataType = dataType;
        this.maxLength = maxLength == null ? 65535 : maxLength;
        this.isPrimaryKey = Boolean.TRUE.equals(isPrimaryKey);
        this.isPartitionKey = Boolean.TRUE.equals(isPartitionKey);
        this.isClusteringKey = Boolean.TRUE.equals(isClusteringKey);
        this.autoID = Boolean.TRUE.equals(autoID);
        this.dimension = dimension;
        this.elementType = elementType;
        this.maxCapacity = maxCapacity;
        this.isNullable = Boolean.TRUE.equals(isNullable);
        this.defaultValue = defaultValue;
        this.enableDefaultValue = Boolean.TRUE.equals(enableDefaultValue);
        DefaultValues.check(this.enableDefaultValue, defaultValue, this.isNullable, fieldName);
        this.typeParams = Checks.copy(typeParams);
        this.enableAnalyzer = enableAnalyzer;
        this.analyzerParams = Checks.copy(analyzerParams);
        this.enableMatch = enableMatch;
        this.multiAnalyzerParams = Checks.copy(multiAnalyzerParams);
        this.structFields = Checks.copy(structFields);
    }

    /**
     * Builds an {@link AddFieldReq}; unset fields take the defaults documented on the getters;
     * {@link #addStructField} adds one struct sub-field.
     */
    public static class AddFieldReqBuilder {
        private List<CreateCollectionReq.FieldSchema> structFields = new ArrayList<>();

        /**
         * Adds one sub-field to a struct array field (as the official builder does): a vector or
         * scalar field, not an Array or Struct.
         *
         * @return this builder
         */
        public AddFieldReqBuilder addStructField(AddFieldReq addFieldReq) {
            Checks.notNull(addFieldReq, "AddFieldReq.addStructField(addFieldReq)");
            List<CreateCollectionReq.FieldSchema> next =
                    new ArrayList<>(structFields == null ? List.of() : structFields);
            next.add(CreateCollectionReq.FieldSchema.of(addFieldReq));
            structFields = next;
            return this;
        }

        /**
         * @param defaultValue the field's default value; also sets {@code enableDefaultValue}, as the
         *     official builder does
         * @return this
         */
        public AddFieldReqBuilder defaultValue(Object defaultValue) {
            this.defaultValue = defaultValue;
            this.enableDefaultValue = true;
            return this;
        }
    }

    @Override
    public String toString() {
        return "AddFieldReq{fieldName=" + fieldName + ", dataType=" + dataType + ", dimension=" + dimension
                + ", maxLength=" + maxLength + ", isPrimaryKey=" + isPrimaryKey + ", autoID=" + autoID + "}";
    }
}
