package io.partita.server.grpc;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldSchema;
import io.partita.wire.KeyValuePair;
import io.partita.wire.ValueField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts {@code schema.CollectionSchema} (serialized in CreateCollection) to and from the engine's schema. */
final class SchemaCodec {
    private SchemaCodec() {}

    static CollectionSchema toEngine(
            String collectionName, ByteString schemaBytes, int shardsNum, int consistencyLevel) {
        if (schemaBytes.isEmpty()) {
            throw Statuses.invalid("schema of collection " + collectionName + " is empty");
        }
        io.partita.wire.CollectionSchema wire;
        try {
            wire = io.partita.wire.CollectionSchema.parseFrom(schemaBytes);
        } catch (InvalidProtocolBufferException e) {
            throw Statuses.invalid(
                    "schema of collection " + collectionName + " cannot be parsed as a CollectionSchema");
        }
        String name = wire.getName().isEmpty() ? collectionName : wire.getName();
        if (!name.equals(collectionName)) {
            throw Statuses.invalid("collection name = " + collectionName + ", schema.Name=" + wire.getName());
        }
        List<FieldSchema> fields = new ArrayList<>();
        for (io.partita.wire.FieldSchema f : wire.getFieldsList()) {
            if (f.getIsDynamic()) {
                continue; // the engine adds $meta itself when enable_dynamic_field is set
            }
            DataType type = DataType.fromNumber(f.getDataTypeValue());
            if (type == null) {
                throw Statuses.invalid("field " + f.getName() + ": data type " + f.getDataType()
                        + " is not supported by the Partita reference server");
            }
            Map<String, String> params = toMap(f.getTypeParamsList());
            if (type == DataType.ARRAY) {
                params.put(FieldSchema.ELEMENT_TYPE, Integer.toString(f.getElementTypeValue()));
            }
            fields.add(new FieldSchema(
                    0,
                    f.getName(),
                    f.getDescription(),
                    type,
                    f.getIsPrimaryKey(),
                    f.getAutoID(),
                    params,
                    false,
                    f.getNullable(),
                    f.hasDefaultValue() ? defaultValue(f.getDefaultValue()) : null));
        }
        return new CollectionSchema(
                name, wire.getDescription(), fields, shardsNum, consistencyLevel, wire.getEnableDynamicField());
    }

    static io.partita.wire.CollectionSchema toWire(CollectionSchema schema) {
        io.partita.wire.CollectionSchema.Builder b = io.partita.wire.CollectionSchema.newBuilder()
                .setName(schema.name())
                .setDescription(schema.description())
                .setEnableDynamicField(schema.enableDynamicField());
        for (FieldSchema f : schema.fields()) {
            if (f.dynamic()) {
                continue; // Milvus's DescribeCollection leaves the hidden $meta field out
            }
            b.addFields(io.partita.wire.FieldSchema.newBuilder()
                    .setFieldID(f.fieldId())
                    .setName(f.name())
                    .setDescription(f.description())
                    .setDataTypeValue(f.dataType().number())
                    .setIsPrimaryKey(f.primaryKey())
                    .setAutoID(f.autoId())
                    .setNullable(f.nullable())
                    .addAllTypeParams(toPairs(wireParams(f))));
            if (f.elementType() != null) {
                b.getFieldsBuilder(b.getFieldsCount() - 1)
                        .setElementTypeValue(f.elementType().number());
            }
            if (f.defaultValue() != null) {
                b.getFieldsBuilder(b.getFieldsCount() - 1)
                        .setDefaultValue(defaultValue(f.dataType(), f.defaultValue()));
            }
            if (f.primaryKey() && f.autoId()) {
                b.setAutoID(true);
            }
        }
        return b.build();
    }

    /** A default value as Boolean, Long, Double or String; null when the message holds none. */
    static Object defaultValue(ValueField v) {
        return switch (v.getDataCase()) {
            case BOOL_DATA -> v.getBoolData();
            case INT_DATA -> (long) v.getIntData();
            case LONG_DATA -> v.getLongData();
            case FLOAT_DATA -> (double) v.getFloatData();
            case DOUBLE_DATA -> v.getDoubleData();
            case STRING_DATA -> v.getStringData();
            default -> null;
        };
    }

    static ValueField defaultValue(DataType type, Object v) {
        ValueField.Builder b = ValueField.newBuilder();
        switch (type) {
            case BOOL -> b.setBoolData((Boolean) v);
            case INT8, INT16, INT32 -> b.setIntData(((Long) v).intValue());
            case INT64 -> b.setLongData((Long) v);
            case FLOAT -> b.setFloatData(((Double) v).floatValue());
            case DOUBLE -> b.setDoubleData((Double) v);
            default -> b.setStringData(v.toString());
        }
        return b.build();
    }

    /** Type params as clients see them: an ARRAY's element type travels in its own field. */
    private static Map<String, String> wireParams(FieldSchema f) {
        if (!f.typeParams().containsKey(FieldSchema.ELEMENT_TYPE)) {
            return f.typeParams();
        }
        Map<String, String> m = new LinkedHashMap<>(f.typeParams());
        m.remove(FieldSchema.ELEMENT_TYPE);
        return m;
    }

    static Map<String, String> toMap(List<KeyValuePair> pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (KeyValuePair p : pairs) {
            out.put(p.getKey(), p.getValue());
        }
        return out;
    }

    static List<KeyValuePair> toPairs(Map<String, String> map) {
        List<KeyValuePair> out = new ArrayList<>();
        map.forEach((k, v) ->
                out.add(KeyValuePair.newBuilder().setKey(k).setValue(v).build()));
        return out;
    }
}
