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
import java.util.List;

/**
 * Turns the V2 API's {@code JsonObject} rows into sdk-core's typed columns, one per schema field,
 * with the Java types of {@link io.partita.model.FieldData}. A row that lacks a field, has a field
 * the schema does not know, or holds a value of the wrong JSON kind is refused with a message naming
 * the row index and the field.
 */
final class Rows {
    private Rows() {}

    static List<InsertParam.Field> toColumns(List<JsonObject> rows, CollectionSchema schema) {
        List<InsertParam.Field> columns = new ArrayList<>();
        for (FieldSchema f : schema.getFieldsList()) {
            if (f.getIsPrimaryKey() && f.getAutoID()) {
                continue;
            }
            List<Object> values = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                JsonElement v = rows.get(i).get(f.getName());
                if (v == null || v.isJsonNull()) {
                    throw Checks.invalid("insert into " + schema.getName() + ": row " + i + " has no value for field '"
                            + f.getName() + "'");
                }
                values.add(value(v, f, i));
            }
            columns.add(new InsertParam.Field(f.getName(), f.getDataType(), values));
        }
        for (int i = 0; i < rows.size(); i++) {
            for (String key : rows.get(i).keySet()) {
                FieldSchema f = Schemas.field(schema, key);
                if (f == null) {
                    throw Checks.invalid("insert into " + schema.getName() + ": row " + i + " has field '" + key
                            + "', which the collection does not have (dynamic fields are not supported)");
                }
                if (f.getIsPrimaryKey() && f.getAutoID()) {
                    throw Checks.invalid("insert into " + schema.getName() + ": row " + i + " sets the primary key '"
                            + key + "', which the server generates (autoID)");
                }
            }
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
                    return bytes(v.getAsJsonArray());
                default:
                    throw Checks.invalid("field '" + f.getName() + "' has type " + f.getDataType()
                            + ", which Partita cannot insert");
            }
        } catch (IllegalStateException | UnsupportedOperationException | NumberFormatException e) {
            throw Checks.invalid("row " + row + ": field '" + f.getName() + "' of type " + f.getDataType()
                    + " cannot hold the value " + v);
        }
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
            out.put((byte) e.getAsInt());
        }
        out.flip();
        return out;
    }
}
