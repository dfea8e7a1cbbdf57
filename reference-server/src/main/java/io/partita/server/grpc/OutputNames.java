package io.partita.server.grpc;

import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code output_fields} list of a query or search answer. Clients read it to unpack the
 * dynamic field: when it names {@code $meta} every dynamic key is shown, otherwise only the
 * names it lists that are not columns (pymilvus {@code extract_dynamic_field_from_result}).
 */
final class OutputNames {
    private OutputNames() {}

    static List<String> of(List<String> requested, List<FieldColumn> columns) {
        Set<String> out = new LinkedHashSet<>();
        boolean hasDynamic = false;
        for (FieldColumn c : columns) {
            if (c.name().equals(FieldSchema.DYNAMIC_FIELD_NAME)) {
                hasDynamic = true;
            } else {
                out.add(c.name());
            }
        }
        if (!hasDynamic) {
            return List.copyOf(out);
        }
        boolean all = false;
        for (String r : requested) {
            String name = r == null ? "" : r.trim();
            if (name.equals("*") || name.equals(FieldSchema.DYNAMIC_FIELD_NAME)) {
                all = true;
            } else if (!name.isEmpty() && !out.contains(name)) {
                out.add(name);
            }
        }
        if (all) {
            out.add(FieldSchema.DYNAMIC_FIELD_NAME);
        }
        return List.copyOf(out);
    }
}
