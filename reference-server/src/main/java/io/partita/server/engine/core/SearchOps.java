package io.partita.server.engine.core;

import io.partita.server.catalog.IndexMeta;
import io.partita.server.engine.Engine;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import io.partita.server.search.DenseVectors;
import io.partita.server.search.FlatSearcher;
import io.partita.server.search.Metric;
import io.partita.server.search.SparseVectors;
import io.partita.server.search.TopK;
import io.partita.server.search.VectorIndex;
import io.partita.server.storage.SegmentData;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Vector search: validates the request, picks the loaded snapshots (ReadTargets), asks each
 * sealed segment's built index (HNSW, IVF_FLAT, IVF_SQ8, IVF_PQ) and scans the rest exactly (growing
 * data, FLAT, segments whose index is still building), merges, and assembles hits in the wire's flat shape.
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
        CollectionRuntime c = registry.get(req.collectionName());
        List<FieldSchema> fields = c.fields();
        List<LoadedPartition> targets = ReadTargets.resolve(profile, c, req.partitionNames(), false);
        int vectorIndex = annsField(fields, req.annsField());
        FieldSchema vf = fields.get(vectorIndex);
        FieldColumn q = req.vectors();
        int nq = q == null ? 0 : q.rowCount();
        if (nq == 0 || nq > MAX_NQ) {
            throw profile.invalidParameter("nq [" + nq
                    + "] is invalid, nq (number of search vector per search request) should be in range [1, " + MAX_NQ
                    + "]");
        }
        DataType vt = vf.dataType();
        boolean sparse = vt == DataType.SPARSE_FLOAT_VECTOR;
        if (vt == DataType.BINARY_VECTOR) {
            throw profile.invalidParameter("search on " + vt + " field " + vf.name() + " is not supported");
        }
        // a dense field of any type may be searched with float32 queries (widened alike)
        boolean queryFits = q.type() == vt || (!sparse && q.type() == DataType.FLOAT_VECTOR);
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
        if (req.topK() < 1 || req.topK() > MAX_TOPK) {
            throw profile.invalidParameter("top k should be in range [1, " + MAX_TOPK + "], but got " + req.topK());
        }
        int offset = offset(req);
        if (req.topK() + offset > MAX_TOPK) {
            throw profile.invalidParameter(
                    "topk+offset should be in range [1, " + MAX_TOPK + "], but got " + (req.topK() + offset));
        }
        Metric metric = metric(c, vf, req.metricType());
        if (sparse && metric != Metric.IP) {
            // Milvus's text (tests/python_client/common/code_mapping.py SparseFloatVectorMetricType)
            throw profile.invalidParameter("only IP&BM25 is the supported metric type for sparse index");
        }
        List<Integer> outputs = OutputFields.resolve(profile, fields, req.outputFields(), false);
        Filters.Compiled filter = Filters.compile(profile, fields, req.expr());

        int k = req.topK() + offset;
        long resultBytes = ResultAdmission.estimate((long) q.rowCount() * k, fields, outputs);
        try (ResultAdmission.Ticket admitted = ResultAdmission.JVM.admit(profile, resultBytes)) {
            List<SegmentData> segments = new ArrayList<>();
            List<FlatSearcher.Target> scan = new ArrayList<>();
            List<TopK[]> indexed = new ArrayList<>();
            float[] queries = sparse ? new float[nq] : floats(q);
            TopK[] sparseHits = sparse ? heaps(nq, k) : null;
            for (LoadedPartition lp : targets) {
                for (SegmentData s : lp.segments()) {
                    int at = segments.size();
                    segments.add(s);
                    BitSet excluded = Filters.excluded(s, filter);
                    if (sparse) {
                        SparseVectors.scan(
                                q.sparseRows(), s.column(vectorIndex).sparseRows(), excluded, sparseHits, at);
                        scan.add(new FlatSearcher.Target(NO_VECTORS, 0, null));
                        continue;
                    }
                    VectorIndex index = lp.index(s.segmentId(), vectorIndex);
                    if (index == null || !index.spec().needsBuild()) {
                        // no index, or one still building: the exact scan serves this segment
                        scan.add(new FlatSearcher.Target(floats(s.column(vectorIndex)), s.rowCount(), excluded));
                        continue;
                    }
                    scan.add(new FlatSearcher.Target(NO_VECTORS, 0, null));
                    indexed.add(searchIndex(index, queries, k, req, excluded, at));
                }
            }
            if (sparse) {
                indexed.add(sparseHits);
            }
            // sparse hits arrive as seeds; the float "queries" then only count them (dim 1)
            List<FlatSearcher.Hits> hits = searcher.search(metric, queries, sparse ? 1 : q.dim(), k, scan, indexed);
            return assemble(c, req, hits, offset, segments, outputs);
        }
    }

    /** A dense column's vectors as float32 (FLOAT16/BFLOAT16/INT8 widened for this search). */
    private static float[] floats(FieldColumn c) {
        return c.type() == DataType.FLOAT_VECTOR ? c.vectorFloats() : DenseVectors.toFloats(c.type(), c.vectorBytes());
    }

    private static TopK[] heaps(int nq, int k) {
        TopK[] h = new TopK[nq];
        for (int i = 0; i < nq; i++) {
            h[i] = new TopK(k);
        }
        return h;
    }

    /** One segment's own index answers; refs are renumbered to {@code at << 32 | row}. */
    private TopK[] searchIndex(VectorIndex index, float[] queries, int k, SearchRequest req, BitSet excluded, int at) {
        TopK[] found;
        try {
            found = index.search(queries, k, req.params(), excluded);
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

    private SearchResult assemble(
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
        throw profile.invalidParameter("failed to get field schema by name: fieldName(" + name + ") not found");
    }

    private Metric metric(CollectionRuntime c, FieldSchema vf, String requested) {
        String indexed = null;
        for (IndexMeta i : c.meta.indexes()) {
            if (i.fieldName().equals(vf.name())) {
                indexed = i.params().get("metric_type");
            }
        }
        if (requested.isBlank()) {
            Metric dflt = vf.dataType() == DataType.SPARSE_FLOAT_VECTOR ? Metric.IP : Metric.L2;
            return indexed == null ? dflt : Metric.parse(indexed);
        }
        Metric m = Metric.parse(requested);
        if (m == null) {
            throw profile.invalidParameter(
                    "metric type " + requested + " is not supported, expected one of L2, IP, COSINE");
        }
        if (indexed != null && Metric.parse(indexed) != m) {
            throw profile.invalidParameter(
                    "metric type not match: invalid parameter[expected=" + indexed + "][actual=" + requested + "]");
        }
        return m;
    }
}
