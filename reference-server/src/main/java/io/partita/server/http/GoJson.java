package io.partita.server.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.MessageOrBuilder;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a response message as Milvus's Go server did: Go's {@code encoding/json} over the
 * generated protobuf structs. That differs from the protobuf JSON mapping in three ways the
 * HTTP clients see:
 *
 * <ul>
 *   <li>64-bit integers are JSON numbers ({@code 100}, not {@code "100"}); unsigned ones print
 *       unsigned, at full precision.</li>
 *   <li>a oneof is an object named after the oneof in Go case, holding one member named in Go
 *       case: {@code "ids":{"IdField":{"IntId":{"data":[1,2]}}}},
 *       {@code "Field":{"Scalars":{"Data":{"LongData":{"data":[1]}}}}}.</li>
 *   <li>other fields keep their proto names; zero values and empty lists are left out
 *       ({@code omitempty}), a present message prints even when empty (a success
 *       {@code Status} is {@code {}}); enums are numbers, bytes base64, maps objects with
 *       sorted keys.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe. Non-finite floats (which Go refuses) print as the strings
 * {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
 */
final class GoJson {
    private GoJson() {}

    /** @return {@code m} as a compact JSON object */
    static String print(MessageOrBuilder m) {
        return object(m).toString();
    }

    static JsonObject object(MessageOrBuilder m) {
        JsonObject out = new JsonObject();
        for (Map.Entry<FieldDescriptor, Object> e : m.getAllFields().entrySet()) {
            FieldDescriptor f = e.getKey();
            JsonElement v = value(f, e.getValue());
            if (v == null) {
                continue;
            }
            OneofDescriptor oneof = f.getRealContainingOneof();
            if (oneof != null) {
                JsonObject wrapper = new JsonObject();
                wrapper.add(goName(f.getName()), v);
                out.add(goName(oneof.getName()), wrapper);
            } else {
                out.add(f.getName(), v);
            }
        }
        return out;
    }

    /** @return null when Go's omitempty would leave the field out */
    private static JsonElement value(FieldDescriptor f, Object v) {
        if (f.isMapField()) {
            List<?> entries = (List<?>) v;
            if (entries.isEmpty()) {
                return null;
            }
            Map<String, JsonElement> sorted = new TreeMap<>();
            FieldDescriptor key = f.getMessageType().findFieldByName("key");
            FieldDescriptor val = f.getMessageType().findFieldByName("value");
            for (Object entry : entries) {
                MessageOrBuilder me = (MessageOrBuilder) entry;
                sorted.put(String.valueOf(me.getField(key)), single(val, me.getField(val)));
            }
            JsonObject o = new JsonObject();
            sorted.forEach(o::add);
            return o;
        }
        if (f.isRepeated()) {
            List<?> items = (List<?>) v;
            if (items.isEmpty()) {
                return null;
            }
            JsonArray a = new JsonArray(items.size());
            for (Object item : items) {
                a.add(single(f, item));
            }
            return a;
        }
        return single(f, v);
    }

    private static JsonElement single(FieldDescriptor f, Object v) {
        return switch (f.getJavaType()) {
            case MESSAGE -> object((MessageOrBuilder) v);
            case ENUM -> new JsonPrimitive(((EnumValueDescriptor) v).getNumber());
            case BYTE_STRING -> new JsonPrimitive(Base64.getEncoder().encodeToString(((ByteString) v).toByteArray()));
            case LONG ->
                unsigned(f)
                        ? new JsonPrimitive(new LazilyParsedNumber(Long.toUnsignedString((Long) v)))
                        : new JsonPrimitive((Long) v);
            case INT ->
                unsigned(f) ? new JsonPrimitive(Integer.toUnsignedLong((Integer) v)) : new JsonPrimitive((Integer) v);
            case FLOAT ->
                finite(((Float) v).doubleValue()) ? new JsonPrimitive((Float) v) : new JsonPrimitive(v.toString());
            case DOUBLE -> finite((Double) v) ? new JsonPrimitive((Double) v) : new JsonPrimitive(v.toString());
            case BOOLEAN -> new JsonPrimitive((Boolean) v);
            case STRING -> new JsonPrimitive((String) v);
        };
    }

    private static boolean unsigned(FieldDescriptor f) {
        return switch (f.getType()) {
            case UINT32, UINT64, FIXED32, FIXED64 -> true;
            default -> false;
        };
    }

    private static boolean finite(double d) {
        return !Double.isNaN(d) && !Double.isInfinite(d);
    }

    /** protoc-gen-go's CamelCase: {@code id_field} → {@code IdField}, {@code int_id} → {@code IntId}. */
    static String goName(String protoName) {
        StringBuilder b = new StringBuilder(protoName.length());
        boolean upper = true;
        for (int i = 0; i < protoName.length(); i++) {
            char c = protoName.charAt(i);
            if (c == '_' && i + 1 < protoName.length() && Character.isLowerCase(protoName.charAt(i + 1))) {
                upper = true;
                continue;
            }
            b.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return b.toString();
    }
}
