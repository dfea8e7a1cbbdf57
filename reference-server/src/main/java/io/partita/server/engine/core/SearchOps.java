package io.partita.server.engine.core;

import io.partita.server.catalog.IndexMeta;
import io.partita.server.engine.Engine;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import io.partita.server.search.BinaryKernel;
import io.partita.server.search.DenseVectors;
import io.partita.server.search.FlatSearcher;
import io.partita.server.search.Metric;
import io.partita.server.search.SparseInvertedIndex;
import io.partita.server.search.SparseVectors;
import io.partita.server.search.TopK;
import io.partita.server.search.VectorIndex;
import io.partita.server.storage.SegmentData;
import io.partita.server.text.Bm25;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Vector search: validates the request, picks the loaded snapshots (ReadTargets), asks each
 * sealed segment's built index (HNSW, IVF_FLAT, IVF_SQ8, IVF_PQ, BIN_IVF_FLAT) and scans the rest exactly
 * (growing data, FLAT, BIN_FLAT, segments whose index is still building, sparse and half-precision vectors;
 * binary vectors by popcount, {@link BinaryKernel}), merges, and
 * assembles hits in the wire's flat shape.
 * A search whose result would be too large is refused by {@link ResultAdmission} before the
 * work starts.
 */
final class SearchOps {
    private static final int MAX_TOPK = Engine.MAX_TOPK;
    private static final int MAX_NQ = Engine.MAX_NQ;
    private static final float[] NO_VECTORS = new float[0];

    private final LifecycleProfile profile;
    private final Registry registry;
    private final FlatSearcher searcher;

    SearchOps(LifecycleProfile profile, Registry registry, FlatSearcher searcher) {
        this.profile = profile;
        this.registry = registry;
        this.searcher = searcher;
    }

    SearchResult search(SearchRequest req) {
        CollectionRuntime c = registry.getForSearch(req.collectionName());
        ReadTargets.Reading reading = ReadTargets.resolveWithFields(
                profile, c, req.partitionNames(), false, req.expr(), registry.ttlFloor(c));
        List<LoadedPartition> targets = Snapshots.asOf(reading.targets(), Snapshots.of(req.params()));
        EmbListSearch.Target struct = EmbListSearch.target(profile, c.fields(), req.annsField());
        if (struct != null) {
            return searchEmbeddingLists(c, req, struct, reading.resident(), targets);
        }
        if (req.vectors() != null && req.vectors().embeddingLists() != null) {
            throw profile.invalidParameter("embedding lists search the vector sub-field of a struct array field"
                    + " (anns_field struct[sub]); "
                    + (req.annsField().isBlank()
                            ? "no anns_field was given"
                            : "field " + req.annsField() + " is not one"));
        }
        Plan plan = plan(c, req, reading.resident());
        List<FieldSchema> fields = c.fields();
        List<Integer> outputs = OutputFields.resolve(profile, fields, req.outputFields(), false, reading.resident());
        long resultBytes = ResultAdmission.estimate((long) plan.nq() * plan.maxHits(), fields, outputs);
        try (ResultAdmission.Ticket admitted = ResultAdmission.JVM.admit(profile, resultBytes)) {
            Run run = run(targets, plan);
            SearchResult answer;
            if (plan.grouping() != null) {
                answer = assembleGroups(c, req, plan, run, outputs);
            } else if (plan.iterator() != null) {
                answer = assembleIteratorPage(c, req, plan, run, outputs);
            } else {
                answer = assemble(c, req, run.hits(), plan.offset(), run.segments(), outputs);
            }
            return answer.withScannedBytes(scannedBytes(run.segments(), plan.vectorIndex()));
        }
    }

    /** An embedding-list search of a struct's vector sub-field ({@link EmbListSearch}). */
    private SearchResult searchEmbeddingLists(
            CollectionRuntime c,
            SearchRequest req,
            EmbListSearch.Target struct,
            boolean[] resident,
            List<LoadedPartition> targets) {
        List<FieldSchema> fields = c.fields();
        if (!LoadFields.holds(resident, struct.structIndex())) {
            throw profile.annsFieldNotLoaded(struct.name());
        }
        float[][] queries = EmbListSearch.queries(profile, struct, req.vectors(), MAX_NQ);
        if (req.topK() < 1 || req.topK() > MAX_TOPK) {
            throw profile.invalidParameter("top k should be in range [1, " + MAX_TOPK + "], but got " + req.topK());
        }
        int offset = offset(req);
        if (req.topK() + offset > MAX_TOPK) {
            throw profile.invalidParameter(
                    "topk+offset should be in range [1, " + MAX_TOPK + "], but got " + (req.topK() + offset));
        }
        EmbListSearch.checkPlain(profile, req);
        io.partita.server.search.EmbListMetric metric =
                EmbListSearch.metric(profile, c.meta.indexes(), struct, req.metricType());
        Filters.Compiled filter = Filters.compile(profile, fields, req.expr(), resident);
        List<Integer> outputs = OutputFields.resolve(profile, fields, req.outputFields(), false, resident);
        long resultBytes = ResultAdmission.estimate((long) queries.length * (req.topK() + offset), fields, outputs);
        try (ResultAdmission.Ticket admitted = ResultAdmission.JVM.admit(profile, resultBytes)) {
            List<SegmentData> segments = new ArrayList<>();
            List<FlatSearcher.Hits> hits =
                    EmbListSearch.scan(targets, struct, filter, metric, queries, req.topK() + offset, segments);
            return assemble(c, req, hits, offset, segments, outputs);
        }
    }

    /**
     * The bytes the search scanned: the searched vector column of every segment it read, as held
     * in memory ({@link io.partita.server.memory.RamUsage#column}); the flat scan reads each whole.
     */
    private static long scannedBytes(List<SegmentData> segments, int vectorIndex) {
        long total = 0;
        for (SegmentData s : segments) {
            total += io.partita.server.memory.RamUsage.column(s.columns().get(vectorIndex));
        }
        return total;
    }

    /**
     * A validated search: the field, the queries, the metric, the filter, and what turns the top-k
     * into a range, a grouping or an iterator page. Range bounds and the iterator's last bound are
     * held in key terms ({@link Metric#toKey}: smaller is better): hits have {@code floor ≤ key}
     * (or {@code <} when exclusive) and {@code key < ceiling}.
     */
    record Plan(
            int vectorIndex,
            FieldColumn queries,
            Metric metric,
            Filters.Compiled filter,
            int topK,
            int offset,
            float floor,
            boolean floorExclusive,
            float ceiling,
            Grouping grouping,
            IteratorRequest iterator,
            Map<String, String> params,
            Bm25Params bm25) {
        int nq() {
            return queries.rowCount();
        }

        /** The most hits one query vector can return. */
        int maxHits() {
            if (grouping != null) {
                return (topK + offset) * grouping.size();
            }
            return iterator != null ? iterator.batch() : topK + offset;
        }

        boolean bounded() {
            return floor != Float.NEGATIVE_INFINITY || ceiling != Float.POSITIVE_INFINITY;
        }
    }

    /** BM25 scoring's parameters (the index's {@code bm25_k1}, {@code bm25_b}); null for other searches. */
    record Bm25Params(double k1, double b) {}

    /** {@code group_by_field} resolved: the field's index, hits per group, and strictness. */
    record Grouping(int fieldIndex, int size, boolean strict) {}

    /** A search iterator v2 call: page size, the bound to start beyond (or null), and the token. */
    record IteratorRequest(int batch, Float lastBound, String token) {}

    /** Hits per query (refs {@code segment << 32 | row}), the segments they index, the metric. */
    record Run(List<FlatSearcher.Hits> hits, List<SegmentData> segments, Metric metric) {}

    /**
     * Validates a search over a load holding the fields marked in {@code resident} (null = every
     * field): the vector field, the filter and the grouping field must be resident.
     */
    Plan plan(CollectionRuntime c, SearchRequest req, boolean[] resident) {
        List<FieldSchema> fields = c.fields();
        int vectorIndex = annsField(fields, req.annsField());
        FieldSchema vf = fields.get(vectorIndex);
        if (!LoadFields.holds(resident, vectorIndex)) {
            throw profile.annsFieldNotLoaded(vf.name());
        }
        FieldColumn q = queryVectors(fields, vf, req.vectors());
        boolean sparse = vf.dataType() == DataType.SPARSE_FLOAT_VECTOR;
        boolean bm25 = vf.bm25Input() != null;
        if (req.topK() < 1 || req.topK() > MAX_TOPK) {
            throw profile.invalidParameter("top k should be in range [1, " + MAX_TOPK + "], but got " + req.topK());
        }
        int offset = offset(req);
        if (req.topK() + offset > MAX_TOPK) {
            throw profile.invalidParameter(
                    "topk+offset should be in range [1, " + MAX_TOPK + "], but got " + (req.topK() + offset));
        }
        Metric metric = metric(c, vf, req.metricType());
        if (bm25 != (metric == Metric.BM25) && (bm25 || sparse)) {
            throw profile.invalidParameter(
                    bm25
                            ? "metric type not match: invalid parameter[expected=BM25][actual=" + metric + "]"
                            : "only IP&BM25 is the supported metric type for sparse index");
        }
        if (sparse && metric != Metric.IP && metric != Metric.BM25) {
            // Milvus's text (tests/python_client/common/code_mapping.py SparseFloatVectorMetricType)
            throw profile.invalidParameter("only IP&BM25 is the supported metric type for sparse index");
        }
        Filters.Compiled filter = Filters.compile(profile, fields, req.expr(), resident);
        Map<String, String> p = req.params();
        Grouping grouping = SearchParams.grouping(profile, fields, p);
        if (grouping != null && !LoadFields.holds(resident, grouping.fieldIndex())) {
            throw profile.outputFieldNotLoaded(fields.get(grouping.fieldIndex()).name());
        }
        if (grouping != null && (req.topK() + offset) * (long) grouping.size() > MAX_TOPK) {
            throw profile.invalidParameter("(topk+offset)*group_size should be in range [1, " + MAX_TOPK + "], but got "
                    + (req.topK() + offset) * (long) grouping.size());
        }
        IteratorRequest iterator = SearchParams.iterator(profile, p, req.topK());
        float floor = Float.NEGATIVE_INFINITY;
        boolean floorExclusive = false;
        float ceiling = Float.POSITIVE_INFINITY;
        Double[] range = SearchParams.range(profile, p, metric);
        if (grouping != null) {
            SearchParams.checkGroupingCombination(profile, p, range[0] != null, vf.dataType());
        }
        if (range[0] != null) {
            // knowhere's range search (and Milvus's docs): L2 keeps range_filter <= d < radius,
            // IP/COSINE keep radius < s <= range_filter; in key terms both are floor <= key < ceiling
            ceiling = metric.toKey(range[0].floatValue());
            if (range[1] != null) {
                floor = metric.toKey(range[1].floatValue());
            }
        }
        if (iterator != null && iterator.lastBound() != null) {
            float bound = metric.toKey(iterator.lastBound());
            if (bound >= floor) {
                floor = bound;
                floorExclusive = true;
            }
        }
        return new Plan(
                vectorIndex,
                q,
                metric,
                filter,
                req.topK(),
                offset,
                floor,
                floorExclusive,
                ceiling,
                grouping,
                iterator,
                p,
                bm25 ? bm25Params(c, vf) : null);
    }

    /** The BM25 index's {@code bm25_k1} and {@code bm25_b} (Milvus's defaults 1.2 and 0.75). */
    private static Bm25Params bm25Params(CollectionRuntime c, FieldSchema vf) {
        double k1 = Bm25.DEFAULT_K1;
        double b = Bm25.DEFAULT_B;
        for (IndexMeta i : c.meta.indexes()) {
            if (i.fieldName().equals(vf.name())) {
                k1 = Double.parseDouble(i.params()
                        .getOrDefault(IndexOps.BM25_K1, Double.toString(k1))
                        .trim());
                b = Double.parseDouble(i.params()
                        .getOrDefault(IndexOps.BM25_B, Double.toString(b))
                        .trim());
            }
        }
        return new Bm25Params(k1, b);
    }

    /**
     * Refuses query vectors the field cannot be searched with (none or more than {@code MAX_NQ}, another
     * vector type (dense fields take float32 queries too, binary fields binary ones only), a bad sparse row,
     * another dim) and
     * answers them ready to score: raw texts of a BM25 function's output field become its sparse queries.
     */
    private FieldColumn queryVectors(List<FieldSchema> fields, FieldSchema vf, FieldColumn q) {
        int nq = q == null ? 0 : q.rowCount();
        if (nq == 0 || nq > MAX_NQ) {
            throw profile.invalidParameter("nq [" + nq
                    + "] is invalid, nq (number of search vector per search request) should be in range [1, " + MAX_NQ
                    + "]");
        }
        DataType vt = vf.dataType();
        boolean sparse = vt == DataType.SPARSE_FLOAT_VECTOR;
        boolean bm25 = vf.bm25Input() != null;
        if (q.type() == DataType.VARCHAR) {
            if (!bm25) {
                throw profile.invalidParameter("search with raw text is only supported on the output field of a BM25"
                        + " function; field " + vf.name() + " is not one");
            }
            q = TextFields.bm25Queries(profile, fields, vf, q);
        } else if (bm25) {
            throw profile.invalidParameter("the output field " + vf.name() + " of a BM25 function is searched with"
                    + " raw texts, got query vectors of type " + q.type());
        }
        boolean binary = vt == DataType.BINARY_VECTOR;
        // a dense field of any type may be searched with float32 queries (widened alike); binary
        // fields take binary queries only
        boolean queryFits = q.type() == vt || (!sparse && !binary && q.type() == DataType.FLOAT_VECTOR);
        if (!queryFits) {
            throw profile.invalidParameter(
                    "query vectors of type " + q.type() + " do not match field " + vf.name() + " of type " + vt);
        }
        if (sparse) {
            for (int i = 0; i < nq; i++) {
                String bad = SparseVectors.check(q.sparseRows()[i]);
                if (bad != null) {
                    throw profile.invalidParameter(bad + " (query vector " + i + ")");
                }
            }
        } else if (q.dim() != vf.dim()) {
            throw profile.invalidParameter("the dim (" + q.dim() + ") of the query vectors does not match the dim ("
                    + vf.dim() + ") of field " + vf.name());
        }
        return q;
    }

    /**
     * Runs the plan over the targets' segments. A plain top-k asks each sealed segment's index
     * and scans the rest; a range, grouping or iterator search scans every segment exactly
     * (bounds and groups need the exact order), widening k until enough groups fill or
     * the ties at an iterator page's end are all in.
     */
    Run run(List<LoadedPartition> targets, Plan plan) {
        FieldColumn q = plan.queries();
        boolean exact = plan.bounded() || plan.grouping() != null || plan.iterator() != null;
        long live = 0;
        for (LoadedPartition lp : targets) {
            for (SegmentData s : lp.segments()) {
                live += s.rowCount();
            }
        }
        int k = plan.iterator() != null ? plan.iterator().batch() + 1 : plan.topK() + plan.offset();
        if (plan.grouping() != null) {
            k = plan.maxHits() * 4;
        }
        while (true) {
            int want = (int) Math.max(1, Math.min(k, Math.max(live, 1)));
            Run run = runOnce(targets, plan, want, exact);
            if (!exact || want >= live || enough(run, plan, want)) {
                return run;
            }
            k = (int) Math.min((long) k * 4, Integer.MAX_VALUE - 8);
        }
    }

    /** Whether a widened search has seen enough candidates: groups full, or the page's last tie complete. */
    private boolean enough(Run run, Plan plan, int k) {
        for (FlatSearcher.Hits h : run.hits()) {
            if (h.refs().length < k) {
                continue; // every candidate of this query is in
            }
            if (plan.grouping() != null) {
                if (Grouper.groups(run.segments(), plan, h).filledGroups() < plan.topK() + plan.offset()) {
                    return false;
                }
            } else if (plan.iterator() != null) {
                int batch = plan.iterator().batch();
                if (h.scores().length > batch && h.scores()[k - 1] == h.scores()[batch - 1]) {
                    return false;
                }
            }
        }
        return true;
    }

    private Run runOnce(List<LoadedPartition> targets, Plan plan, int k, boolean exact) {
        FieldColumn q = plan.queries();
        int vectorIndex = plan.vectorIndex();
        boolean sparse = q.type() == DataType.SPARSE_FLOAT_VECTOR;
        boolean binary = q.type() == DataType.BINARY_VECTOR;
        // sparse and binary hits arrive as seeds; their float "queries" then only count them (dim 1)
        boolean seeded = sparse || binary;
        float[] queries = seeded ? new float[q.rowCount()] : floats(q);
        TopK[] sparseHits = seeded ? heaps(q.rowCount(), k, plan) : null;
        List<SegmentData> segments = new ArrayList<>();
        List<FlatSearcher.Target> scan = new ArrayList<>();
        List<TopK[]> indexed = new ArrayList<>();
        List<SegmentData> bm25Segments = new ArrayList<>();
        List<BitSet> bm25Excluded = new ArrayList<>();
        List<Integer> bm25At = new ArrayList<>();
        List<SparseInvertedIndex> bm25Postings = new ArrayList<>();
        for (LoadedPartition lp : targets) {
            for (SegmentData s : lp.segments()) {
                int at = segments.size();
                segments.add(s);
                BitSet excluded = Filters.searchExcluded(s, plan.filter(), vectorIndex);
                VectorIndex index = lp.index(s.segmentId(), vectorIndex);
                // a sealed segment's SPARSE_INVERTED_INDEX / SPARSE_WAND postings answer exactly what
                // the scan answers, touching only the rows in the query terms' postings
                SparseInvertedIndex postings = index instanceof SparseInvertedIndex inv ? inv : null;
                if (sparse && plan.bm25() != null) {
                    bm25Segments.add(s);
                    bm25Excluded.add(excluded);
                    bm25At.add(at);
                    bm25Postings.add(postings);
                    scan.add(new FlatSearcher.Target(NO_VECTORS, 0, null));
                    continue;
                }
                if (sparse) {
                    if (postings != null) {
                        postings.scan(q.sparseRows(), excluded, sparseHits, at);
                    } else {
                        SparseVectors.scan(
                                q.sparseRows(), s.column(vectorIndex).sparseRows(), excluded, sparseHits, at);
                    }
                    scan.add(new FlatSearcher.Target(NO_VECTORS, 0, null));
                    continue;
                }
                if (binary) {
                    scan.add(new FlatSearcher.Target(NO_VECTORS, 0, null));
                    FieldColumn col = s.column(vectorIndex);
                    if (exact || index == null || !index.spec().needsBuild()) {
                        BinaryKernel.scan(
                                plan.metric(),
                                q.vectorBytes(),
                                col.vectorBytes(),
                                col.dim() / 8,
                                0,
                                s.rowCount(),
                                excluded,
                                sparseHits,
                                (long) at << 32);
                    } else {
                        indexed.add(searchIndex(
                                () -> index.searchBinary(q.vectorBytes(), k, plan.params(), excluded), k, at));
                    }
                    continue;
                }
                if (exact || index == null || !index.spec().needsBuild()) {
                    // no index, or one still building: the exact scan serves this segment
                    FieldColumn col = s.column(vectorIndex);
                    scan.add(
                            col.mapped() != null
                                    ? FlatSearcher.Target.mapped(col.mappedBytes(), s.rowCount(), excluded)
                                    : new FlatSearcher.Target(floats(col), s.rowCount(), excluded));
                    continue;
                }
                scan.add(new FlatSearcher.Target(NO_VECTORS, 0, null));
                indexed.add(searchIndex(() -> index.search(queries, k, plan.params(), excluded), k, at));
            }
        }
        if (plan.bm25() != null) {
            List<byte[][]> rows = new ArrayList<>(bm25Segments.size());
            for (int i = 0; i < bm25Segments.size(); i++) {
                rows.add(
                        bm25Postings.get(i) == null
                                ? bm25Segments.get(i).column(vectorIndex).sparseRows()
                                : null);
            }
            Bm25Postings.search(
                    q.sparseRows(),
                    plan.bm25().k1(),
                    plan.bm25().b(),
                    rows,
                    bm25Postings,
                    bm25Excluded,
                    bm25At,
                    sparseHits);
        }
        if (seeded) {
            indexed.add(sparseHits);
        }
        TopK shape = new TopK(k, plan.floor(), plan.floorExclusive());
        List<FlatSearcher.Hits> hits =
                searcher.search(plan.metric(), queries, seeded ? 1 : q.dim(), shape, scan, indexed);
        if (plan.ceiling() != Float.POSITIVE_INFINITY) {
            List<FlatSearcher.Hits> cut = new ArrayList<>(hits.size());
            for (FlatSearcher.Hits h : hits) {
                int n = 0;
                while (n < h.scores().length && plan.metric().toKey(h.scores()[n]) < plan.ceiling()) {
                    n++;
                }
                cut.add(new FlatSearcher.Hits(
                        java.util.Arrays.copyOf(h.scores(), n), java.util.Arrays.copyOf(h.refs(), n)));
            }
            hits = cut;
        }
        return new Run(hits, segments, plan.metric());
    }

    /** A dense column's vectors as float32 (FLOAT16/BFLOAT16/INT8 widened for this search). */
    private static float[] floats(FieldColumn c) {
        return c.type() == DataType.FLOAT_VECTOR ? c.vectorFloats() : DenseVectors.toFloats(c.type(), c.vectorBytes());
    }

    /** Per query, a heap for the sparse scan, bounded like the plan's (range and iterator floors). */
    private static TopK[] heaps(int nq, int k, Plan plan) {
        TopK[] h = new TopK[nq];
        for (int i = 0; i < nq; i++) {
            h[i] = new TopK(k, plan.floor(), plan.floorExclusive());
        }
        return h;
    }

    /** One segment's own index answers; refs are renumbered to {@code at << 32 | row}. */
    /** An index's answer ({@code search} runs it) with refs made {@code at << 32 | row}; bad params refused. */
    private TopK[] searchIndex(java.util.function.Supplier<TopK[]> search, int k, int at) {
        TopK[] found;
        try {
            found = search.get();
        } catch (IllegalArgumentException e) {
            throw profile.invalidParameter(e.getMessage());
        }
        long base = (long) at << 32;
        TopK[] out = new TopK[found.length];
        float[] keys = new float[k];
        long[] refs = new long[k];
        for (int i = 0; i < found.length; i++) {
            int n = found[i].size();
            found[i].drainSorted(keys, refs);
            out[i] = new TopK(k);
            for (int j = 0; j < n; j++) {
                out[i].offer(keys[j], base | refs[j]);
            }
        }
        return out;
    }

    SearchResult assemble(
            CollectionRuntime c,
            SearchRequest req,
            List<FlatSearcher.Hits> hits,
            int offset,
            List<SegmentData> segments,
            List<Integer> outputs) {
        int total = 0;
        long[] topks = new long[hits.size()];
        for (int i = 0; i < hits.size(); i++) {
            topks[i] = Math.max(0, hits.get(i).refs().length - offset);
            total += (int) topks[i];
        }
        int[] segs = new int[total];
        int[] rows = new int[total];
        float[] scores = new float[total];
        int k = 0;
        for (FlatSearcher.Hits h : hits) {
            for (int j = offset; j < h.refs().length; j++) {
                segs[k] = (int) (h.refs()[j] >>> 32);
                rows[k] = (int) h.refs()[j];
                scores[k] = round(h.scores()[j], req.roundDecimal());
                k++;
            }
        }
        List<FieldSchema> fields = c.fields();
        int pk = c.pkIndex();
        FieldColumn ids = OutputFields.gather(segments, fields.get(pk), pk, segs, rows);
        List<FieldColumn> out = new ArrayList<>();
        for (int f : outputs) {
            out.add(OutputFields.gather(segments, fields.get(f), f, segs, rows));
        }
        return new SearchResult(hits.size(), req.topK(), topks, ids, scores, out);
    }

    /** A grouping search's answer: per query, the groups beyond {@code offset}, each group's hits together. */
    private SearchResult assembleGroups(
            CollectionRuntime c, SearchRequest req, Plan plan, Run run, List<Integer> outputs) {
        return assembleGroups(c, req, plan.grouping(), plan.topK(), plan.offset(), run.hits(), run.segments(), outputs);
    }

    /** Groups each query's ranked hits (a search's or a hybrid search's fused ones) and assembles the answer. */
    SearchResult assembleGroups(
            CollectionRuntime c,
            SearchRequest req,
            Grouping grouping,
            int topK,
            int offset,
            List<FlatSearcher.Hits> ranked,
            List<SegmentData> segments,
            List<Integer> outputs) {
        List<FlatSearcher.Hits> picked = new ArrayList<>();
        for (FlatSearcher.Hits h : ranked) {
            Grouper.Groups g = Grouper.groups(segments, grouping, topK + offset, h);
            List<Integer> positions = new ArrayList<>();
            for (int i = offset; i < g.groups().size(); i++) {
                positions.addAll(g.groups().get(i));
            }
            picked.add(pick(h, positions, positions.size()));
        }
        SearchResult r = assemble(c, req, picked, 0, segments, outputs);
        FieldColumn values = gather(c, segments, grouping.fieldIndex(), picked);
        return new SearchResult(r.numQueries(), r.topK(), r.topks(), r.ids(), r.scores(), r.fields(), values, null);
    }

    /**
     * A search iterator v2 page: the next {@code batch} hits strictly beyond the last bound (the
     * plan's floor), extended over every hit tied with the page's last one so that the next page,
     * which starts strictly beyond that score, neither repeats nor skips a row.
     */
    private SearchResult assembleIteratorPage(
            CollectionRuntime c, SearchRequest req, Plan plan, Run run, List<Integer> outputs) {
        int batch = plan.iterator().batch();
        List<FlatSearcher.Hits> picked = new ArrayList<>();
        for (FlatSearcher.Hits h : run.hits()) {
            int n = Math.min(batch, h.scores().length);
            while (n > 0 && n < h.scores().length && h.scores()[n] == h.scores()[n - 1]) {
                n++;
            }
            List<Integer> positions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                positions.add(i);
            }
            picked.add(pick(h, positions, n));
        }
        SearchResult r = assemble(c, req, picked, 0, run.segments(), outputs);
        FlatSearcher.Hits first = picked.get(0);
        Float given = plan.iterator().lastBound();
        float bound =
                first.scores().length > 0 ? first.scores()[first.scores().length - 1] : given == null ? 0f : given;
        return new SearchResult(
                r.numQueries(),
                r.topK(),
                r.topks(),
                r.ids(),
                r.scores(),
                r.fields(),
                null,
                new SearchResult.IteratorPage(plan.iterator().token(), bound));
    }

    private static FlatSearcher.Hits pick(FlatSearcher.Hits h, List<Integer> positions, int n) {
        float[] scores = new float[n];
        long[] refs = new long[n];
        for (int i = 0; i < n; i++) {
            scores[i] = h.scores()[positions.get(i)];
            refs[i] = h.refs()[positions.get(i)];
        }
        return new FlatSearcher.Hits(scores, refs);
    }

    /** Field {@code fieldIndex}'s values for every hit of every query, in answer order. */
    private static FieldColumn gather(
            CollectionRuntime c, List<SegmentData> segments, int fieldIndex, List<FlatSearcher.Hits> hits) {
        int total = 0;
        for (FlatSearcher.Hits h : hits) {
            total += h.refs().length;
        }
        int[] segs = new int[total];
        int[] rows = new int[total];
        int k = 0;
        for (FlatSearcher.Hits h : hits) {
            for (long ref : h.refs()) {
                segs[k] = (int) (ref >>> 32);
                rows[k++] = (int) ref;
            }
        }
        return OutputFields.gather(segments, c.fields().get(fieldIndex), fieldIndex, segs, rows);
    }

    static int maxTopK() {
        return MAX_TOPK;
    }

    static float round(float score, int decimals) {
        if (decimals < 0) {
            return score;
        }
        double m = Math.pow(10, decimals);
        return (float) (Math.floor(score * m + 0.5) / m);
    }

    private int offset(SearchRequest req) {
        String o = req.params().get("offset");
        if (o == null || o.isBlank()) {
            return 0;
        }
        try {
            int v = Integer.parseInt(o.trim());
            if (v < 0) {
                throw profile.invalidParameter("offset must be >= 0, got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw profile.invalidParameter("offset must be an integer, got " + o);
        }
    }

    private int annsField(List<FieldSchema> fields, String name) {
        if (name.isBlank()) {
            int found = -1;
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).dataType().isVector()) {
                    if (found >= 0) {
                        throw profile.invalidParameter(
                                "anns_field is required: the collection has more than one vector field");
                    }
                    found = i;
                }
            }
            return found;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(Names.trimmed(name))) {
                if (!fields.get(i).dataType().isVector()) {
                    throw profile.invalidParameter("anns_field " + name + " is not a vector field");
                }
                return i;
            }
        }
        throw profile.annsFieldNotFound(name);
    }

    private Metric metric(CollectionRuntime c, FieldSchema vf, String requested) {
        String indexed = null;
        for (IndexMeta i : c.meta.indexes()) {
            if (i.fieldName().equals(vf.name())) {
                indexed = i.params().get("metric_type");
            }
        }
        boolean binary = vf.dataType() == DataType.BINARY_VECTOR;
        if (requested.isBlank()) {
            Metric dflt =
                    vf.dataType() == DataType.SPARSE_FLOAT_VECTOR ? Metric.IP : binary ? Metric.HAMMING : Metric.L2;
            return indexed == null ? dflt : Metric.parse(indexed);
        }
        Metric m = Metric.parse(requested);
        if (m == null) {
            throw profile.invalidParameter("metric type " + requested + " is not supported, expected one of "
                    + (binary ? "HAMMING, JACCARD, SUBSTRUCTURE, SUPERSTRUCTURE" : "L2, IP, COSINE"));
        }
        if (indexed != null && Metric.parse(indexed) != m) {
            throw profile.invalidParameter(
                    "metric type not match: invalid parameter[expected=" + indexed + "][actual=" + requested + "]");
        }
        if (m.binary() != binary) {
            throw profile.invalidParameter("metric type " + requested + " does not apply to " + vf.dataType()
                    + " field " + vf.name() + ", expected one of "
                    + (binary ? "HAMMING, JACCARD, SUBSTRUCTURE, SUPERSTRUCTURE" : "L2, IP, COSINE"));
        }
        return m;
    }
}
