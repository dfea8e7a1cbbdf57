package io.partita.server.grpc;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldSchema;
import io.partita.wire.FunctionSchema;
import io.partita.wire.FunctionType;
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
            // Partita's own bookkeeping keys come from the schema's functions only, never from a client
            params.keySet().removeIf(k -> k.startsWith(FieldSchema.INTERNAL_PARAM_PREFIX));
            if (type == DataType.ARRAY) {
                params.put(FieldSchema.ELEMENT_TYPE, Integer.toString(f.getElementTypeValue()));
            }
            if (f.getIsPartitionKey()) {
                params.put(FieldSchema.PARTITION_KEY, "0"); // the count comes with the request: the engine sets it
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
        fields = functions(wire, fields);
        for (io.partita.wire.StructArrayFieldSchema st : wire.getStructArrayFieldsList()) {
            fields.add(structToEngine(st));
        }
        return new CollectionSchema(
                name, wire.getDescription(), fields, shardsNum, consistencyLevel, wire.getEnableDynamicField());
    }

    /**
     * The schema's functions checked with Milvus's rules and texts (internal/proxy/util.go
     * {@code validateFunction}, {@code checkFunctionBasicParams}, {@code checkFunctionInputField},
     * {@code checkFunctionOutputField}) and recorded on their output fields' type params (only
     * BM25 is served; its output field keeps the input field's name under
     * {@link FieldSchema#BM25_INPUT}).
     */
    static List<FieldSchema> functions(io.partita.wire.CollectionSchema wire, List<FieldSchema> fields) {
        if (wire.getFunctionsCount() == 0) {
            return fields;
        }
        List<FieldSchema> out = new ArrayList<>(fields);
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> outputs = new java.util.HashSet<>();
        for (FunctionSchema fn : wire.getFunctionsList()) {
            String n = fn.getName();
            if (n.isEmpty()) {
                throw Statuses.invalid("function name cannot be empty");
            }
            if (fn.getInputFieldNamesCount() == 0) {
                throw Statuses.invalid("function input field names cannot be empty, function: " + n);
            }
            if (fn.getOutputFieldNamesCount() == 0) {
                throw Statuses.invalid("function output field names cannot be empty, function: " + n);
            }
            List<String> in = fn.getInputFieldNamesList();
            List<String> outNames = fn.getOutputFieldNamesList();
            for (String i : in) {
                if (i.isEmpty()) {
                    throw Statuses.invalid("function input field name cannot be empty string, function: " + n);
                }
                if (java.util.Collections.frequency(in, i) > 1) {
                    throw Statuses.invalid("each function input field should be used exactly once in the same"
                            + " function, function: " + n + ", input field: " + i);
                }
            }
            for (String o : outNames) {
                if (o.isEmpty()) {
                    throw Statuses.invalid("function output field name cannot be empty string, function: " + n);
                }
                if (in.contains(o)) {
                    throw Statuses.invalid("a single field cannot be both input and output in the same function,"
                            + " function: " + n + ", field: " + o);
                }
                if (java.util.Collections.frequency(outNames, o) > 1) {
                    throw Statuses.invalid("each function output field should be used exactly once in the same"
                            + " function, function: " + n + ", output field: " + o);
                }
            }
            if (fn.getType() != FunctionType.BM25) {
                throw Statuses.invalid("check function params with unknown function type");
            }
            if (fn.getParamsCount() != 0) {
                throw Statuses.invalid("BM25 function accepts no params");
            }
            if (!names.add(n)) {
                throw Statuses.invalid("duplicate function name: " + n);
            }
            List<FieldSchema> inputs = new ArrayList<>();
            for (String i : in) {
                FieldSchema f = find(out, i);
                if (f == null) {
                    throw Statuses.invalid("function input field not found: " + i);
                }
                // Milvus 2.6 takes a nullable BM25 input (a null text gives an empty sparse row; the
                // suite's test_full_text_search.py inserts with nullable=True); 2.5 refused it
                inputs.add(f);
            }
            if (inputs.size() != 1 || inputs.get(0).dataType() != DataType.VARCHAR) {
                throw Statuses.invalid("BM25 function input field must be a VARCHAR field, got " + inputs.size()
                        + " field with type " + wireTypeName(inputs.get(0).dataType()));
            }
            if (!inputs.get(0).flag(FieldSchema.ENABLE_ANALYZER)) {
                throw Statuses.invalid("BM25 function input field must set enable_analyzer to true");
            }
            List<FieldSchema> targets = new ArrayList<>();
            for (String o : outNames) {
                FieldSchema f = find(out, o);
                if (f == null) {
                    throw Statuses.invalid("function output field not found: " + o);
                }
                if (f.primaryKey()) {
                    throw Statuses.invalid(
                            "function output field cannot be primary key: function " + n + ", field " + o);
                }
                if (f.nullable()) {
                    throw Statuses.invalid("function output field cannot be nullable: function " + n + ", field " + o);
                }
                if (!outputs.add(o)) {
                    throw Statuses.invalid("duplicate function output field: function " + n + ", field " + o);
                }
                targets.add(f);
            }
            if (targets.size() != 1) {
                throw Statuses.invalid("BM25 function only need 1 output field, but got " + targets.size());
            }
            FieldSchema target = targets.get(0);
            if (target.dataType() != DataType.SPARSE_FLOAT_VECTOR) {
                throw Statuses.invalid("BM25 function output field must be a SparseFloatVector field, but got "
                        + wireTypeName(target.dataType()));
            }
            Map<String, String> params = new LinkedHashMap<>(target.typeParams());
            params.put(FieldSchema.BM25_INPUT, inputs.get(0).name());
            params.put(FieldSchema.FUNCTION_NAME, n);
            params.put(FieldSchema.FUNCTION_DESCRIPTION, fn.getDescription());
            out.set(
                    out.indexOf(target),
                    new FieldSchema(
                            target.fieldId(),
                            target.name(),
                            target.description(),
                            target.dataType(),
                            target.primaryKey(),
                            target.autoId(),
                            params,
                            target.dynamic(),
                            target.nullable(),
                            target.defaultValue()));
        }
        return out;
    }

    /**
     * A {@code StructArrayFieldSchema} as the engine's {@link DataType#STRUCT_ARRAY} field: each
     * sub-field ({@code Array} or {@code ArrayOfVector} on the wire, internal/proxy/util.go
     * {@code ValidateFieldsInStruct}) becomes its element type with its own type params
     * ({@code max_capacity} included: the engine checks and lifts it, StructRules).
     */
    private static FieldSchema structToEngine(io.partita.wire.StructArrayFieldSchema st) {
        List<FieldSchema> subs = new ArrayList<>();
        for (io.partita.wire.FieldSchema f : st.getFieldsList()) {
            if (f.getDataType() != io.partita.wire.DataType.Array
                    && f.getDataType() != io.partita.wire.DataType.ArrayOfVector) {
                throw Statuses.invalid("fields in StructArrayField can only be array or array of struct, but field "
                        + f.getName() + " is " + f.getDataType());
            }
            DataType element = DataType.fromNumber(f.getElementTypeValue());
            if (element == null || element == DataType.STRUCT_ARRAY) {
                throw Statuses.invalid("element type " + f.getElementType() + " of field " + f.getName() + " in struct "
                        + st.getName() + " is not supported");
            }
            Map<String, String> params = toMap(f.getTypeParamsList());
            params.keySet().removeIf(k -> k.startsWith(FieldSchema.INTERNAL_PARAM_PREFIX));
            subs.add(new FieldSchema(
                    0,
                    f.getName(),
                    f.getDescription(),
                    element,
                    f.getIsPrimaryKey(),
                    f.getAutoID(),
                    params,
                    false,
                    f.getNullable(),
                    f.hasDefaultValue() ? defaultValue(f.getDefaultValue()) : null));
        }
        Map<String, String> params = toMap(st.getTypeParamsList());
        params.keySet().removeIf(k -> k.startsWith(FieldSchema.INTERNAL_PARAM_PREFIX));
        // sub-fields' flags travel inside the struct's bookkeeping; the engine refuses what Milvus refuses
        return new FieldSchema(
                0,
                st.getName(),
                st.getDescription(),
                DataType.STRUCT_ARRAY,
                false,
                false,
                io.partita.server.model.StructFields.withSubFields(params, subs));
    }

    /** The wire enum's name of a type ("VarChar", "SparseFloatVector"), as Go's String() prints it. */
    private static String wireTypeName(DataType t) {
        io.partita.wire.DataType w = io.partita.wire.DataType.forNumber(t.number());
        return w == null ? t.name() : w.name();
    }

    private static FieldSchema find(List<FieldSchema> fields, String name) {
        for (FieldSchema f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** AddCollectionField's {@code schema}: one serialized {@code schema.FieldSchema}. */
    static FieldSchema fieldToEngine(String collectionName, ByteString fieldBytes) {
        io.partita.wire.FieldSchema f;
        try {
            f = io.partita.wire.FieldSchema.parseFrom(fieldBytes);
        } catch (InvalidProtocolBufferException e) {
            throw Statuses.invalid(
                    "the field schema added to collection " + collectionName + " cannot be parsed as a FieldSchema");
        }
        io.partita.wire.CollectionSchema one =
                io.partita.wire.CollectionSchema.newBuilder().addFields(f).build();
        List<FieldSchema> fields =
                toEngine(collectionName, one.toByteString(), 0, 0).fields();
        if (fields.isEmpty()) {
            throw Statuses.invalid("not support to add system field, field name = " + f.getName());
        }
        return fields.get(0);
    }

    static io.partita.wire.CollectionSchema toWire(CollectionSchema schema) {
        io.partita.wire.CollectionSchema.Builder b = io.partita.wire.CollectionSchema.newBuilder()
                .setName(schema.name())
                .setDescription(schema.description())
                .setEnableDynamicField(schema.enableDynamicField());
        for (FieldSchema f : schema.fields()) {
            if (f.dataType() == DataType.STRUCT_ARRAY) {
                b.addStructArrayFields(structToWire(f));
                continue;
            }
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
                    .setIsPartitionKey(f.partitionKey())
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
            if (f.bm25Input() != null) {
                b.getFieldsBuilder(b.getFieldsCount() - 1).setIsFunctionOutput(true);
            }
        }
        for (FieldSchema f : schema.fields()) {
            if (f.bm25Input() == null) {
                continue;
            }
            FieldSchema input = schema.field(f.bm25Input());
            b.addFunctions(FunctionSchema.newBuilder()
                    .setName(f.typeParams().getOrDefault(FieldSchema.FUNCTION_NAME, ""))
                    .setDescription(f.typeParams().getOrDefault(FieldSchema.FUNCTION_DESCRIPTION, ""))
                    .setType(FunctionType.BM25)
                    .addInputFieldNames(input.name())
                    .addInputFieldIds(input.fieldId())
                    .addOutputFieldNames(f.name())
                    .addOutputFieldIds(f.fieldId()));
        }
        return b.build();
    }

    /**
     * A struct field as DescribeCollection answers it (internal/proxy {@code restoreStructFieldNames}:
     * sub-fields under their own names): each sub-field an {@code Array} or {@code ArrayOfVector}
     * of its element type carrying the struct's {@code max_capacity}.
     */
    private static io.partita.wire.StructArrayFieldSchema structToWire(FieldSchema f) {
        io.partita.wire.StructArrayFieldSchema.Builder st = io.partita.wire.StructArrayFieldSchema.newBuilder()
                .setFieldID(f.fieldId())
                .setName(f.name())
                .setDescription(f.description());
        String cap = f.typeParams().getOrDefault("max_capacity", "0");
        for (FieldSchema sub : f.structFields()) {
            Map<String, String> params = new LinkedHashMap<>(wireParams(sub));
            params.put("max_capacity", cap);
            st.addFields(io.partita.wire.FieldSchema.newBuilder()
                    .setFieldID(sub.fieldId())
                    .setName(sub.name())
                    .setDescription(sub.description())
                    .setDataType(
                            sub.dataType().isVector()
                                    ? io.partita.wire.DataType.ArrayOfVector
                                    : io.partita.wire.DataType.Array)
                    .setElementTypeValue(sub.dataType().number())
                    .addAllTypeParams(toPairs(params)));
        }
        return st.build();
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
        Map<String, String> m = new LinkedHashMap<>(f.typeParams());
        m.remove(FieldSchema.ELEMENT_TYPE);
        m.keySet().removeIf(k -> k.startsWith(FieldSchema.INTERNAL_PARAM_PREFIX));
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
