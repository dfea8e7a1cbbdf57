package io.partita.rest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Query values that have no friendlier JSON shape in the 2.1 HTTP API (float16, bfloat16 and int8
 * vectors, text) as the request's {@code placeholder_group}: the serialized protocol message,
 * base64 in the JSON body, as protobuf-JSON prints a {@code bytes} field. sdk-rest carries no
 * protobuf runtime, so the two small messages are written here by their field numbers
 * (common.proto: {@code PlaceholderGroup.placeholders} = 1; {@code PlaceholderValue.tag} = 1,
 * {@code type} = 2, {@code values} = 3). Stateless.
 */
final class PlaceholderBytes {
    private static final int LENGTH_DELIMITED = 2;
    private static final int VARINT = 0;

    private PlaceholderBytes() {}

    /**
     * @param tag the placeholder tag, {@code $0}
     * @param type the placeholder type number (the data type's number; 21 for text)
     * @param values one entry per query: its raw bytes
     * @return the base64 of the serialized placeholder group
     */
    static String base64(String tag, int type, List<byte[]> values) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        field(value, 1, tag.getBytes(StandardCharsets.UTF_8));
        key(value, 2, VARINT);
        varint(value, type);
        for (byte[] v : values) {
            field(value, 3, v);
        }
        ByteArrayOutputStream group = new ByteArrayOutputStream();
        field(group, 1, value.toByteArray());
        return Base64.getEncoder().encodeToString(group.toByteArray());
    }

    /** @return the bytes of one raw vector, from its position to its limit; the buffer is not moved */
    static byte[] bytes(ByteBuffer row) {
        ByteBuffer d = row.duplicate();
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return out;
    }

    private static void field(ByteArrayOutputStream out, int number, byte[] bytes) {
        key(out, number, LENGTH_DELIMITED);
        varint(out, bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    private static void key(ByteArrayOutputStream out, int number, int wireType) {
        varint(out, (number << 3) | wireType);
    }

    private static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
