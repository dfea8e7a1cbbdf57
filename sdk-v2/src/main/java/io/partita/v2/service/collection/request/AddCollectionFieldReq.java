package io.partita.v2.service.collection.request;

import io.partita.v2.common.DataType;
import io.partita.v2.internal.Checks;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Appends a field to an existing collection ({@code MilvusClientV2.addCollectionField};
 * AddCollectionField, Milvus 2.6): the field settings of {@link AddFieldReq} plus the collection.
 * The server takes nullable fields only ({@code isNullable(true)}); rows stored before read the
 * field as null, or as its {@code defaultValue}.
 *
 * <p>The official class extends {@code AddFieldReq} through a generic builder; Partita's is a class
 * of its own with the same builder methods and getters, so chained calls compile unchanged.
 *
 * <p>Immutable: maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class AddCollectionFieldReq {
    /** The collection (required). */
    private final String collectionName;
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The new field's name (required). */
    private final String fieldName;
    /** The field's description. Default empty. */
    private final String description;
    /** The field's type (required). */
    private final DataType dataType;
    /** The maximum length of a VarChar field (or of an Array of VarChar's elements). Default 65535. */
    private final Integer maxLength;
    /** Must stay {@code false}: a primary key cannot be added. Default {@code false}. */
    private final Boolean isPrimaryKey;
    /** Must stay {@code false}: a partition key cannot be added. Default {@code false}. */
    private final Boolean isPartitionKey;
    /** Whether the field is the clustering key. Default {@code false}. */
    private final Boolean isClusteringKey;
    /** Must stay {@code false}. Default {@code false}. */
    private final Boolean autoID;
    /** The dimension of a vector field. */
    private final Integer dimension;
    /** The element type of an Array field. */
    private final DataType elementType;
    /** The maximum number of elements of an Array field. */
    private final Integer maxCapacity;
    /** Must be {@code true}: the server adds nullable fields only. Default {@code false}. */
    private final Boolean isNullable;
    /** The value rows stored before the call (and rows that omit the field) read. Default none. */
    private final Object defaultValue;
    /**
     * Whether {@code defaultValue} is meant, even when null (the official flag: set by the builder's
     * {@code defaultValue}, or by {@code enableDefaultValue}); a null default of a field that is not
     * nullable is then refused ({@code INVALID_PARAMS}). Default {@code false}.
     */
    private final boolean enableDefaultValue;
    /** More type params, sent as they are. Default empty. */
    private final Map<String, String> typeParams;
    /** Whether a VarChar field is tokenized for full-text search. */
    private final Boolean enableAnalyzer;
    /** The analyzer's settings. Default empty. */
    private final Map<String, Object> analyzerParams;
    /** Whether text match is enabled. */
    private final Boolean enableMatch;
    /** Multi-language analyzer settings. Default empty. */
    private final Map<String, Object> multiAnalyzerParams;

    @Builder
    private AddCollectionFieldReq(
            String collectionName,
            String databaseName,
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
            Map<String, Object> multiAnalyzerParams) {
        Checks.notBlank(collectionName, "AddCollectionFieldReq.collectionName");
        Checks.notBlank(fieldName, "AddCollectionFieldReq.fieldName");
        Checks.notNull(dataType, "AddCollectionFieldReq.dataType of field '" + fieldName + "'");
        this.collectionName = collectionName;
        this.databaseName = databaseName;
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
    }

    /** Builds an {@link AddCollectionFieldReq}; unset fields take the defaults documented on the getters. */
    public static class AddCollectionFieldReqBuilder {
        /**
         * @param defaultValue the field's default value; also sets {@code enableDefaultValue}, as the
         *     official builder does
         * @return this
         */
        public AddCollectionFieldReqBuilder defaultValue(Object defaultValue) {
            this.defaultValue = defaultValue;
            this.enableDefaultValue = true;
            return this;
        }
    }

    @Override
    public String toString() {
        return "AddCollectionFieldReq{collectionName=" + collectionName + ", databaseName=" + databaseName
                + ", fieldName=" + fieldName + ", dataType=" + dataType + ", isNullable=" + isNullable
                + ", defaultValue=" + defaultValue + "}";
    }
}
