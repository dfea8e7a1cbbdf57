package io.partita.grpc;

import io.partita.common.clientenum.FunctionType;
import io.partita.model.CollectionSchema;
import io.partita.model.DataType;
import io.partita.model.FieldSchema;
import io.partita.model.FunctionSchema;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.ValueField;

/** Collection schemas both ways: a {@link CreateCollectionParam} to the serialized wire schema, a wire schema to a Partita one. */
final class SchemaCodec {
    private SchemaCodec() {}

    static CreateCollectionRequest createRequest(CreateCollectionParam p, String db) {
        io.partita.wire.CollectionSchema.Builder schema = io.partita.wire.CollectionSchema.newBuilder()
                .setName(p.getCollectionName())
                .setDescription(p.getDescription() == null ? "" : p.getDescription())
                .setEnableDynamicField(p.isEnableDynamicField());
        for (FieldType f : p.getFieldTypes()) {
            schema.addFields(field(f));
        }
        for (FunctionSchema f : p.getFunctions()) {
            schema.addFunctions(toWire(f));
        }
        for (io.partita.model.StructArrayFieldSchema st : p.getStructArrayFields()) {
            schema.addStructArrayFields(structToWire(st));
        }
        CreateCollectionRequest.Builder b = CreateCollectionRequest.newBuilder()
                .setDbName(db)
                .setCollectionName(p.getCollectionName())
                .setSchema(schema.build().toByteString())
                .setShardsNum(p.getShardsNum())
                .setNumPartitions(p.getPartitionsNum());
        if (p.getConsistencyLevel() != null) {
            b.setConsistencyLevel(WireValues.consistency(p.getConsistencyLevel()));
        }
        return b.build();
    }

    /**
     * A struct array field as the wire has it (milvus-sdk-java 2.6 {@code
     * SchemaUtils.convertToGrpcStructFieldSchema}): each sub-field an {@code Array} (scalars) or
     * {@code ArrayOfVector} (vectors) of its type, carrying the struct's {@code max_capacity}.
     */
    private static io.partita.wire.StructArrayFieldSchema structToWire(io.partita.model.StructArrayFieldSchema st) {
        io.partita.wire.StructArrayFieldSchema.Builder b = io.partita.wire.StructArrayFieldSchema.newBuilder()
                .setName(st.getName())
                .setDescription(st.getDescription());
        for (FieldSchema f : st.getFieldsList()) {
            boolean vector =
                    f.getDataType().getNumber() >= 100 && f.getDataType().getNumber() < 200;
            io.partita.wire.FieldSchema.Builder w = io.partita.wire.FieldSchema.newBuilder()
                    .setName(f.getName())
                    .setDescription(f.getDescription())
                    .setDataType(vector ? io.partita.wire.DataType.ArrayOfVector : io.partita.wire.DataType.Array)
                    .setElementTypeValue(f.getDataType().getNumber());
            for (io.partita.model.KeyValuePair kv : f.getTypeParamsList()) {
                if (!kv.getKey().equals(MAX_CAPACITY)) {
                    w.addTypeParams(WireValues.pair(kv.getKey(), kv.getValue()));
                }
            }
            w.addTypeParams(WireValues.pair(MAX_CAPACITY, Integer.toString(st.getMaxCapacity())));
            b.addFields(w);
        }
        return b.build();
    }

    private static final String MAX_CAPACITY = "max_capacity";

    /** A wire struct array field, its sub-fields typed by their element types and {@code max_capacity} lifted. */
    private static io.partita.model.StructArrayFieldSchema structFromWire(io.partita.wire.StructArrayFieldSchema st) {
        io.partita.model.StructArrayFieldSchema.Builder b = io.partita.model.StructArrayFieldSchema.newBuilder()
                .setFieldID(st.getFieldID())
                .setName(st.getName())
                .setDescription(st.getDescription());
        for (io.partita.wire.FieldSchema f : st.getFieldsList()) {
            FieldSchema.Builder fb = FieldSchema.newBuilder()
                    .setFieldID(f.getFieldID())
                    .setName(f.getName())
                    .setDescription(f.getDescription());
            for (io.partita.wire.KeyValuePair kv : f.getTypeParamsList()) {
                if (kv.getKey().equals(MAX_CAPACITY)) {
                    try {
                        b.setMaxCapacity(Integer.parseInt(kv.getValue().trim()));
                    } catch (NumberFormatException e) {
                        // an unreadable capacity reads as 0
                    }
                } else {
                    fb.addTypeParams(io.partita.model.KeyValuePair.newBuilder()
                            .setKey(kv.getKey())
                            .setValue(kv.getValue())
                            .build());
                }
            }
            DataType element = DataType.forNumber(f.getElementTypeValue());
            if (element != null) {
                fb.setDataType(element);
            }
            b.addFields(fb.build());
        }
        return b.build();
    }

    /** One field as the wire's {@code schema.FieldSchema} (CreateCollection's fields, AddCollectionField's schema). */
    static io.partita.wire.FieldSchema field(FieldType f) {
        io.partita.wire.FieldSchema.Builder field = io.partita.wire.FieldSchema.newBuilder()
                .setName(f.getName())
                .setIsPrimaryKey(f.isPrimaryKey())
                .setDescription(f.getDescription() == null ? "" : f.getDescription())
                .setDataTypeValue(f.getDataType().getNumber())
                .addAllTypeParams(WireValues.toWirePairs(f.getTypeParams()))
                .setAutoID(f.isAutoID())
                .setIsPartitionKey(f.isPartitionKey())
                .setNullable(f.isNullable())
                .setElementTypeValue(f.getElementType().getNumber());
        if (f.getDefaultValue() != null) {
            field.setDefaultValue(defaultValue(f.getDataType(), f.getDefaultValue()));
        }
        return field.build();
    }

    static CollectionSchema fromWire(io.partita.wire.CollectionSchema s) {
        CollectionSchema.Builder b = CollectionSchema.newBuilder()
                .setName(s.getName())
                .setDescription(s.getDescription())
                .setAutoID(s.getAutoID())
                .setEnableDynamicField(s.getEnableDynamicField());
        for (io.partita.wire.FieldSchema f : s.getFieldsList()) {
            FieldSchema.Builder fb = FieldSchema.newBuilder()
                    .setFieldID(f.getFieldID())
                    .setName(f.getName())
                    .setIsPrimaryKey(f.getIsPrimaryKey())
                    .setDescription(f.getDescription())
                    .addAllTypeParams(WireValues.pairs(f.getTypeParamsList()))
                    .addAllIndexParams(WireValues.pairs(f.getIndexParamsList()))
                    .setAutoID(f.getAutoID())
                    .setIsPartitionKey(f.getIsPartitionKey())
                    .setIsDynamic(f.getIsDynamic())
                    .setNullable(f.getNullable())
                    .setHasDefaultValue(f.hasDefaultValue());
            DataType type = DataType.forNumber(f.getDataTypeValue());
            if (type != null) {
                fb.setDataType(type);
            }
            DataType element = DataType.forNumber(f.getElementTypeValue());
            if (element != null) {
                fb.setElementType(element);
            }
            b.addFields(fb.build());
        }
        for (io.partita.wire.FunctionSchema f : s.getFunctionsList()) {
            FunctionSchema.Builder fb = FunctionSchema.newBuilder()
                    .setName(f.getName())
                    .setDescription(f.getDescription())
                    .setType(FunctionType.forCode(f.getTypeValue()))
                    .addAllInputFieldNames(f.getInputFieldNamesList())
                    .addAllOutputFieldNames(f.getOutputFieldNamesList());
            WireValues.pairs(f.getParamsList()).forEach(fb::addParams);
            b.addFunctions(fb.build());
        }
        for (io.partita.wire.StructArrayFieldSchema st : s.getStructArrayFieldsList()) {
            b.addStructArrayFields(structFromWire(st));
        }
        return b.build();
    }

    /** A function of a schema or of a search's function score, as schema.proto's FunctionSchema. */
    static io.partita.wire.FunctionSchema toWire(FunctionSchema f) {
        return io.partita.wire.FunctionSchema.newBuilder()
                .setName(f.getName())
                .setDescription(f.getDescription())
                .setTypeValue(f.getType().getCode())
                .addAllInputFieldNames(f.getInputFieldNamesList())
                .addAllOutputFieldNames(f.getOutputFieldNamesList())
                .addAllParams(WireValues.toWirePairs(pairs(f)))
                .build();
    }

    private static java.util.Map<String, String> pairs(FunctionSchema f) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        f.getParamsList().forEach(kv -> out.put(kv.getKey(), kv.getValue()));
        return out;
    }

    /** @return a default value as Milvus's {@code ValueField}: the member that matches the field's type */
    private static ValueField defaultValue(DataType type, Object value) {
        ValueField.Builder v = ValueField.newBuilder();
        switch (type) {
            case Bool:
                return v.setBoolData((Boolean) value).build();
            case Int8:
            case Int16:
            case Int32:
                return v.setIntData(((Number) value).intValue()).build();
            case Int64:
                return v.setLongData(((Number) value).longValue()).build();
            case Float:
                return v.setFloatData(((Number) value).floatValue()).build();
            case Double:
                return v.setDoubleData(((Number) value).doubleValue()).build();
            default:
                return v.setStringData(String.valueOf(value)).build();
        }
    }
}
