package io.partita.server.catalog;

import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binary encoding of catalog records (a version byte, then the fields in order). Version 2 adds
 * a collection's {@code enable_dynamic_field} flag and each field's dynamic and nullable flags
 * and default value; version 3 a collection's properties (AlterCollection) after its indexes;
 * version 1 and 2 records are still read.
 */
final class MetaCodec {
    private static final int VERSION = 3;
    private static final int FIRST_VERSION = 1;

    private MetaCodec() {}

    static byte[] encode(CollectionMeta m) {
        return write(out -> {
            out.writeLong(m.id());
            out.writeLong(m.createdTimestamp());
            out.writeLong(m.createdUtcMs());
            CollectionSchema s = m.schema();
            out.writeUTF(s.name());
            out.writeUTF(s.description());
            out.writeInt(s.shardsNum());
            out.writeInt(s.consistencyLevel());
            out.writeInt(s.fields().size());
            for (FieldSchema f : s.fields()) {
                out.writeLong(f.fieldId());
                out.writeUTF(f.name());
                out.writeUTF(f.description());
                out.writeInt(f.dataType().number());
                out.writeBoolean(f.primaryKey());
                out.writeBoolean(f.autoId());
                writeMap(out, f.typeParams());
                out.writeBoolean(f.dynamic());
                out.writeBoolean(f.nullable());
                writeDefault(out, f.defaultValue());
            }
            out.writeBoolean(s.enableDynamicField());
            out.writeInt(m.indexes().size());
            for (IndexMeta i : m.indexes()) {
                out.writeLong(i.id());
                out.writeUTF(i.name());
                out.writeUTF(i.fieldName());
                writeMap(out, i.params());
            }
            writeMap(out, m.properties());
        });
    }

    static CollectionMeta decodeCollection(byte[] b) {
        return read(b, (in, version) -> {
            long id = in.readLong();
            long ts = in.readLong();
            long utc = in.readLong();
            String name = in.readUTF();
            String desc = in.readUTF();
            int shards = in.readInt();
            int consistency = in.readInt();
            int n = in.readInt();
            List<FieldSchema> fields = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                fields.add(new FieldSchema(
                        in.readLong(),
                        in.readUTF(),
                        in.readUTF(),
                        DataType.fromNumber(in.readInt()),
                        in.readBoolean(),
                        in.readBoolean(),
                        readMap(in),
                        version >= 2 && in.readBoolean(),
                        version >= 2 && in.readBoolean(),
                        version >= 2 ? readDefault(in) : null));
            }
            boolean dynamic = version >= 2 && in.readBoolean();
            int ni = in.readInt();
            List<IndexMeta> indexes = new ArrayList<>(ni);
            for (int i = 0; i < ni; i++) {
                indexes.add(new IndexMeta(in.readLong(), in.readUTF(), in.readUTF(), readMap(in)));
            }
            Map<String, String> properties = version >= 3 ? readMap(in) : Map.of();
            return new CollectionMeta(
                    id,
                    new CollectionSchema(name, desc, fields, shards, consistency, dynamic),
                    ts,
                    utc,
                    indexes,
                    properties);
        });
    }

    static byte[] encode(PartitionMeta p) {
        return write(out -> {
            out.writeLong(p.id());
            out.writeLong(p.collectionId());
            out.writeUTF(p.name());
            out.writeLong(p.createdTimestamp());
            out.writeLong(p.createdUtcMs());
        });
    }

    static PartitionMeta decodePartition(byte[] b) {
        return read(
                b, in -> new PartitionMeta(in.readLong(), in.readLong(), in.readUTF(), in.readLong(), in.readLong()));
    }

    static byte[] encode(LoadRecord r) {
        return write(out -> {
            out.writeLong(r.collectionId());
            out.writeInt(r.replicaNumber());
            out.writeBoolean(r.byCollection());
            out.writeInt(r.partitionIds().size());
            for (long id : r.partitionIds()) {
                out.writeLong(id);
            }
            // appended after the partitions: records written before partial loads end here
            out.writeInt(r.fieldIds().size());
            for (long id : r.fieldIds()) {
                out.writeLong(id);
            }
        });
    }

    static LoadRecord decodeLoad(byte[] b) {
        return read(b, in -> {
            long cid = in.readLong();
            int replicas = in.readInt();
            boolean byCollection = in.readBoolean();
            int n = in.readInt();
            Set<Long> ids = new HashSet<>();
            for (int i = 0; i < n; i++) {
                ids.add(in.readLong());
            }
            Set<Long> fields = new HashSet<>();
            if (in.available() > 0) {
                int f = in.readInt();
                for (int i = 0; i < f; i++) {
                    fields.add(in.readLong());
                }
            }
            return new LoadRecord(cid, replicas, byCollection, ids, fields);
        });
    }

    /** A default value: a tag byte (0 none, 1 bool, 2 long, 3 double, 4 string), then the value. */
    private static void writeDefault(DataOutputStream out, Object v) throws IOException {
        if (v instanceof Boolean b) {
            out.writeByte(1);
            out.writeBoolean(b);
        } else if (v instanceof Long l) {
            out.writeByte(2);
            out.writeLong(l);
        } else if (v instanceof Double d) {
            out.writeByte(3);
            out.writeDouble(d);
        } else if (v instanceof String s) {
            out.writeByte(4);
            out.writeUTF(s);
        } else {
            out.writeByte(0);
        }
    }

    private static Object readDefault(DataInputStream in) throws IOException {
        return switch (in.readByte()) {
            case 1 -> in.readBoolean();
            case 2 -> in.readLong();
            case 3 -> in.readDouble();
            case 4 -> in.readUTF();
            default -> null;
        };
    }

    private static void writeMap(DataOutputStream out, Map<String, String> m) throws IOException {
        out.writeInt(m.size());
        for (Map.Entry<String, String> e : m.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(in.readUTF(), in.readUTF());
        }
        return m;
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private interface VersionedReader<T> {
        T read(DataInputStream in, int version) throws IOException;
    }

    private static byte[] write(Writer w) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(VERSION);
            w.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(byte[] b, Reader<T> r) {
        return read(b, (in, version) -> r.read(in));
    }

    private static <T> T read(byte[] b, VersionedReader<T> r) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
            int version = in.readByte();
            if (version < FIRST_VERSION || version > VERSION) {
                throw new IllegalStateException("unsupported catalog record version " + version);
            }
            return r.read(in, version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
