package io.partita.server.model;

import java.util.Map;

/**
 * One field of a collection schema. Immutable.
 *
 * @param fieldId assigned by the engine (ignored on create; 100, 101, … in describe results)
 * @param name the field name
 * @param description free text, may be empty
 * @param dataType the type
 * @param primaryKey whether this is the primary key (INT64 or VARCHAR, exactly one per schema)
 * @param autoId whether the engine generates primary keys (INT64 keys, or VARCHAR keys holding the
 *     same numbers as text)
 * @param typeParams {@code dim} for vectors, {@code max_length} for VARCHAR; copied, unmodifiable
 * @param dynamic true only for the hidden {@code $meta} JSON field of a collection created with
 *     {@code enable_dynamic_field}: it holds a row's keys that are not schema fields
 * @param nullable whether rows may hold null (scalar fields only); an insert may omit the field
 * @param defaultValue the value stored for a null or omitted row, or null for none: Boolean,
 *     Long (integer types), Double (FLOAT/DOUBLE) or String (VARCHAR)
 */
public record FieldSchema(
        long fieldId,
        String name,
        String description,
        DataType dataType,
        boolean primaryKey,
        boolean autoId,
        Map<String, String> typeParams,
        boolean dynamic,
        boolean nullable,
        Object defaultValue) {
    /** The name of the hidden JSON field that holds a row's dynamic keys. */
    public static final String DYNAMIC_FIELD_NAME = "$meta";

    public FieldSchema {
        description = description == null ? "" : description;
        typeParams = typeParams == null ? Map.of() : Map.copyOf(typeParams);
    }

    /** A field that is not the dynamic field. */
    public FieldSchema(
            long fieldId,
            String name,
            String description,
            DataType dataType,
            boolean primaryKey,
            boolean autoId,
            Map<String, String> typeParams) {
        this(fieldId, name, description, dataType, primaryKey, autoId, typeParams, false, false, null);
    }

    /** A field that is neither nullable nor has a default value. */
    public FieldSchema(
            long fieldId,
            String name,
            String description,
            DataType dataType,
            boolean primaryKey,
            boolean autoId,
            Map<String, String> typeParams,
            boolean dynamic) {
        this(fieldId, name, description, dataType, primaryKey, autoId, typeParams, dynamic, false, null);
    }

    /** The element type of an ARRAY field (type param {@code element_type}), or null. */
    public DataType elementType() {
        String t = typeParams.get(ELEMENT_TYPE);
        try {
            return t == null ? null : DataType.fromNumber(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The {@code dim} of this field's columns: the vector dimension, for ARRAY the element type's number. */
    public int columnDim() {
        DataType e = elementType();
        return dataType == DataType.ARRAY && e != null ? e.number() : dim();
    }

    /** The type param under which an ARRAY field keeps its element type's wire number. */
    public static final String ELEMENT_TYPE = "element_type";

    /** True when an insert may leave this field out (nullable, or it has a default value). */
    public boolean optional() {
        return nullable || defaultValue != null;
    }

    /**
     * The type param under which a BM25 function's output field keeps the function's input field
     * (a Partita-internal key, never shown to clients: they see the function in the schema).
     */
    public static final String BM25_INPUT = "partita.bm25_input";

    /** The type param under which a BM25 function's output field keeps the function's name. */
    public static final String FUNCTION_NAME = "partita.function_name";

    /** The type param under which a BM25 function's output field keeps the function's description. */
    public static final String FUNCTION_DESCRIPTION = "partita.function_description";

    /**
     * The type param under which a {@link DataType#STRUCT_ARRAY} field keeps its sub-fields
     * ({@link StructFields}).
     */
    public static final String STRUCT_FIELDS = "partita.struct_fields";

    /** The sub-fields of a {@link DataType#STRUCT_ARRAY} field, in order; empty for other fields. */
    public java.util.List<FieldSchema> structFields() {
        return StructFields.read(typeParams);
    }

    /** The prefix of type params that are Partita's own bookkeeping, never shown to clients. */
    public static final String INTERNAL_PARAM_PREFIX = "partita.";

    /** Milvus's type params of full-text search, on a VARCHAR field. */
    public static final String ENABLE_ANALYZER = "enable_analyzer";

    public static final String ENABLE_MATCH = "enable_match";

    public static final String ANALYZER_PARAMS = "analyzer_params";

    /**
     * The type param under which the partition key field ({@code is_partition_key}) keeps the
     * collection's number of hidden partitions ({@code num_partitions}; Partita's bookkeeping, the
     * wire carries the flag in its own field).
     */
    public static final String PARTITION_KEY = "partita.partition_key";

    /** Whether this is the collection's partition key field. */
    public boolean partitionKey() {
        return typeParams.containsKey(PARTITION_KEY);
    }

    /** The number of hidden partitions of a partition key field (as given; validated by the engine). */
    public long numPartitions() {
        try {
            return Long.parseLong(typeParams.getOrDefault(PARTITION_KEY, "0").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A copy with other type params. */
    public FieldSchema withTypeParams(Map<String, String> params) {
        return new FieldSchema(
                fieldId, name, description, dataType, primaryKey, autoId, params, dynamic, nullable, defaultValue);
    }

    /** The input field of the BM25 function whose output this field is, or null. */
    public String bm25Input() {
        return typeParams.get(BM25_INPUT);
    }

    /** Whether a type param is "true" (Milvus's boolean type params). */
    public boolean flag(String key) {
        return "true".equalsIgnoreCase(typeParams.getOrDefault(key, "").trim());
    }

    /** The hidden {@code $meta} JSON field of a collection with dynamic fields enabled. */
    public static FieldSchema dynamicField() {
        return new FieldSchema(0, DYNAMIC_FIELD_NAME, "", DataType.JSON, false, false, Map.of(), true);
    }

    /** A non-key field without type params. */
    public static FieldSchema scalar(String name, DataType type) {
        return new FieldSchema(0, name, "", type, false, false, Map.of());
    }

    /** A float vector field of this dimension. */
    public static FieldSchema floatVector(String name, int dim) {
        return new FieldSchema(0, name, "", DataType.FLOAT_VECTOR, false, false, Map.of("dim", Integer.toString(dim)));
    }

    /** An INT64 primary key. */
    public static FieldSchema int64Key(String name, boolean autoId) {
        return new FieldSchema(0, name, "", DataType.INT64, true, autoId, Map.of());
    }

    /** The vector dimension, or 0 for scalar fields or a missing/invalid {@code dim}. */
    public int dim() {
        String d = typeParams.get("dim");
        if (d == null) {
            return 0;
        }
        try {
            return Integer.parseInt(d.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A copy with another field id. */
    public FieldSchema withFieldId(long id) {
        return new FieldSchema(
                id, name, description, dataType, primaryKey, autoId, typeParams, dynamic, nullable, defaultValue);
    }
}
