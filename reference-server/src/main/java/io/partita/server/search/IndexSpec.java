package io.partita.server.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What to build for one vector field: the index type, the metric and the build parameters,
 * read from a CreateIndex request's {@code extra_params} (flat pairs, or {@code params} holding
 * JSON, as the official clients send them). Immutable. {@link #parse} validates with Milvus's
 * rules and messages and throws {@link IllegalArgumentException} naming what was wrong.
 *
 * @param type {@code FLAT}, {@code HNSW}, {@code IVF_FLAT}, {@code IVF_SQ8}, {@code IVF_PQ}, or on binary
 *     vectors {@code BIN_FLAT} or {@code BIN_IVF_FLAT}
 * @param build the build parameters by name ({@code M}, {@code efConstruction}, {@code nlist},
 *     {@code m}, {@code nbits});
 *     only those the type uses; unmodifiable
 */
public record IndexSpec(String type, Metric metric, Map<String, Integer> build) {
    public static final String FLAT = "FLAT";
    public static final String HNSW = "HNSW";
    public static final String IVF_FLAT = "IVF_FLAT";
    public static final String IVF_SQ8 = "IVF_SQ8";
    public static final String IVF_PQ = "IVF_PQ";
    public static final String DISKANN = "DISKANN";
    public static final String BIN_FLAT = "BIN_FLAT";
    public static final String BIN_IVF_FLAT = "BIN_IVF_FLAT";
    public static final String SPARSE_INVERTED_INDEX = "SPARSE_INVERTED_INDEX";
    public static final String SPARSE_WAND = "SPARSE_WAND";

    // Metrics per index family as Milvus 2.3 lists them (pkg/util/indexparamcheck/constraints.go:
    // METRICS, BinIDMapMetrics, BinIvfMetrics), in its order, for the refusal texts below.
    private static final java.util.List<Metric> FLOAT_METRICS = java.util.List.of(Metric.L2, Metric.IP, Metric.COSINE);
    private static final java.util.List<Metric> BIN_FLAT_METRICS =
            java.util.List.of(Metric.HAMMING, Metric.JACCARD, Metric.SUBSTRUCTURE, Metric.SUPERSTRUCTURE);
    private static final java.util.List<Metric> BIN_IVF_METRICS = java.util.List.of(Metric.HAMMING, Metric.JACCARD);

    // Ranges as Milvus's index parameter checker enforces them (milvus-io/milvus,
    // pkg/util/indexparamcheck/constraints.go: HNSWMinM/HNSWMaxM, HNSWMinEfConstruction/
    // HNSWMaxEfConstruction, MinNList/MaxNList), messages as its errOutOfRange words them.
    static final int HNSW_MIN_M = 1;
    static final int HNSW_MAX_M = 2048;
    static final int HNSW_MIN_EF_CONSTRUCTION = 1;
    static final int HNSW_MAX_EF_CONSTRUCTION = Integer.MAX_VALUE;
    static final int MIN_NLIST = 1;
    static final int MAX_NLIST = 65536;
    // IVF_PQ (pkg/util/indexparamcheck/constraints.go MinNBits/MaxNBits/DefaultNBits; messages of
    // ivf_pq_checker.go checkPQParams/checkCPUPQParams)
    static final int MIN_NBITS = 1;
    static final int MAX_NBITS = 16;
    static final int DEFAULT_NBITS = 8;

    public IndexSpec {
        build = Map.copyOf(build);
    }

    /**
     * The spec of an index whose {@code index_type} and {@code metric_type} are already
     * normalized (upper case) in {@code params}.
     */
    public static IndexSpec parse(Map<String, String> params) {
        Map<String, String> flat = flatten(params);
        String type = flat.getOrDefault("index_type", FLAT).trim().toUpperCase(Locale.ROOT);
        boolean binary = type.equals(BIN_FLAT) || type.equals(BIN_IVF_FLAT);
        Metric metric = Metric.parse(flat.getOrDefault("metric_type", binary ? "HAMMING" : "L2"));
        if (metric == null && !binary) {
            throw new IllegalArgumentException("metric type not found or not supported: " + flat.get("metric_type"));
        }
        checkMetric(type, metric, flat.get("metric_type"));
        Map<String, Integer> build = new LinkedHashMap<>();
        switch (type) {
            // DISKANN takes no build parameters from the request: Milvus reads max_degree, search_list_size
            // and the PQ budget from its DiskIndex config (DiskAnnIndex uses their defaults)
            case FLAT, BIN_FLAT, DISKANN -> {}
            case BIN_IVF_FLAT -> build.put("nlist", ranged(flat, "nlist", MIN_NLIST, MAX_NLIST));
            case HNSW -> {
                build.put("M", ranged(flat, "M", HNSW_MIN_M, HNSW_MAX_M));
                build.put(
                        "efConstruction",
                        ranged(flat, "efConstruction", HNSW_MIN_EF_CONSTRUCTION, HNSW_MAX_EF_CONSTRUCTION));
            }
            case IVF_FLAT, IVF_SQ8 -> build.put("nlist", ranged(flat, "nlist", MIN_NLIST, MAX_NLIST));
            case IVF_PQ -> {
                build.put("nlist", ranged(flat, "nlist", MIN_NLIST, MAX_NLIST));
                build.put("m", pqM(flat.get("m")));
                build.put("nbits", nbits(flat.get("nbits")));
            }
            default -> throw new IllegalArgumentException("invalid index type: " + type);
        }
        return new IndexSpec(type, metric, build);
    }

    /**
     * The metric fits the index family, else Milvus 2.3's refusal: binaryVectorBaseChecker's text
     * for BIN_FLAT (bin_flat_checker.go), binIVFFlatChecker's (which names the metric) for
     * BIN_IVF_FLAT, floatVectorBaseChecker's for the float types.
     */
    private static void checkMetric(String type, Metric metric, String given) {
        if (type.equals(BIN_IVF_FLAT)) {
            if (!BIN_IVF_METRICS.contains(metric)) {
                throw new IllegalArgumentException(
                        "metric type " + given + " not found or not supported, supported: " + names(BIN_IVF_METRICS));
            }
        } else if (type.equals(BIN_FLAT)) {
            if (!BIN_FLAT_METRICS.contains(metric)) {
                throw new IllegalArgumentException(
                        "metric type not found or not supported, supported: " + names(BIN_FLAT_METRICS));
            }
        } else if (!FLOAT_METRICS.contains(metric)) {
            throw new IllegalArgumentException(
                    "metric type not found or not supported, supported: " + names(FLOAT_METRICS));
        }
    }

    /** A list as Go's {@code %v} prints a string slice: {@code [A B C]}. */
    private static String names(java.util.List<Metric> metrics) {
        StringBuilder b = new StringBuilder("[");
        for (Metric m : metrics) {
            b.append(b.length() > 1 ? " " : "").append(m.name());
        }
        return b.append(']').toString();
    }

    private static int pqM(String v) {
        if (v == null) {
            throw new IllegalArgumentException("parameter `m` not found");
        }
        try {
            int m = Integer.parseInt(v.trim());
            if (m >= 1) {
                return m;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("invalid `m`: " + v);
    }

    private static int nbits(String v) {
        if (v == null) {
            return DEFAULT_NBITS;
        }
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid nbits: " + v);
        }
        if (n < MIN_NBITS || n > MAX_NBITS) {
            throw new IllegalArgumentException("nbits out of range: [" + MIN_NBITS + ", " + MAX_NBITS + "]");
        }
        return n;
    }

    /**
     * The checks that need the field's dimension (Milvus passes {@code dim} to its checker):
     * IVF_PQ's {@code m} must divide it.
     */
    public void checkDim(int dim) {
        if (type.equals(IVF_PQ) && dim % param("m") != 0) {
            // Milvus's text, spelling included (ivf_pq_checker.go checkCPUPQParams)
            throw new IllegalArgumentException(
                    "dimension must be abled to be divided by `m`, dimension: " + dim + ", m: " + param("m"));
        }
    }

    /** True when searches of this type need a built structure (anything but FLAT and BIN_FLAT). */
    public boolean needsBuild() {
        return !type.equals(FLAT) && !type.equals(BIN_FLAT);
    }

    public int param(String name) {
        Integer v = build.get(name);
        if (v == null) {
            throw new IllegalStateException(type + " has no build parameter " + name);
        }
        return v;
    }

    /** Flat pairs plus the members of a JSON {@code params} value; flat pairs win. */
    /**
     * Whether the request gives {@code key}, at the top level or inside its {@code params} JSON (as
     * pymilvus sends build parameters), so a default is filled only where nothing was given.
     */
    public static boolean gives(Map<String, String> params, String key) {
        return flatten(params).containsKey(key);
    }

    public static Map<String, String> flatten(Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        String json = params.get("params");
        if (json != null && !json.isBlank()) {
            try {
                JsonElement e = JsonParser.parseString(json);
                if (e.isJsonObject()) {
                    JsonObject o = e.getAsJsonObject();
                    for (String k : o.keySet()) {
                        JsonElement v = o.get(k);
                        out.put(k, v.isJsonPrimitive() ? v.getAsString() : v.toString());
                    }
                }
            } catch (JsonParseException ex) {
                throw new IllegalArgumentException("index params are not valid JSON: " + json);
            }
        }
        for (Map.Entry<String, String> en : params.entrySet()) {
            if (!en.getKey().equals("params")) {
                out.put(en.getKey(), en.getValue());
            }
        }
        return out;
    }

    /** Milvus's CheckIntByRange: present, an integer, within [min, max]; else "x out of range: [min, max]". */
    private static int ranged(Map<String, String> flat, String name, int min, int max) {
        String v = flat.get(name);
        try {
            if (v != null) {
                long n = Long.parseLong(v.trim());
                if (n >= min && n <= max) {
                    return (int) n;
                }
            }
        } catch (NumberFormatException e) {
            // reported below, as Milvus does, as out of range
        }
        throw new IllegalArgumentException(name + " out of range: [" + min + ", " + max + "]");
    }

    /** A search-time integer parameter ({@code ef}, {@code nprobe}) or {@code dflt} when absent. */
    public static int searchParam(Map<String, String> params, String name, int dflt, int min, int max) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n >= min && n <= max) {
                return (int) n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "search param " + name + " out of range: [" + min + ", " + max + "], got " + v.trim());
    }
}
