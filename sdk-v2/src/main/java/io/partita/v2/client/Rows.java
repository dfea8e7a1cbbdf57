package io.partita.v2.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.partita.model.CollectionSchema;
import io.partita.model.FieldSchema;
import io.partita.param.dml.InsertParam;
import io.partita.v2.internal.Checks;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns the V2 API's {@code JsonObject} rows into sdk-core's typed columns, one per schema field,
 * with the Java types of {@link io.partita.model.FieldData}: JSON values as their text, arrays as
 * lists, sparse vectors from an object of index → value, binary, float16, bfloat16 and int8 vectors
 * from an array of their bytes; a function's output field is left to the server; a dynamic schema's undeclared keys go to
 * the hidden {@code $meta} column, one JSON object per row. A row that lacks a field that is neither
 * nullable nor defaulted, has a key a fixed schema does not know, or holds a value of the wrong JSON
 * kind is refused with a message naming the row index and the field.
 */
final class Rows {
    /** The hidden JSON field that holds a dynamic schema's undeclared keys. */
    static final String DYNAMIC_FIELD = "$meta";

    private Rows() {}

    static List<InsertParam.Field> toColumns(List<JsonObject> rows, CollectionSchema schema) {
        return toColumns(rows, schema, false);
    }

    /**
     * @param upsert whether the rows are upserted: an upsert names the rows it replaces by their
     *     primary key, an auto-id key too (the server requires it, see InsertPreparer), where an
     *     insert must leave an auto-id key out
     */
    static List<InsertParam.Field> toColumns(List<JsonObject> rows, CollectionSchema schema, boolean upsert) {
        return toColumns(rows, schema, upsert, false);
    }

    /**
     * @param partial a partial upsert (Milvus 2.6): a field no row gives is not sent (the server
     *     keeps the stored value); a field some row gives must be given by every row
     */
    static List<InsertParam.Field> toColumns(
            List<JsonObject> rows, CollectionSchema schema, boolean upsert, boolean partial) {
        String verb = upsert ? "upsert into " : "insert into ";
        List<InsertParam.Field> columns = new ArrayList<>();
        Set<String> functionOutputs = new HashSet<>();
        schema.getFunctionsList().forEach(fn -> functionOutputs.addAll(fn.getOutputFieldNamesList()));
        for (FieldSchema f : schema.getFieldsList()) {
            if ((f.getIsPrimaryKey() && f.getAutoID() && !upsert)
                    || f.getIsDynamic()
                    || functionOutputs.contains(f.getName())) {
                continue; // a function's output (a BM25 sparse field) is filled by the server
            }
            if (partial && rows.stream().noneMatch(row -> row.has(f.getName()))) {
                continue;
            }
            List<Object> values = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                JsonElement v = rows.get(i).get(f.getName());
                if (v != null && !v.isJsonNull()) {
                    values.add(value(v, f, i));
                } else if (f.getNullable() || f.hasDefaultValue()) {
                    values.add(null); // sent as an invalid row: null, or the server fills the default
                } else {
                    throw Checks.invalid(
                            verb + schema.getName() + ": row " + i + " has no value for field '" + f.getName() + "'");
                }
            }
            columns.add(new InsertParam.Field(f.getName(), f.getDataType(), f.getElementType(), values));
        }
        for (io.partita.model.StructArrayFieldSchema st : schema.getStructArrayFieldsList()) {
            if (partial && rows.stream().noneMatch(row -> row.has(st.getName()))) {
                continue;
            }
            List<Object> values = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                values.add(structs(rows.get(i).get(st.getName()), st, i, verb + schema.getName()));
            }
            columns.add(InsertParam.Field.ofStructs(st.getName(), st.getFieldsList(), values));
        }
        List<Object> dynamic = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonObject extra = new JsonObject();
            for (String key : rows.get(i).keySet()) {
                FieldSchema f = Schemas.field(schema, key);
                if (f == null
                        && schema.getStructArrayFieldsList().stream()
                                .anyMatch(st -> st.getName().equals(key))) {
                    continue; // a struct array field's column, made above
                }
                if (f == null && !schema.getEnableDynamicField()) {
                    throw Checks.invalid(verb + schema.getName() + ": row " + i + " has field '" + key
                            + "', which the collection does not have (its schema has no dynamic field)");
                }
                if (f == null) {
                    extra.add(key, rows.get(i).get(key));
                } else if (functionOutputs.contains(key)) {
                    throw Checks.invalid(verb + schema.getName() + ": row " + i + " sets field '" + key
                            + "', the output of a function, which the server fills");
                } else if (f.getIsPrimaryKey() && f.getAutoID() && !upsert) {
                    throw Checks.invalid("insert into " + schema.getName() + ": row " + i + " sets the primary key '"
                            + key + "', which the server generates (autoID)");
                }
            }
            dynamic.add(extra.toString());
        }
        if (schema.getEnableDynamicField()) {
            columns.add(new InsertParam.Field(DYNAMIC_FIELD, io.partita.model.DataType.JSON, dynamic));
        }
        return columns;
    }

    private static Object value(JsonElement v, FieldSchema f, int row) {
        try {
            switch (f.getDataType()) {
                case Bool:
                    return v.getAsBoolean();
                case Int8:
                case Int16:
                case Int32:
                    return v.getAsInt();
                case Int64:
                    return v.getAsLong();
                case Float:
                    return v.getAsFloat();
                case Double:
                    return v.getAsDouble();
                case VarChar:
                case String:
                    return v.getAsString();
                case FloatVector:
                    return floats(v.getAsJsonArray());
                case BinaryVector:
                case Float16Vector:
                case BFloat16Vector:
                case Int8Vector:
                    // the official client's rows carry these as their raw bytes, a JSON array of
                    // numbers (its tests build them with JsonUtils.toJsonTree(buffer.array()))
                    return bytes(v.getAsJsonArray());
                case JSON:
                    return v.toString();
                case Array:
                    return elements(v.getAsJsonArray(), f, row);
                case SparseFloatVector:
                    return sparse(v.getAsJsonObject());
                default:
                    throw Checks.invalid("field '" + f.getName() + "' has type " + f.getDataType()
                            + ", which Partita cannot insert");
            }
        } catch (IllegalStateException | UnsupportedOperationException | NumberFormatException e) {
            throw Checks.invalid("row " + row + ": field '" + f.getName() + "' of type " + f.getDataType()
                    + " cannot hold the value " + v);
        }
    }

    /**
     * One row's value of a struct array field: a JSON array of JSON objects, each giving every
     * sub-field (milvus-sdk-java 2.6 {@code DataUtils.processStructFieldValues}'s row shape).
     */
    private static List<Object> structs(
            JsonElement v, io.partita.model.StructArrayFieldSchema st, int row, String where) {
        if (v == null || v.isJsonNull()) {
            throw Checks.invalid(where + ": row " + row + " has no value for struct field '" + st.getName() + "'");
        }
        if (!v.isJsonArray()) {
            throw Checks.invalid(
                    where + ": row " + row + ": the value of struct field '" + st.getName() + "' is not a JSON array");
        }
        List<Object> out = new ArrayList<>();
        for (JsonElement e : v.getAsJsonArray()) {
            if (!e.isJsonObject()) {
                throw Checks.invalid(where + ": row " + row + ": an element of struct field '" + st.getName()
                        + "' is not a JSON object: " + e);
            }
            Map<String, Object> struct = new LinkedHashMap<>();
            for (FieldSchema sub : st.getFieldsList()) {
                JsonElement x = e.getAsJsonObject().get(sub.getName());
                if (x == null || x.isJsonNull()) {
                    throw Checks.invalid(where + ": row " + row + ": a struct of field '" + st.getName()
                            + "' has no value for '" + sub.getName() + "'");
                }
                struct.put(sub.getName(), value(x, sub, row));
            }
            out.add(struct);
        }
        return out;
    }

    private static List<Object> elements(JsonArray a, FieldSchema f, int row) {
        FieldSchema element = FieldSchema.newBuilder()
                .setName(f.getName() + "[]")
                .setDataType(f.getElementType())
                .build();
        List<Object> out = new ArrayList<>(a.size());
        for (JsonElement e : a) {
            if (e.isJsonNull() || e.isJsonArray() || e.isJsonObject()) {
                throw Checks.invalid("row " + row + ": array field '" + f.getName() + "' of " + f.getElementType()
                        + " cannot hold the element " + e);
            }
            out.add(value(e, element, row));
        }
        return out;
    }

    /** A sparse row as the official client takes it in a JSON row: an object of index → value. */
    private static SortedMap<Long, Float> sparse(JsonObject o) {
        SortedMap<Long, Float> out = new TreeMap<>();
        for (String key : o.keySet()) {
            out.put(Long.parseLong(key), o.get(key).getAsFloat());
        }
        return out;
    }

    private static List<Float> floats(JsonArray a) {
        List<Float> out = new ArrayList<>(a.size());
        for (JsonElement e : a) {
            out.add(e.getAsFloat());
        }
        return out;
    }

    private static ByteBuffer bytes(JsonArray a) {
        ByteBuffer out = ByteBuffer.allocate(a.size());
        for (JsonElement e : a) {
            int b = e.getAsInt();
            if (b < Byte.MIN_VALUE || b > 255 || e.getAsDouble() != b) {
                throw new NumberFormatException("not a byte: " + e);
            }
            out.put((byte) b);
        }
        out.flip();
        return out;
    }
}
