package io.partita.server.storage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Encoding of a delete record: {@code [long seq][int count][byte kind][keys]}, kind 0 = INT64, 1 = VARCHAR. */
public final class DeleteCodec {
    private DeleteCodec() {}

    /** A decoded delete: primary keys (Long or String) deleted at {@code seq}. */
    public record Delete(long seq, List<Object> keys) {}

    public static byte[] encode(long seq, List<Object> keys) {
        boolean strings = !keys.isEmpty() && keys.get(0) instanceof String;
        int size = 8 + 4 + 1;
        List<byte[]> encoded = new ArrayList<>();
        for (Object k : keys) {
            if (strings) {
                byte[] b = ((String) k).getBytes(StandardCharsets.UTF_8);
                encoded.add(b);
                size += 4 + b.length;
            } else {
                size += 8;
            }
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(seq).putInt(keys.size()).put((byte) (strings ? 1 : 0));
        for (int i = 0; i < keys.size(); i++) {
            if (strings) {
                b.putInt(encoded.get(i).length).put(encoded.get(i));
            } else {
                b.putLong((Long) keys.get(i));
            }
        }
        return b.array();
    }

    public static Delete decode(byte[] payload) {
        ByteBuffer b = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
        long seq = b.getLong();
        int n = b.getInt();
        boolean strings = b.get() == 1;
        List<Object> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (strings) {
                byte[] s = new byte[b.getInt()];
                b.get(s);
                keys.add(new String(s, StandardCharsets.UTF_8));
            } else {
                keys.add(b.getLong());
            }
        }
        return new Delete(seq, keys);
    }
}
