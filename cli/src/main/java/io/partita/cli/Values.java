package io.partita.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.partita.model.DataType;
import io.partita.param.collection.FieldType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Converts command-line and CSV text into the Java values the SDK expects for each {@link DataType}. */
final class Values {
    private Values() {}

    /**
     * @return the value of one cell for this field: an empty cell is null for a nullable field; a
     *     JSON field's cell is its document text (checked to be JSON); an Array field's cell a JSON
     *     array of its element type
     */
    static Object parse(String text, FieldType field, String where) {
        if (field.isNullable() && text.isBlank()) {
            return null;
        }
        switch (field.getDataType()) {
            case JSON:
                try {
                    JsonParser.parseString(text);
                } catch (JsonParseException e) {
                    throw new UsageException(where + " must be a JSON document, got \"" + text + "\"");
                }
                return text.strip();
            case Array:
                return elements(text, field.getElementType(), where);
            default:
                return parse(text, field.getDataType(), where);
        }
    }

    private static List<Object> elements(String text, DataType element, String where) {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            parsed = null;
        }
        if (parsed == null || !parsed.isJsonArray()) {
            throw new UsageException(where + " must be a JSON array like [1, 2], got \"" + text + "\"");
        }
        List<Object> values = new ArrayList<>();
        for (JsonElement e : parsed.getAsJsonArray()) {
            if (!e.isJsonPrimitive()) {
                throw new UsageException(where + " must hold " + element + " elements, got " + e);
            }
            values.add(parse(e.getAsString(), element, where + " element " + values.size()));
        }
        return values;
    }

    static Object parse(String text, DataType type, String where) {
        String t = text.strip();
        try {
            switch (type) {
                case Bool:
                    if (!t.equalsIgnoreCase("true") && !t.equalsIgnoreCase("false")) {
                        throw new NumberFormatException("not true/false");
                    }
                    return Boolean.parseBoolean(t);
                case Int8:
                case Int16:
                case Int32:
                    return Integer.parseInt(t);
                case Int64:
                    return Long.parseLong(t);
                case Float:
                    return java.lang.Float.parseFloat(t);
                case Double:
                    return java.lang.Double.parseDouble(t);
                case FloatVector:
                    return floats(t, where);
                case BinaryVector:
                    List<Float> bytes = floats(t, where);
                    ByteBuffer b = ByteBuffer.allocate(bytes.size());
                    bytes.forEach(v -> b.put((byte) v.intValue()));
                    return b.flip();
                default:
                    return text;
            }
        } catch (NumberFormatException e) {
            throw new UsageException(where + " must be a " + type + " value, got \"" + text + "\"");
        }
    }

    /** {@code [0.1, 0.2]} → a list of floats. */
    static List<Float> floats(String text, String where) {
        String t = text.strip();
        if (!t.startsWith("[") || !t.endsWith("]")) {
            throw new UsageException(where + " must be a vector like [0.1, 0.2], got \"" + text + "\"");
        }
        List<Float> values = new ArrayList<>();
        String inner = t.substring(1, t.length() - 1).strip();
        if (inner.isEmpty()) {
            return values;
        }
        for (String part : inner.split(",")) {
            try {
                values.add(java.lang.Float.parseFloat(part.strip()));
            } catch (NumberFormatException e) {
                throw new UsageException(where + " must be a vector of numbers, got \"" + text + "\"");
            }
        }
        return values;
    }

    /** {@code [[0.1, 0.2], [0.3, 0.4]]} → one float list per vector. */
    static List<List<Float>> vectors(String text, String where) {
        String t = text.strip();
        if (!t.startsWith("[[") || !t.endsWith("]]")) {
            throw new UsageException(where + " must be a list of vectors like [[0.1, 0.2]], got \"" + text + "\"");
        }
        List<List<Float>> vectors = new ArrayList<>();
        for (String part : t.substring(1, t.length() - 1).split("\\]\\s*,\\s*\\[")) {
            String v = part.strip();
            vectors.add(floats((v.startsWith("[") ? "" : "[") + v + (v.endsWith("]") ? "" : "]"), where));
        }
        return vectors;
    }
}
