package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.LoadOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Which fields a load holds in memory ({@code load_fields}, {@code skip_load_dynamic_field}), as
 * Milvus's proxy decides it ({@code schemaInfo.GetLoadFieldIDs} and {@code validateLoadFields},
 * {@code internal/proxy/meta_cache.go}): no names = every field but the dynamic one when it is
 * skipped; names = those fields and the dynamic field unless skipped, which must include the
 * primary key and a vector field.
 */
final class LoadFields {
    private LoadFields() {}

    /** The resident mask (schema order) the options ask for; null = every field (profiles without partial loads). */
    static boolean[] resolve(LifecycleProfile profile, List<FieldSchema> fields, LoadOptions options) {
        if (!profile.partialLoads()) {
            return null;
        }
        boolean[] resident = new boolean[fields.size()];
        List<String> names = options.loadFields();
        if (names.isEmpty()) {
            for (int i = 0; i < fields.size(); i++) {
                resident[i] = !(fields.get(i).dynamic() && options.skipDynamicField());
            }
            return resident;
        }
        for (String name : names) {
            int idx = indexOf(fields, name);
            if (idx < 0) {
                throw profile.loadFieldNotFound(name);
            }
            resident[idx] = true;
        }
        boolean pk = false;
        boolean vector = false;
        String pkName = "";
        for (int i = 0; i < fields.size(); i++) {
            FieldSchema f = fields.get(i);
            if (f.dynamic() && !options.skipDynamicField()) {
                resident[i] = true;
            }
            if (f.primaryKey()) {
                pk = resident[i];
                pkName = f.name();
            }
            vector |= resident[i] && f.dataType().isVector();
        }
        if (!pk) {
            throw profile.loadFieldsIncomplete(names, "primary key field " + pkName);
        }
        if (!vector) {
            throw profile.loadFieldsIncomplete(names, "vector field");
        }
        return resident;
    }

    /** The type param that turns memory-mapped loading on or off for one field (Milvus's {@code common.MmapEnabledKey}). */
    static final String MMAP_ENABLED = "mmap.enabled";

    /**
     * Which resident columns load memory-mapped (schema order), or null when none: non-nullable
     * FLOAT_VECTOR fields whose {@code mmap.enabled} type param is true, or that have none while the server's
     * default is on (a field's own setting wins, as in Milvus: field, then collection, then cluster).
     */
    static boolean[] mapped(List<FieldSchema> fields, boolean[] resident, boolean serverDefault) {
        boolean[] out = new boolean[fields.size()];
        boolean any = false;
        for (int i = 0; i < fields.size(); i++) {
            FieldSchema f = fields.get(i);
            String own = f.typeParams().get(MMAP_ENABLED);
            boolean on = own == null ? serverDefault : Boolean.parseBoolean(own.trim());
            // a nullable vector column leads with its validity mask: held on the heap, not mapped
            out[i] = on && f.dataType() == DataType.FLOAT_VECTOR && !f.nullable() && holds(resident, i);
            any |= out[i];
        }
        return any ? out : null;
    }

    /** Whether {@code resident} holds field {@code index} (null holds every field). */
    static boolean holds(boolean[] resident, int index) {
        return resident == null || resident[index];
    }

    /** Field ids of the resident fields, ascending; null = every field. */
    static List<Long> ids(List<FieldSchema> fields, boolean[] resident) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (holds(resident, i)) {
                out.add(fields.get(i).fieldId());
            }
        }
        out.sort(null);
        return out;
    }

    /** The mask of a persisted load ({@code fieldIds} empty = every field). */
    static boolean[] fromIds(List<FieldSchema> fields, java.util.Set<Long> fieldIds) {
        if (fieldIds.isEmpty()) {
            return null;
        }
        boolean[] resident = new boolean[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            resident[i] = fieldIds.contains(fields.get(i).fieldId());
        }
        return resident;
    }

    /**
     * A field as Milvus's error texts print its {@code schemapb.FieldSchema} ({@code %s} of the
     * message: {@code fieldID:101 name:"age" data_type:Int64}).
     */
    static String describe(FieldSchema f) {
        return "fieldID:" + f.fieldId() + " name:\"" + f.name() + "\" data_type:" + goTypeName(f.dataType());
    }

    /** The name of {@code schemapb.DataType}'s value in Go. */
    static String goTypeName(DataType t) {
        switch (t) {
            case VARCHAR:
                return "VarChar";
            case JSON:
                return "JSON";
            case BFLOAT16_VECTOR:
                return "BFloat16Vector";
            default:
                StringBuilder b = new StringBuilder();
                for (String part : t.name().split("_")) {
                    b.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
                }
                return b.toString();
        }
    }

    private static int indexOf(List<FieldSchema> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
