package io.partita.server.engine.core;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.QueryRequest;
import io.partita.server.storage.Columns;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Milvus 2.6's partial upsert ({@code UpsertRequest.partial_update}): the rows of a request name a
 * subset of the fields; a row whose primary key is stored keeps the stored values of the fields it
 * leaves out, a row with a new key is an insert and must give every field that is neither
 * nullable, nor has a default value, nor is a function's output. Rules read in milvus-io/milvus
 * {@code internal/proxy/task_upsert.go} ({@code queryPreExecute}: the stored rows are read by
 * primary key in the request's partition, every partition under a partition key; the dynamic
 * field's keys are merged) and {@code internal/proxy/util.go} ({@code LackOfFieldsDataBySchema}).
 *
 * <p>The merge makes whole rows, which then take the ordinary upsert path (every column rule is
 * checked there, once). Like Milvus, the stored rows are read by a query, so the collection must be
 * loaded.
 */
final class PartialUpserts {
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private PartialUpserts() {}

    /**
     * The query reading the stored rows of the request's keys.
     *
     * @return null when the request carries no primary key column (the upsert path refuses it)
     */
    static QueryRequest storedRows(CollectionRuntime c, String partition, List<FieldColumn> given) {
        FieldSchema pk = c.fields().get(c.pkIndex());
        FieldColumn keys = column(given, pk.name());
        if (keys == null || keys.rowCount() == 0) {
            return null;
        }
        StringBuilder expr = new StringBuilder(pk.name()).append(" in [");
        for (int r = 0; r < keys.rowCount(); r++) {
            if (r > 0) {
                expr.append(',');
            }
            Object k = keys.scalar(r);
            if (k instanceof String s) {
                expr.append('"')
                        .append(s.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            } else {
                expr.append(k);
            }
        }
        expr.append(']');
        List<String> partitions = c.meta.schema().partitionKey() != null
                ? List.of()
                : List.of(partition == null || partition.isBlank() ? "_default" : partition);
        return new QueryRequest(c.name(), expr.toString(), List.of("*"), partitions, -1, 0);
    }

    /**
     * Whole rows: the given columns as they are, and for every field left out the stored value of
     * a stored key's row, the field's absent value (null or default) for a new key's row.
     *
     * @param stored the stored rows of the request's keys (the columns {@link #storedRows} asks for)
     */
    static List<FieldColumn> merge(
            LifecycleProfile profile, CollectionRuntime c, List<FieldColumn> given, List<FieldColumn> stored) {
        List<FieldSchema> fields = c.fields();
        FieldSchema pk = fields.get(c.pkIndex());
        FieldColumn keys = column(given, pk.name());
        int n = keys.rowCount();
        FieldColumn storedKeys = column(stored, pk.name());
        Map<Object, Integer> storedRow = new HashMap<>();
        for (int r = 0; storedKeys != null && r < storedKeys.rowCount(); r++) {
            storedRow.put(storedKeys.scalar(r), r);
        }
        int[] source = new int[n]; // the stored row of each request row, -1 for a new key
        boolean anyNew = false;
        for (int r = 0; r < n; r++) {
            Integer s = storedRow.get(keys.scalar(r));
            source[r] = s == null ? -1 : s;
            anyNew |= s == null;
        }
        if (anyNew) {
            for (FieldSchema f : fields) {
                if (f.bm25Input() == null && !f.optional() && !f.dynamic() && column(given, f.name()) == null) {
                    // LackOfFieldsDataBySchema's text in Milvus 2.6 (internal/proxy/util.go)
                    throw profile.invalidParameter(
                            "fieldSchema(" + f.name() + ") has no corresponding fieldData pass in");
                }
            }
        }
        List<FieldColumn> out = new ArrayList<>(given);
        for (FieldSchema f : fields) {
            if (f.bm25Input() != null) {
                continue; // a function's output is made again from its (merged) input
            }
            FieldColumn mine = column(given, f.name());
            FieldColumn old = column(stored, f.name());
            if (f.dynamic()) {
                if (mine != null) {
                    out.set(out.indexOf(mine), mergeDynamic(f, mine, old, source));
                } else {
                    out.add(dynamicFrom(f, old, source));
                }
                continue;
            }
            if (mine != null) {
                continue;
            }
            int storedCount = old == null ? 0 : old.rowCount();
            int[] rows = new int[n];
            for (int r = 0; r < n; r++) {
                rows[r] = source[r] >= 0 ? source[r] : storedCount + r;
            }
            FieldColumn absent = Columns.absent(f, n);
            out.add(Columns.select(old == null ? List.of(absent) : List.of(old, absent), rows));
        }
        return out;
    }

    /** The dynamic field of rows that give none: a stored row's keys, {@code {}} for a new one. */
    private static FieldColumn dynamicFrom(FieldSchema f, FieldColumn old, int[] source) {
        byte[][] rows = new byte[source.length][];
        for (int r = 0; r < source.length; r++) {
            rows[r] =
                    source[r] >= 0 && old != null && !old.isNull(source[r]) ? old.jsonBytes()[source[r]] : EMPTY_OBJECT;
        }
        return FieldColumn.jsons(f.name(), rows);
    }

    /** The given dynamic keys over a stored row's (Milvus merges the two objects, the given keys winning). */
    private static FieldColumn mergeDynamic(FieldSchema f, FieldColumn mine, FieldColumn old, int[] source) {
        if (mine.type() != DataType.JSON || old == null) {
            return mine;
        }
        byte[][] rows = new byte[source.length][];
        for (int r = 0; r < source.length; r++) {
            byte[] given = mine.isNull(r) ? EMPTY_OBJECT : mine.jsonBytes()[r];
            if (source[r] < 0 || old.isNull(source[r])) {
                rows[r] = given;
                continue;
            }
            JsonElement before = JsonParser.parseString(new String(old.jsonBytes()[source[r]], StandardCharsets.UTF_8));
            JsonElement now = JsonParser.parseString(new String(given, StandardCharsets.UTF_8));
            if (!before.isJsonObject() || !now.isJsonObject()) {
                rows[r] = given; // the upsert path refuses a dynamic value that is not an object
                continue;
            }
            JsonObject merged = before.getAsJsonObject().deepCopy();
            for (Map.Entry<String, JsonElement> e : now.getAsJsonObject().entrySet()) {
                merged.add(e.getKey(), e.getValue());
            }
            rows[r] = merged.toString().getBytes(StandardCharsets.UTF_8);
        }
        return FieldColumn.jsons(f.name(), rows);
    }

    private static FieldColumn column(List<FieldColumn> columns, String name) {
        for (FieldColumn c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
