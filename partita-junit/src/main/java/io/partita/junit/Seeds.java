package io.partita.junit;

import io.partita.client.MilvusClient;
import io.partita.model.DataType;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.partition.CreatePartitionParam;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Creates the {@link PartitaSeed} collections of a test class through the harness's client. The
 * CSV reader is a small RFC 4180 reader written here on purpose: the harness puts no CSV or JSON
 * library on its users' test class path (see docs/junit.md, "Your libraries and the server's").
 */
final class Seeds {
    private Seeds() {}

    /** The seeds declared on {@code testClass} or an enclosing class, outermost first. */
    static List<PartitaSeed> of(Class<?> testClass) {
        List<PartitaSeed> seeds = new ArrayList<>();
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            seeds.addAll(0, AnnotationSupport.findRepeatableAnnotations(c, PartitaSeed.class));
        }
        return seeds;
    }

    /** Creates each seed's collection that does not exist yet, with its rows, loaded if asked. */
    static void apply(MilvusClient client, List<PartitaSeed> seeds, ClassLoader resources) {
        for (PartitaSeed seed : seeds) {
            try {
                boolean exists = client.hasCollection(HasCollectionParam.newBuilder()
                                .withCollectionName(seed.collection())
                                .build())
                        .orThrow();
                if (!exists) {
                    create(client, seed, resources);
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "@PartitaSeed(collection = \"" + seed.collection() + "\"): " + e.getMessage(), e);
            }
        }
    }

    private static void create(MilvusClient client, PartitaSeed seed, ClassLoader resources) {
        if (seed.fields().length == 0) {
            throw new IllegalArgumentException("fields must name at least the primary key and a vector field");
        }
        String primary = seed.primaryKey().isEmpty() ? seed.fields()[0].split(":", -1)[0] : seed.primaryKey();
        CreateCollectionParam.Builder schema =
                CreateCollectionParam.newBuilder().withCollectionName(seed.collection());
        Map<String, FieldType> fields = new LinkedHashMap<>();
        for (String spec : seed.fields()) {
            FieldType f = field(spec, primary, seed.autoId());
            fields.put(f.getName(), f);
            schema.addFieldType(f);
        }
        if (!fields.containsKey(primary)) {
            throw new IllegalArgumentException("primaryKey \"" + primary + "\" is not one of the fields");
        }
        client.createCollection(schema.build()).orThrow();
        if (!seed.partition().isEmpty()) {
            client.createPartition(CreatePartitionParam.newBuilder()
                            .withCollectionName(seed.collection())
                            .withPartitionName(seed.partition())
                            .build())
                    .orThrow();
        }
        if (!seed.data().isEmpty()) {
            insert(client, seed, fields, read(seed.data(), resources));
        }
        if (seed.load()) {
            client.loadCollection(LoadCollectionParam.newBuilder()
                            .withCollectionName(seed.collection())
                            .build())
                    .orThrow();
        }
    }

    private static void insert(MilvusClient client, PartitaSeed seed, Map<String, FieldType> fields, String csv) {
        List<List<String>> records = parseCsv(csv, seed.data());
        if (records.isEmpty()) {
            return;
        }
        List<String> header = records.get(0);
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        for (String name : header) {
            if (!fields.containsKey(name)) {
                throw new IllegalArgumentException(
                        seed.data() + " line 1: column \"" + name + "\" is not a field of " + fields.keySet());
            }
            columns.put(name, new ArrayList<>());
        }
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() != header.size()) {
                throw new IllegalArgumentException(seed.data() + " line " + (i + 1) + ": " + record.size()
                        + " values for " + header.size() + " columns");
            }
            for (int c = 0; c < header.size(); c++) {
                String where = seed.data() + " line " + (i + 1) + ", column " + header.get(c);
                columns.get(header.get(c))
                        .add(value(record.get(c), fields.get(header.get(c)).getDataType(), where));
            }
        }
        if (records.size() == 1) {
            return;
        }
        List<InsertParam.Field> data = new ArrayList<>();
        columns.forEach((name, values) -> data.add(new InsertParam.Field(name, values)));
        InsertParam.Builder insert =
                InsertParam.newBuilder().withCollectionName(seed.collection()).withFields(data);
        if (!seed.partition().isEmpty()) {
            insert.withPartitionName(seed.partition());
        }
        client.insert(insert.build()).orThrow();
    }

    /** {@code name:TYPE[:DIM|MAX_LENGTH]}, the CLI's {@code -f} form. */
    static FieldType field(String spec, String primary, boolean autoId) {
        String[] parts = spec.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
            throw new IllegalArgumentException("a field must be name:TYPE[:DIM|MAX_LENGTH], got \"" + spec + "\"");
        }
        String wanted = parts[1].replace("_", "").toLowerCase(Locale.ROOT);
        DataType type = null;
        for (DataType t : DataType.values()) {
            if (t != DataType.None && t.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                type = t;
            }
        }
        if (type == null) {
            throw new IllegalArgumentException("unknown type \"" + parts[1] + "\" in \"" + spec + "\"");
        }
        boolean isPrimary = parts[0].equals(primary);
        FieldType.Builder b = FieldType.newBuilder()
                .withName(parts[0])
                .withDataType(type)
                .withPrimaryKey(isPrimary)
                .withAutoID(isPrimary && autoId);
        if (parts.length == 3) {
            int n = Integer.parseInt(parts[2].strip());
            if (type == DataType.VarChar) {
                b.withMaxLength(n);
            } else {
                b.withDimension(n);
            }
        }
        return b.build();
    }

    /** The Java value the SDK takes for {@code type}, from its CSV text. */
    static Object value(String text, DataType type, String where) {
        String t = text.strip();
        try {
            switch (type) {
                case Bool:
                    if (!t.equalsIgnoreCase("true") && !t.equalsIgnoreCase("false")) {
                        throw new NumberFormatException(t);
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
                    return numbers(t).stream().map(java.lang.Double::floatValue).toList();
                case BinaryVector:
                    List<java.lang.Double> bits = numbers(t);
                    ByteBuffer bytes = ByteBuffer.allocate(bits.size());
                    bits.forEach(v -> bytes.put((byte) v.intValue()));
                    return bytes.flip();
                default:
                    return text;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": not a " + type + " value: \"" + text + "\"");
        }
    }

    private static List<java.lang.Double> numbers(String t) {
        if (!t.startsWith("[") || !t.endsWith("]")) {
            throw new NumberFormatException(t);
        }
        List<java.lang.Double> out = new ArrayList<>();
        String inner = t.substring(1, t.length() - 1).strip();
        if (!inner.isEmpty()) {
            for (String part : inner.split(",")) {
                out.add(java.lang.Double.parseDouble(part.strip()));
            }
        }
        return out;
    }

    private static String read(String resource, ClassLoader loader) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        URL url = loader.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("data \"" + resource + "\" is not on the test class path");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** RFC 4180 records: commas, double quotes (doubled inside quotes), CRLF or LF; blank lines skipped. */
    static List<List<String>> parseCsv(String text, String source) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(value.toString());
                value.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                if (any || value.length() > 0) {
                    record.add(value.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                value.setLength(0);
                any = false;
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(source + " line " + line + ": a quoted value is not closed");
        }
        if (any || value.length() > 0) {
            record.add(value.toString());
            records.add(record);
        }
        return records;
    }
}
