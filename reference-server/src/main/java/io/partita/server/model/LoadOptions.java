package io.partita.server.model;

import java.util.List;

/**
 * The options of a LoadCollection/LoadPartitions call beyond its replicas and resource groups
 * ({@code milvus.proto} fields {@code refresh}, {@code load_fields}, {@code skip_load_dynamic_field}).
 * Profiles that predate an option ignore it, as those Milvus releases did.
 *
 * @param loadFields the fields to hold in memory; empty = every field
 * @param skipDynamicField leave the dynamic field ({@code $meta}) out of memory
 * @param refresh load what was flushed since the load instead of loading anew
 */
public record LoadOptions(List<String> loadFields, boolean skipDynamicField, boolean refresh) {
    /** Every field, the dynamic one too; no refresh. */
    public static final LoadOptions DEFAULT = new LoadOptions(List.of(), false, false);

    public LoadOptions {
        loadFields = loadFields == null ? List.of() : List.copyOf(loadFields);
    }

    /** Only these fields (and the dynamic field unless skipped). */
    public static LoadOptions fields(List<String> names, boolean skipDynamicField) {
        return new LoadOptions(names, skipDynamicField, false);
    }

    /** A refresh of a loaded collection. */
    public static LoadOptions refreshing() {
        return new LoadOptions(List.of(), false, true);
    }
}
