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
