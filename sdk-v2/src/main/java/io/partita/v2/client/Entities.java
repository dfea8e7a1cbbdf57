package io.partita.v2.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.partita.model.FieldData;
import io.partita.model.FieldSchema;
import io.partita.model.IDs;
import io.partita.model.SearchResultData;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.vector.response.QueryResp;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns sdk-core's columns into the V2 API's rows, and primary keys into filter expressions. */
final class Entities {
    private Entities() {}

    /** A statistics answer's pairs as a map, as the official V2 client hands them out. */
    static java.util.Map<String, String> stats(List<io.partita.model.KeyValuePair> pairs) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        pairs.forEach(kv -> out.put(kv.getKey(), kv.getValue()));
        return out;
    }

    /** @return one entity per row, field name to value */
    static List<QueryResp.QueryResult> rows(List<FieldData> columns) {
        int count = columns.isEmpty() ? 0 : columns.get(0).getRowCount();
        List<QueryResp.QueryResult> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> entity = new HashMap<>();
            for (FieldData c : columns) {
                put(entity, c, i);
            }
            rows.add(QueryResp.QueryResult.builder().entity(entity).build());
        }
        return rows;
    }

    /**
     * Puts one row's value of a column into an entity as the official client does: a JSON value
     * parsed to Gson's {@code JsonElement}, the keys of the hidden {@code $meta} field each as an
     * entry of their own.
     */
    private static void put(Map<String, Object> entity, FieldData column, int row) {
        Object value = column.getValues().get(row);
        if (column.getType() != io.partita.model.DataType.JSON || value == null) {
            entity.put(column.getFieldName(), value);
            return;
        }
        JsonElement json = JsonParser.parseString((String) value);
        if (column.getFieldName().equals(Rows.DYNAMIC_FIELD) && json.isJsonObject()) {
            json.getAsJsonObject().entrySet().forEach(e -> entity.put(e.getKey(), e.getValue()));
        } else {
            entity.put(column.getFieldName(), json);
        }
    }

    /** @return per query, its hits in the server's order (nearest first) */
    static List<List<SearchResp.SearchResult>> hits(SearchResultData d, String primaryKey) {
        List<List<SearchResp.SearchResult>> all = new ArrayList<>();
        IDs ids = d.getIds();
        int start = 0;
        for (int q = 0; q < d.getTopksCount(); q++) {
            int n = (int) d.getTopks(q);
            List<SearchResp.SearchResult> hits = new ArrayList<>(n);
            for (int i = start; i < start + n; i++) {
                Map<String, Object> entity = new HashMap<>();
                for (FieldData c : d.getFieldsDataList()) {
                    put(entity, c, i);
                }
                Object id = ids != null && ids.hasStrId()
                        ? ids.getStrId().getData(i)
                        : ids == null ? null : (Object) ids.getIntId().getData(i);
                SearchResp.SearchResult.SearchResultBuilder hit = SearchResp.SearchResult.builder()
                        .entity(entity)
                        .score(i < d.getScoresCount() ? d.getScores(i) : null)
                        .id(id)
                        .primaryKey(primaryKey);
                // highlight_results: per field, one entry per hit in the ids' order
                for (io.partita.model.HighlightResult h : d.getHighlightResultsList()) {
                    if (i < h.getDatasCount()) {
                        hit.addHighlightResult(
                                h.getFieldName(),
                                SearchResp.HighlightResult.builder()
                                        .fieldName(h.getFieldName())
                                        .fragments(h.getDatas(i).getFragmentsList())
                                        .scores(h.getDatas(i).getScoresList())
                                        .build());
                    }
                }
                hits.add(hit.build());
            }
            all.add(hits);
            start += n;
        }
        return all;
    }

    /** @return {@code pk in [..]}, strings quoted, as the official client builds it */
    static String idFilter(FieldSchema primary, List<Object> ids) {
        StringBuilder b = new StringBuilder(primary.getName()).append(" in [");
        for (int i = 0; i < ids.size(); i++) {
            Object id = ids.get(i);
            if (i > 0) {
                b.append(',');
            }
            if (primary.getDataType() == io.partita.model.DataType.VarChar) {
                if (!(id instanceof String)) {
                    throw Checks.invalid("ids[" + i + "] must be a String for the VarChar primary key '"
                            + primary.getName() + "', got " + id);
                }
                b.append('"')
                        .append(((String) id).replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            } else {
                if (!(id instanceof Number)) {
                    throw Checks.invalid("ids[" + i + "] must be a number for the Int64 primary key '"
                            + primary.getName() + "', got " + id);
                }
                b.append(((Number) id).longValue());
            }
        }
        return b.append(']').toString();
    }
}
