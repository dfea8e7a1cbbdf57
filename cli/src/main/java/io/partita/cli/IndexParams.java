package io.partita.cli;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * Which parameters milvus_cli 1.x asks for when building ({@code create index}) and when
 * searching ({@code search}) on each index type Partita serves. Read from milvus_cli 1.2.1's
 * {@code Types.py} (IndexTypesMap); AUTOINDEX asks nothing when building, as there.
 */
final class IndexParams {
    private static final Map<String, List<String>> BUILD = Map.of(
            "FLAT", List.of(),
            "IVF_FLAT", List.of("nlist"),
            "IVF_SQ8", List.of("nlist"),
            "IVF_PQ", List.of("nlist", "m", "nbits"),
            "HNSW", List.of("M", "efConstruction"),
            "ANNOY", List.of("n_trees"),
            "BIN_FLAT", List.of(),
            "BIN_IVF_FLAT", List.of("nlist"),
            "AUTOINDEX", List.of());

    private static final Map<String, List<String>> SEARCH = Map.of(
            "FLAT", List.of("metric_type"),
            "IVF_FLAT", List.of("nprobe"),
            "IVF_SQ8", List.of("nprobe"),
            "IVF_PQ", List.of("nprobe"),
            "HNSW", List.of("ef"),
            "ANNOY", List.of("search_k"),
            "BIN_FLAT", List.of(),
            "BIN_IVF_FLAT", List.of("nprobe"),
            "AUTOINDEX", List.of("level"));

    private IndexParams() {}

    static List<String> build(String indexType) {
        return BUILD.getOrDefault(indexType.toUpperCase(java.util.Locale.ROOT), List.of());
    }

    static List<String> search(String indexType) {
        return SEARCH.getOrDefault(indexType.toUpperCase(java.util.Locale.ROOT), List.of());
    }

    /** Answers as a JSON object: numbers stay numbers, anything else a string. */
    static String json(Map<String, String> answers) {
        JsonObject o = new JsonObject();
        answers.forEach((k, v) -> {
            try {
                o.addProperty(k, Long.parseLong(v));
            } catch (NumberFormatException notLong) {
                try {
                    o.addProperty(k, Double.parseDouble(v));
                } catch (NumberFormatException notNumber) {
                    o.addProperty(k, v);
                }
            }
        });
        return o.toString();
    }
}
