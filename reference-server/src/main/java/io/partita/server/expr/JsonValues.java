package io.partita.server.expr;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict JSON parsing into the plain Java values that JSON paths in filter expressions compare:
 * objects as {@code Map<String, Object>} (insertion order), arrays as {@code List<Object>},
 * integers that fit a long as {@link Long}, other numbers as {@link Double}, strings, booleans,
 * and {@code null} as {@link #NULL}. Stateless and thread-safe.
 */
public final class JsonValues {
    /** The JSON {@code null} value (distinct from a missing key, which paths report as Java null). */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private JsonValues() {}

    /**
     * Parses one UTF-8 JSON document.
     *
     * @throws IllegalArgumentException when the bytes are not exactly one valid JSON value; the
     *     message says what was wrong and where
     */
    public static Object parse(byte[] utf8) {
        String text = new String(utf8, StandardCharsets.UTF_8);
        try (JsonReader in = new JsonReader(new StringReader(text))) {
            in.setStrictness(Strictness.STRICT);
            Object v = read(in);
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("unexpected content after the JSON value at " + in.getPath());
            }
            return v;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IllegalArgumentException(msg.replace(System.lineSeparator(), " "), e);
        }
    }

    private static Object read(JsonReader in) throws IOException {
        switch (in.peek()) {
            case BEGIN_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                in.beginObject();
                while (in.hasNext()) {
                    m.put(in.nextName(), read(in));
                }
                in.endObject();
                return m;
            }
            case BEGIN_ARRAY: {
                List<Object> l = new ArrayList<>();
                in.beginArray();
                while (in.hasNext()) {
                    l.add(read(in));
                }
                in.endArray();
                return l;
            }
            case STRING:
                return in.nextString();
            case NUMBER:
                return number(in.nextString());
            case BOOLEAN:
                return in.nextBoolean();
            case NULL:
                in.nextNull();
                return NULL;
            default:
                throw new IllegalArgumentException("unexpected " + in.peek() + " at " + in.getPath());
        }
    }

    private static Object number(String text) {
        if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                // too large for a long: compared as a double, as Milvus's JSON reader does
            }
        }
        return new BigDecimal(text).doubleValue();
    }
}
