package io.partita.cli;

import io.partita.model.DataType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Converts command-line and CSV text into the Java values the SDK expects for each {@link DataType}. */
final class Values {
    private Values() {}

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
