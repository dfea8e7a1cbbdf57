package io.partita.server.engine.core;

import io.partita.server.catalog.CatalogStore;
import io.partita.server.catalog.IndexMeta;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.IndexDescription;
import io.partita.server.search.IndexSpec;
import io.partita.server.search.Metric;
import io.partita.server.search.VectorIndexes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Index metadata: FLAT, IVF_FLAT, IVF_SQ8, IVF_PQ and HNSW on float vectors (also on float16/bfloat16
 * vectors, and FLAT/HNSW on int8 vectors, where they are recorded and searched exactly), BIN_FLAT,
 * BIN_IVF_FLAT on binary vectors, SPARSE_INVERTED_INDEX and SPARSE_WAND (IP) on sparse vectors are
 * validated (Milvus's parameter ranges and metric lists, {@link IndexSpec}) and recorded; types with a
 * structure (HNSW and the IVF family on float vectors, BIN_IVF_FLAT on binary vectors) are then built per sealed segment in the background ({@link IndexBuilds}),
 * and describe reports the rows built so far. Dropping an index frees its memory and files.
 * One index per field, except on a JSON field under profiles with JSON path indexes
 * ({@link JsonPathIndexes}): one per path there.
 */
final class IndexOps {
    private static final Set<String> FLOAT_TYPES = Set.of("FLAT", "IVF_FLAT", "IVF_SQ8", "IVF_PQ", "HNSW", "DISKANN");
    private static final Set<String> BINARY_TYPES = Set.of("BIN_FLAT", "BIN_IVF_FLAT");
    /** Sparse indexes are recorded and searched exactly (the scan is what they approximate). */
    private static final Set<String> SPARSE_TYPES = Set.of("SPARSE_INVERTED_INDEX", "SPARSE_WAND");

    private final LifecycleProfile profile;
    private final Registry registry;
    private final CatalogStore catalog;
    private final IndexBuilds builds;

    IndexOps(LifecycleProfile profile, Registry registry, CatalogStore catalog, IndexBuilds builds) {
        this.profile = profile;
        this.registry = registry;
        this.catalog = catalog;
        this.builds = builds;
    }

    void create(String collection, String fieldName, String indexName, Map<String, String> params) {
        CollectionRuntime c = registry.get(collection);
        FieldSchema f = c.meta.schema().field(Names.trimmed(fieldName));
        Map<String, String> p = new LinkedHashMap<>(params == null ? Map.of() : params);
        if (f == null && profile.acceptsStructArrays()) {
            EmbListSearch.Target struct = EmbListSearch.target(profile, c.fields(), fieldName);
            if (struct != null) {
                recordEmbList(c, struct, indexName, p);
                return;
            }
        }
        if (f == null) {
            if (profile.acceptsJsonPathIndexes() && c.meta.schema().enableDynamicField() && JsonPathIndexes.given(p)) {
                recordJsonPath(c, Names.trimmed(fieldName), true, indexName, p);
                return;
            }
            throw profile.indexFieldNotFound(fieldName);
        }
        String type = p.getOrDefault("index_type", "").trim().toUpperCase(Locale.ROOT);
        if (!f.dataType().isVector()) {
            if (!profile.acceptsScalarIndexes()) {
                throw profile.invalidParameter("cannot create index on non-vector field: " + f.name());
            }
            if (isJson(f) && profile.acceptsJsonPathIndexes()) {
                recordJsonPath(c, f.name(), false, indexName, p);
                return;
            }
            p.put("index_type", scalarIndexType(f, type, p.get("index_type")));
            record(c, f.name(), indexName, p);
            return;
        }
        DataType dt = f.dataType();
        boolean binary = dt == DataType.BINARY_VECTOR;
        boolean sparse = dt == DataType.SPARSE_FLOAT_VECTOR;
        if (type.isEmpty() || type.equals("AUTOINDEX")) {
            type = binary ? "BIN_FLAT" : sparse ? "SPARSE_INVERTED_INDEX" : "FLAT";
        }
        Set<String> allowed = binary ? BINARY_TYPES : sparse ? SPARSE_TYPES : FLOAT_TYPES;
        if (!profile.acceptsDiskAnn() && allowed.contains("DISKANN")) {
            allowed = new java.util.HashSet<>(allowed);
            allowed.remove("DISKANN");
        }
        if (dt == DataType.INT8_VECTOR && !type.equals("FLAT") && !type.equals("HNSW")) {
            // Milvus 2.6 builds only HNSW on Int8Vector (pkg/util/indexparamcheck; the message the
            // MilvusClient index tests expect)
            throw profile.invalidParameter("data type Int8Vector can't build with this index " + type);
        }
        if (!allowed.contains(type)) {
            throw profile.invalidParameter("invalid index type: " + p.get("index_type") + " for field " + f.name()
                    + " (supported: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
        }
        p.put("index_type", type);
        if (profile.fillsIndexDefaults()) {
            fillKnowhereDefaults(type, p);
        }
        String metric = p.getOrDefault("metric_type", "").trim().toUpperCase(Locale.ROOT);
        boolean bm25 = f.bm25Input() != null;
        if (metric.isEmpty()) {
            metric = binary ? "HAMMING" : bm25 ? "BM25" : sparse ? "IP" : profile.defaultFloatMetric();
        }
        if (metric.equals("BM25") && !bm25) {
            // the texts Milvus 2.6 answers (code 1100) when the field is not a function's output: a dense
            // field's metric check (Milvus's own test_create_index_using_bm25_metric_type_for_non_bm25_output_field),
            // a plain sparse field's as users report it
            throw profile.invalidParameter(
                    sparse
                            ? "only BM25 Function output field support BM25 metric type"
                            : "float vector index does not support metric type: BM25");
        }
        if (bm25 && !metric.equals("BM25")) {
            // code 65535, as Milvus's own test_create_full_text_search_index_with_invalid_metric_type expects
            throw profile.unexpected("index metric type of BM25 function output field must be BM25, got " + metric);
        }
        if (bm25) {
            try {
                checkBm25Params(IndexSpec.flatten(p));
            } catch (IllegalArgumentException e) {
                throw profile.invalidParameter(e.getMessage());
            }
        }
        if (sparse && !metric.equals("IP") && !metric.equals("BM25")) {
            // Milvus's text (tests/python_client/common/code_mapping.py SparseFloatVectorMetricType)
            throw profile.invalidParameter("only IP&BM25 is the supported metric type for sparse index");
        }
        if (!binary && !sparse && Metric.parse(metric) == null) {
            throw profile.invalidParameter("invalid metric type: " + p.get("metric_type") + " for index type " + type);
        }
        p.put("metric_type", metric);
        if (!sparse) {
            // binary types too: IndexSpec holds Milvus's metric lists per type (BIN_FLAT, BIN_IVF_FLAT)
            try {
                IndexSpec.parse(p).checkDim(f.dim());
            } catch (IllegalArgumentException e) {
                throw profile.invalidParameter(e.getMessage());
            }
        }
        record(c, f.name(), indexName, p);
        builds.scheduleAll(c);
    }

    /**
     * knowhere's defaults for build parameters the request leaves out, at the top level or in its
     * {@code params} JSON (a parameter given in either place is kept): HNSW's M 30 and
     * efConstruction 360, the IVF family's nlist 128.
     */
    private static void fillKnowhereDefaults(String type, Map<String, String> p) {
        Map<String, String> defaults = type.equals("HNSW")
                ? Map.of("M", "30", "efConstruction", "360")
                : type.startsWith("IVF_") || type.equals("BIN_IVF_FLAT") ? Map.of("nlist", "128") : Map.of();
        defaults.forEach((key, value) -> {
            if (!IndexSpec.gives(p, key)) {
                p.put(key, value);
            }
        });
    }

    /**
     * The type of a scalar index, checked against the field (Milvus 2.4+ accepts INVERTED, STL_SORT,
     * Trie and BITMAP on scalar fields, AUTOINDEX meaning INVERTED: pkg/util/indexparamcheck). The
     * index is recorded and described; filters scan, so it changes no answer. Refusal texts are
     * Partita's, naming the field and type.
     */
    private String scalarIndexType(FieldSchema f, String type, String given) {
        DataType dt = f.dataType();
        boolean numeric = dt == DataType.INT8
                || dt == DataType.INT16
                || dt == DataType.INT32
                || dt == DataType.INT64
                || dt == DataType.FLOAT
                || dt == DataType.DOUBLE;
        String t = type.isEmpty() || type.equals("AUTOINDEX") ? "INVERTED" : type;
        boolean ok = switch (t) {
            case "INVERTED" -> true;
            case "STL_SORT" -> numeric || dt == DataType.VARCHAR;
            case "TRIE" -> dt == DataType.VARCHAR;
            case "BITMAP" -> !f.primaryKey() && dt != DataType.FLOAT && dt != DataType.DOUBLE && dt != DataType.JSON;
            default -> false;
        };
        if (!ok) {
            throw profile.invalidParameter(
                    "invalid index type: " + given + " for scalar field " + f.name() + " of type " + dt);
        }
        return t.equals("TRIE") ? "Trie" : t;
    }

    private static boolean isJson(FieldSchema f) {
        return f.dataType() == DataType.JSON;
    }

    /**
     * A JSON path index (row 54) on {@code indexed}: a JSON field, or ({@code dynamicKey}) a key of
     * the dynamic field, which the index then names as its field.
     */
    private void recordJsonPath(
            CollectionRuntime c, String indexed, boolean dynamicKey, String indexName, Map<String, String> p) {
        Map<String, String> checked = JsonPathIndexes.check(profile, indexed, p);
        String name = indexName == null || indexName.isBlank()
                ? JsonPathIndexes.defaultName(profile, indexed, dynamicKey, checked)
                : indexName;
        record(c, indexed, name, checked);
    }

    /** Records an index on {@code field} (a field's name, or a dynamic key's for a JSON path index). */
    /**
     * An index on a struct's vector sub-field ({@code struct[sub]}): the embedding lists are indexed
     * as a whole with HNSW (or AUTOINDEX, which Milvus 2.6 takes to HNSW) and an embedding-list
     * metric, as Milvus's "Array of Structs" page lists. Recorded (it fixes the search metric);
     * the reference server scans embedding lists exactly and builds nothing.
     */
    private void recordEmbList(
            CollectionRuntime c, EmbListSearch.Target struct, String indexName, Map<String, String> p) {
        String type = p.getOrDefault("index_type", "").trim().toUpperCase(Locale.ROOT);
        if (type.isEmpty() || type.equals("AUTOINDEX")) {
            type = "HNSW";
        }
        if (!type.equals("HNSW")) {
            throw profile.invalidParameter("invalid index type: " + p.get("index_type") + " for the embedding lists of"
                    + " field " + struct.name() + " (supported: AUTOINDEX, HNSW)");
        }
        String metric = p.getOrDefault("metric_type", "").trim().toUpperCase(Locale.ROOT);
        if (metric.isEmpty()) {
            metric = "MAX_SIM_COSINE";
        }
        if (io.partita.server.search.EmbListMetric.parse(metric) == null) {
            throw profile.invalidParameter("invalid metric type: " + p.get("metric_type") + " for the embedding lists"
                    + " of field " + struct.name() + " (supported: MAX_SIM_COSINE, MAX_SIM_IP, MAX_SIM_L2)");
        }
        p.put("index_type", type);
        p.put("metric_type", metric);
        record(c, struct.name(), indexName, p);
    }

    private void record(CollectionRuntime c, String field, String indexName, Map<String, String> p) {
        String name = indexName == null || indexName.isBlank() ? field : Names.trimmed(indexName);
        c.lock.lock();
        try {
            List<IndexMeta> indexes = new ArrayList<>(c.meta.indexes());
            String path = p.get(JsonPathIndexes.PATH);
            for (IndexMeta i : indexes) {
                if (path != null && i.fieldName().equals(field)) {
                    // JSON path indexes (row 54): one per path, each named; the checks of Milvus's
                    // datacoord CreateIndex (index_meta.go CanCreateIndex), texts as its tests expect
                    boolean samePath = path.equals(i.params().get(JsonPathIndexes.PATH));
                    if (i.name().equals(name)) {
                        if (i.params().equals(p)) {
                            return;
                        }
                        throw profile.invalidParameter("at most one distinct index is allowed per field");
                    }
                    if (samePath) {
                        throw profile.unexpected(
                                "CreateIndex failed: creating multiple indexes on same field is not supported");
                    }
                    continue;
                }
                if (i.fieldName().equals(field)) {
                    if (i.params().equals(p) && i.name().equals(name)) {
                        return;
                    }
                    throw profile.invalidParameter("at most one distinct index is allowed per field: field " + field
                            + " already has index " + i.name());
                }
                if (i.name().equals(name)) {
                    throw profile.invalidParameter("index name " + name + " is already used on field " + i.fieldName());
                }
            }
            indexes.add(new IndexMeta(catalog.nextId(), name, field, p));
            c.meta = c.meta.withIndexes(indexes);
            catalog.putCollection(c.meta);
        } finally {
            c.lock.unlock();
        }
    }

    /**
     * The index properties AlterIndex may set or remove (milvus-io/milvus pkg/util/indexparams
     * {@code configableIndexParams}: mmap, the offset cache and warmup).
     */
    static final Set<String> ALTERABLE = Set.of("mmap.enabled", "indexoffsetcache.enabled", "warmup");

    /**
     * AlterIndex (Milvus 2.4+): sets {@code properties} on the named index and removes
     * {@code deleteKeys}; DescribeIndex lists them among the params. The checks and texts of
     * milvus-io/milvus internal/proxy/task_index.go {@code alterIndexTask.PreExecute}: a key that is
     * not alterable c 1100 {@code <key> is not configable index param}, no index name c 1100
     * {@code index name is empty}, a loaded collection c 104; then datacoord's: an unknown index
     * {@code index not found[indexName=<name>]}, a non-boolean {@code mmap.enabled}
     * {@code invalid mmap.enabled value: <v>}.
     */
    void alter(String collection, String indexName, Map<String, String> properties, List<String> deleteKeys) {
        for (String key : properties.keySet()) {
            checkAlterable(key);
        }
        for (String key : deleteKeys) {
            checkAlterable(key);
        }
        CollectionRuntime c = registry.get(collection);
        if (indexName == null || indexName.isEmpty()) {
            throw profile.invalidParameter("index name is empty: invalid parameter");
        }
        c.lock.lock();
        try {
            if (c.anyLoadedOrLoading()) {
                throw EngineException.of(
                        ErrorCodes.UNEXPECTED_ERROR,
                        CollectionOps.CODE_COLLECTION_LOADED,
                        "can't alter index on loaded collection, please release the collection first: collection"
                                + " already loaded[collection=" + c.name() + "]");
            }
            String mmap = properties.get("mmap.enabled");
            if (mmap != null && !BOOLEANS.contains(mmap)) {
                throw profile.unexpected("invalid mmap.enabled value: " + mmap);
            }
            List<IndexMeta> next = new ArrayList<>();
            boolean found = false;
            for (IndexMeta i : c.meta.indexes()) {
                if (i.name().equals(Names.trimmed(indexName))) {
                    found = true;
                    Map<String, String> params = new LinkedHashMap<>(i.params());
                    params.putAll(properties);
                    deleteKeys.forEach(params::remove);
                    i = new IndexMeta(i.id(), i.name(), i.fieldName(), params);
                }
                next.add(i);
            }
            if (!found) {
                throw profile.unexpected("index not found[indexName=" + indexName + "]");
            }
            c.meta = c.meta.withIndexes(next);
            catalog.putCollection(c.meta);
        } finally {
            c.lock.unlock();
        }
    }

    /** The spellings of a boolean Go's strconv.ParseBool takes. */
    private static final Set<String> BOOLEANS =
            Set.of("1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False");

    private void checkAlterable(String key) {
        if (!ALTERABLE.contains(key)) {
            throw profile.invalidParameter(key + " is not configable index param: invalid parameter");
        }
    }

    /** The index param keys of BM25 scoring. */
    static final String BM25_K1 = "bm25_k1";

    static final String BM25_B = "bm25_b";

    /**
     * {@code bm25_k1} in [1.2, 2.0] and {@code bm25_b} in [0, 1], the ranges Milvus's full-text
     * search guide gives (docs full-text-search.md).
     */
    private void checkBm25Params(Map<String, String> p) {
        range(p, BM25_K1, 1.2, 2.0);
        range(p, BM25_B, 0, 1);
    }

    private void range(Map<String, String> p, String key, double min, double max) {
        String v = p.get(key);
        if (v == null) {
            return;
        }
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw profile.invalidParameter("param '" + key + "' (" + v + ") should be a number: invalid parameter");
        }
        if (!(d >= min && d <= max)) {
            throw profile.invalidParameter(
                    "param '" + key + "' (" + v + ") should be in range [" + min + ", " + max + "]: invalid parameter");
        }
    }

    List<IndexDescription> describe(String collection, String fieldName, String indexName, long rows) {
        CollectionRuntime c = registry.get(collection);
        List<IndexDescription> out = new ArrayList<>();
        for (IndexMeta i : c.meta.indexes()) {
            if (fieldName != null && !fieldName.isBlank() && !i.fieldName().equals(Names.trimmed(fieldName))) {
                continue;
            }
            if (indexName != null && !indexName.isBlank() && !i.name().equals(Names.trimmed(indexName))) {
                continue;
            }
            long[] built = builds.builtRows(c, i);
            boolean finished = built[0] >= built[1];
            // FLAT has nothing to build: every row counts as indexed, as before. A built type counts
            // the rows of sealed segments whose index file exists; unflushed rows are pending.
            IndexSpec spec = IndexBuilds.spec(c, i);
            long indexed = spec != null && VectorIndexes.builds(spec) ? built[0] : rows;
            out.add(new IndexDescription(
                    i.name(),
                    i.id(),
                    i.fieldName(),
                    i.params(),
                    indexed,
                    rows,
                    Math.max(0, rows - indexed),
                    finished ? IndexDescription.STATE_FINISHED : IndexDescription.STATE_IN_PROGRESS));
        }
        if (out.isEmpty()) {
            throw EngineException.of(
                    ErrorCodes.INDEX_NOT_EXIST,
                    ErrorCodes.CODE_INDEX_NOT_FOUND,
                    "index not found[collection=" + c.name() + "]");
        }
        return out;
    }

    void drop(String collection, String fieldName, String indexName) {
        CollectionRuntime c = registry.get(collection);
        c.lock.lock();
        try {
            List<IndexMeta> kept = new ArrayList<>();
            for (IndexMeta i : c.meta.indexes()) {
                boolean byField = fieldName != null
                        && !fieldName.isBlank()
                        && i.fieldName().equals(Names.trimmed(fieldName));
                boolean byName =
                        indexName != null && !indexName.isBlank() && i.name().equals(Names.trimmed(indexName));
                // a name, when given, picks the index (a JSON field may carry several, row 54)
                boolean named = indexName != null && !indexName.isBlank();
                if (named ? !byName : !byField) {
                    kept.add(i);
                }
            }
            if (kept.size() != c.meta.indexes().size()) {
                List<IndexMeta> gone = new ArrayList<>(c.meta.indexes());
                gone.removeAll(kept);
                c.meta = c.meta.withIndexes(kept);
                catalog.putCollection(c.meta);
                for (IndexMeta i : gone) {
                    builds.dropped(c, i);
                }
            }
        } finally {
            c.lock.unlock();
        }
    }
}
