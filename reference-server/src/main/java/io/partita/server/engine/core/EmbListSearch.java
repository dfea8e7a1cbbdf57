package io.partita.server.engine.core;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.server.catalog.IndexMeta;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.SearchRequest;
import io.partita.server.search.EmbListMetric;
import io.partita.server.search.FlatSearcher;
import io.partita.server.search.TopK;
import io.partita.server.storage.SegmentData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Embedding-list search (Milvus 2.6): {@code anns_field} names a struct array field's vector
 * sub-field as {@code struct[sub]}, each query is an embedding list ({@code EmbListFloatVector}),
 * and rows are ranked by an {@link EmbListMetric} over the row's list of sub-field vectors. The
 * reference server scans exactly (an index recorded on {@code struct[sub]} fixes the metric; none
 * is built). Range, grouping and iterator searches are refused, as Milvus's "Array of Structs"
 * page says embedding lists are for plain searches only.
 */
final class EmbListSearch {
    private EmbListSearch() {}

    /** A struct's vector sub-field named by {@code struct[sub]}: the struct's schema index and the sub-field. */
    record Target(int structIndex, FieldSchema struct, FieldSchema sub) {
        String name() {
            return struct.name() + "[" + sub.name() + "]";
        }
    }

    /** The struct vector sub-field {@code annsField} names, or null when it names no struct sub-field. */
    static Target target(LifecycleProfile profile, List<FieldSchema> fields, String annsField) {
        String name = Names.trimmed(annsField == null ? "" : annsField);
        int open = name.indexOf('[');
        if (open <= 0 || !name.endsWith("]")) {
            return null;
        }
        String struct = name.substring(0, open);
        String sub = name.substring(open + 1, name.length() - 1);
        for (int i = 0; i < fields.size(); i++) {
            FieldSchema f = fields.get(i);
            if (f.dataType() == DataType.STRUCT_ARRAY && f.name().equals(struct)) {
                for (FieldSchema s : f.structFields()) {
                    if (s.name().equals(sub)) {
                        if (!s.dataType().isVector()) {
                            throw profile.invalidParameter("anns_field " + name + " is not a vector field");
                        }
                        return new Target(i, f, s);
                    }
                }
            }
        }
        throw profile.annsFieldNotFound(name);
    }

    /** The metric: the one asked for, checked against the index recorded on the sub-field. */
    static EmbListMetric metric(LifecycleProfile profile, List<IndexMeta> indexes, Target t, String requested) {
        String indexed = null;
        for (IndexMeta i : indexes) {
            if (i.fieldName().equals(t.name())) {
                indexed = i.params().get("metric_type");
            }
        }
        if (requested == null || requested.isBlank()) {
            return indexed == null ? EmbListMetric.MAX_SIM_COSINE : EmbListMetric.parse(indexed);
        }
        EmbListMetric m = EmbListMetric.parse(requested);
        if (m == null) {
            throw profile.invalidParameter("metric type " + requested + " is not supported for embedding list search"
                    + " on " + t.name() + ", expected one of MAX_SIM, MAX_SIM_COSINE, MAX_SIM_IP, MAX_SIM_L2");
        }
        if (indexed != null && EmbListMetric.parse(indexed) != m) {
            throw profile.invalidParameter(
                    "metric type not match: invalid parameter[expected=" + indexed + "][actual=" + requested + "]");
        }
        return m;
    }

    /** The queries, checked: embedding lists of whole vectors of the sub-field's dim. */
    static float[][] queries(LifecycleProfile profile, Target t, FieldColumn q, int maxNq) {
        float[][] lists = q == null ? null : q.embeddingLists();
        if (lists == null) {
            throw profile.invalidParameter("the vector sub-field " + t.name() + " of a struct array field is searched"
                    + " with embedding lists (EmbListFloatVector), got query vectors of type "
                    + (q == null ? "none" : q.type()));
        }
        if (lists.length == 0 || lists.length > maxNq) {
            throw profile.invalidParameter("nq [" + lists.length
                    + "] is invalid, nq (number of search vector per search request) should be in range [1, " + maxNq
                    + "]");
        }
        int dim = t.sub().dim();
        for (int i = 0; i < lists.length; i++) {
            if (lists[i].length == 0 || lists[i].length % dim != 0) {
                throw profile.invalidParameter("embedding list " + i + " holds " + lists[i].length
                        + " floats, not a non-empty list of vectors of dim " + dim + " (field " + t.name() + ")");
            }
        }
        return lists;
    }

    /** Refuses the search shapes embedding lists do not take. */
    static void checkPlain(LifecycleProfile profile, SearchRequest req) {
        for (String key : List.of("radius", "range_filter", "group_by_field", "iterator", "search_iter_v2")) {
            String v = req.params().get(key);
            if (v != null
                    && !v.isBlank()
                    && !(key.startsWith("iter") && v.trim().equalsIgnoreCase("false"))) {
                throw profile.invalidParameter(
                        "embedding list search does not support range, grouping or iterator search (" + key + ")");
            }
        }
    }

    /**
     * Scans the segments: per query, the best {@code k} rows (refs {@code segment << 32 | row},
     * segments numbered in the order added to {@code segmentsOut}), rows the filter excludes and
     * rows with no elements skipped.
     */
    static List<FlatSearcher.Hits> scan(
            List<LoadedPartition> targets,
            Target t,
            Filters.Compiled filter,
            EmbListMetric metric,
            float[][] queries,
            int k,
            List<SegmentData> segmentsOut) {
        int dim = t.sub().dim();
        TopK[] heaps = new TopK[queries.length];
        for (int q = 0; q < queries.length; q++) {
            heaps[q] = new TopK(k);
        }
        for (LoadedPartition lp : targets) {
            for (SegmentData s : lp.segments()) {
                int at = segmentsOut.size();
                segmentsOut.add(s);
                BitSet excluded = Filters.searchExcluded(s, filter, t.structIndex());
                byte[][] docs = s.column(t.structIndex()).jsonBytes();
                for (int r = 0; r < s.rowCount(); r++) {
                    if (excluded != null && excluded.get(r)) {
                        continue;
                    }
                    float[] doc = vectors(docs[r], t.sub().name(), dim);
                    int count = doc.length / dim;
                    for (int q = 0; q < queries.length; q++) {
                        float score = metric.score(queries[q], doc, count, dim);
                        if (!Float.isNaN(score)) {
                            heaps[q].offer(metric.toKey(score), ((long) at << 32) | r);
                        }
                    }
                }
            }
        }
        List<FlatSearcher.Hits> out = new ArrayList<>(queries.length);
        for (TopK h : heaps) {
            int n = h.size();
            float[] keys = new float[Math.max(n, 1)];
            long[] refs = new long[Math.max(n, 1)];
            h.drainSorted(keys, refs);
            float[] scores = new float[n];
            for (int i = 0; i < n; i++) {
                scores[i] = metric.higherIsBetter() ? -keys[i] : keys[i];
            }
            out.add(new FlatSearcher.Hits(scores, java.util.Arrays.copyOf(refs, n)));
        }
        return out;
    }

    /** The sub-field's vectors in one stored row ({@code {"sub": [[...], ...]}}), row-major. */
    private static float[] vectors(byte[] doc, String sub, int dim) {
        JsonObject row =
                JsonParser.parseString(new String(doc, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonArray list = row.getAsJsonArray(sub);
        float[] out = new float[list.size() * dim];
        int i = 0;
        for (JsonElement v : list) {
            for (JsonElement x : v.getAsJsonArray()) {
                out[i++] = x.getAsFloat();
            }
        }
        return out;
    }
}
