package io.partita.server.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sub-fields of a {@link DataType#STRUCT_ARRAY} field, kept as JSON text under the type param
 * {@link FieldSchema#STRUCT_FIELDS} (Partita's bookkeeping, persisted with the field and never
 * shown to clients: they see {@code CollectionSchema.struct_array_fields}). Each sub-field is a
 * {@link FieldSchema} whose type is its element type (FLOAT_VECTOR with a {@code dim}, VARCHAR with
 * a {@code max_length}, a number or BOOL); its id, name and description are its own.
 */
public final class StructFields {
    private StructFields() {}

    /** The type params of a struct field holding these sub-fields beside {@code params}. */
    public static Map<String, String> withSubFields(Map<String, String> params, List<FieldSchema> subFields) {
        JsonArray a = new JsonArray();
        for (FieldSchema f : subFields) {
            JsonObject o = new JsonObject();
            o.addProperty("id", f.fieldId());
            o.addProperty("name", f.name());
            o.addProperty("description", f.description());
            o.addProperty("type", f.dataType().number());
            // flags Milvus refuses on sub-fields, kept until the engine has checked them
            o.addProperty("primary", f.primaryKey());
            o.addProperty("auto_id", f.autoId());
            o.addProperty("nullable", f.nullable());
            if (f.defaultValue() != null) {
                o.addProperty("default", f.defaultValue().toString());
            }
            JsonObject p = new JsonObject();
            f.typeParams().forEach(p::addProperty);
            o.add("params", p);
            a.add(o);
        }
        Map<String, String> out = new LinkedHashMap<>(params);
        out.put(FieldSchema.STRUCT_FIELDS, a.toString());
        return out;
    }

    /** The sub-fields recorded in a struct field's type params; empty for other fields. */
    static List<FieldSchema> read(Map<String, String> params) {
        String text = params.get(FieldSchema.STRUCT_FIELDS);
        if (text == null) {
            return List.of();
        }
        List<FieldSchema> out = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(text).getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            Map<String, String> p = new LinkedHashMap<>();
            o.getAsJsonObject("params")
                    .entrySet()
                    .forEach(x -> p.put(x.getKey(), x.getValue().getAsString()));
            out.add(new FieldSchema(
                    o.get("id").getAsLong(),
                    o.get("name").getAsString(),
                    o.get("description").getAsString(),
                    DataType.fromNumber(o.get("type").getAsInt()),
                    o.get("primary").getAsBoolean(),
                    o.get("auto_id").getAsBoolean(),
                    p,
                    false,
                    o.get("nullable").getAsBoolean(),
                    o.has("default") ? o.get("default").getAsString() : null));
        }
        return List.copyOf(out);
    }
}
