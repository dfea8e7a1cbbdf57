package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.storage.Columns;
import io.partita.server.storage.SegmentData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Resolves requested output fields and gathers their values for selected rows. */
final class OutputFields {
    /** A dynamic key an output field may name: an identifier, perhaps with JSON path steps. */
    private static final Pattern DYNAMIC_KEY =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\[(\"[^\"]*\"|'[^']*'|\\d+)\\])*");

    private OutputFields() {}

    /**
     * Schema indexes of the requested fields; {@code *} means every field (the dynamic field too)
     * but a BM25 function's output, which cannot be asked for by name either.
     * With dynamic fields enabled, a name that is not a field is a key of {@code $meta}, so the
     * dynamic field is returned (the client picks the key out of it, as with Milvus).
     */
    static List<Integer> resolve(
            LifecycleProfile profile, List<FieldSchema> fields, List<String> requested, boolean includePrimaryKey) {
        return resolve(profile, fields, requested, includePrimaryKey, null);
    }

    /**
     * As {@link #resolve(LifecycleProfile, List, List, boolean)} over a load holding only the
     * fields marked in {@code resident} (null = every field), as Milvus's {@code
     * translateOutputFields} ({@code internal/proxy/util.go}) does: {@code *} names the resident
     * fields only; naming another field, or a dynamic key when the dynamic field was skipped, is
     * refused.
     */
    static List<Integer> resolve(
            LifecycleProfile profile,
            List<FieldSchema> fields,
            List<String> requested,
            boolean includePrimaryKey,
            boolean[] resident) {
        Set<Integer> out = new LinkedHashSet<>();
        if (includePrimaryKey) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).primaryKey()) {
                    out.add(i);
                }
            }
        }
        for (String r : requested) {
            String name = Names.trimmed(r);
            if (name.equals("*")) {
                for (int i = 0; i < fields.size(); i++) {
                    // Milvus's "*" leaves out what it cannot return: a function's output, a field not loaded
                    if (fields.get(i).bm25Input() == null && LoadFields.holds(resident, i)) {
                        out.add(i);
                    }
                }
                continue;
            }
            int idx = -1;
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(name)) {
                    idx = i;
                }
            }
            if (idx >= 0 && fields.get(idx).bm25Input() != null) {
                // internal/proxy/util.go translateOutputFields: a function's output is not stored as given
                throw profile.invalidParameter("not allowed to retrieve raw data of field " + name);
            }
            if (idx >= 0 && !LoadFields.holds(resident, idx)) {
                throw profile.outputFieldNotLoaded(name);
            }
            if (idx < 0) {
                idx = dynamicIndex(fields);
                if (idx >= 0 && !DYNAMIC_KEY.matcher(name).matches()) {
                    // translateOutputFields parses a dynamic key as an identifier (planparserv2.ParseIdentifier)
                    throw profile.invalidParameter("parse output field name failed: " + name);
                }
                if (idx >= 0 && !LoadFields.holds(resident, idx)) {
                    throw profile.dynamicOutputNotLoaded(name);
                }
            }
            if (idx < 0) {
                throw profile.invalidParameter("field " + name + " not exist");
            }
            out.add(idx);
        }
        return new ArrayList<>(out);
    }

    /** The index of the dynamic field, or -1 when the collection has none. */
    static int dynamicIndex(List<FieldSchema> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).dynamic()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The column of field {@code fieldIndex} for rows picked from {@code segments}: hit i is row
     * {@code rows[i]} of segment {@code segs[i]}.
     */
    static FieldColumn gather(List<SegmentData> segments, FieldSchema field, int fieldIndex, int[] segs, int[] rows) {
        if (segments.isEmpty()) {
            FieldColumn empty = Columns.empty(field.name(), field.dataType(), field.columnDim());
            return field.dataType() == io.partita.server.model.DataType.STRUCT_ARRAY
                    ? empty.as(field.dataType()).withStructFields(field.structFields())
                    : empty;
        }
        List<FieldColumn> parts = new ArrayList<>(segments.size());
        int[] starts = new int[segments.size()];
        int base = 0;
        for (int s = 0; s < segments.size(); s++) {
            parts.add(segments.get(s).column(fieldIndex));
            starts[s] = base;
            base += segments.get(s).rowCount();
        }
        int[] global = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            global[i] = starts[segs[i]] + rows[i];
        }
        FieldColumn c = Columns.select(parts, global);
        // a struct column's wire form names and types each sub-field
        return field.dataType() == io.partita.server.model.DataType.STRUCT_ARRAY
                ? c.as(field.dataType()).withStructFields(field.structFields())
                : c;
    }
}
