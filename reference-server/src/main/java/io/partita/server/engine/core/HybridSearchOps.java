package io.partita.server.engine.core;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.HybridSearchRequest;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import io.partita.server.search.FlatSearcher;
import io.partita.server.search.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hybrid search: every sub-search runs on the same loaded snapshot (one {@link ReadTargets}
 * resolution, so a row has one ref across them), then the rankings are fused per query vector by
 * RRF ({@code Σ 1/(k + rank)}, rank from 1) or by weighted scores ({@code Σ wᵢ·norm(sᵢ)}), best
 * fused score first, then {@code offset} skipped and {@code limit} kept. Rules read in milvus-io/milvus
 * internal/proxy/task_hybrid_search.go and internal/util/function/rerank (rrf_function.go,
 * weighted_function.go, util.go {@code getNormalizeFunc}).
 */
final class HybridSearchOps {
    /** Milvus's proxy bound on AnnSearchRequests per hybrid search. */
    static final int MAX_REQUESTS = 1024;

    private final LifecycleProfile profile;
    private final Registry registry;
    private final SearchOps search;

    HybridSearchOps(LifecycleProfile profile, Registry registry, SearchOps search) {
        this.profile = profile;
        this.registry = registry;
        this.search = search;
    }

    SearchResult hybridSearch(HybridSearchRequest req) {
        checkRequestsAndWindow(req);
        int n = req.requests().size();
        CollectionRuntime c = registry.getForSearch(req.collectionName());
        String strategy =
                req.strategy().isBlank() ? "rrf" : req.strategy().trim().toLowerCase(Locale.ROOT);
        Fusion fusion = fusion(strategy, req.rankParams(), n);
        // partitions first, as Milvus's proxy resolves them before it plans the sub-searches
        ReadTargets.Reading reading =
                ReadTargets.resolveWithFields(profile, c, req.partitionNames(), false, registry.ttlFloor(c));
        List<LoadedPartition> targets = reading.targets();
        List<SearchOps.Plan> plans = plans(c, req, reading.resident());
        int nq = plans.get(0).nq();
        SearchOps.Grouping grouping = SearchParams.grouping(profile, c.fields(), req.groupParams());
        List<Integer> outputs =
                OutputFields.resolve(profile, c.fields(), req.outputFields(), false, reading.resident());
        long bound = (long) (req.limit() + req.offset()) * (grouping == null ? 1 : grouping.size());
        long resultBytes = ResultAdmission.estimate(nq * bound, c.fields(), outputs);
        try (ResultAdmission.Ticket admitted = ResultAdmission.JVM.admit(profile, resultBytes)) {
            List<SearchOps.Run> runs = new ArrayList<>(n);
            for (SearchOps.Plan p : plans) {
                runs.add(search.run(targets, p));
            }
            List<FlatSearcher.Hits> fused = new ArrayList<>(nq);
            for (int q = 0; q < nq; q++) {
                FlatSearcher.Hits f = fuse(fusion, runs, q);
                if (grouping == null && f.refs().length > req.limit() + req.offset()) {
                    int keep = req.limit() + req.offset();
                    f = new FlatSearcher.Hits(Arrays.copyOf(f.scores(), keep), Arrays.copyOf(f.refs(), keep));
                }
                fused.add(f);
            }
            var segments = runs.get(0).segments();
            SearchRequest shape = new SearchRequest(
                    req.collectionName(),
                    req.partitionNames(),
                    "",
                    null,
                    req.limit(),
                    "",
                    Map.of(),
                    "",
                    req.outputFields(),
                    req.roundDecimal());
            if (grouping == null) {
                return search.assemble(c, shape, fused, req.offset(), segments, outputs);
            }
            return search.assembleGroups(c, shape, grouping, req.limit(), req.offset(), fused, segments, outputs);
        }
    }

    /** Refuses too few or too many sub-requests and a result window (offset + limit) out of range. */
    private void checkRequestsAndWindow(HybridSearchRequest req) {
        int n = req.requests().size();
        if (n < 1) {
            throw profile.invalidParameter("minimum of ann search requests is 1");
        }
        if (n > MAX_REQUESTS) {
            throw profile.invalidParameter("maximum of ann search requests is " + MAX_REQUESTS);
        }
        if (req.limit() < 1 || req.limit() + (long) req.offset() > SearchOps.maxTopK()) {
            throw profile.invalidParameter("invalid max query result window, (offset+limit) should be in range [1, "
                    + SearchOps.maxTopK() + "], but got " + (req.limit() + (long) req.offset()));
        }
        if (req.offset() < 0) {
            throw profile.invalidParameter("offset [" + req.offset() + "] is invalid, it must be >= 0");
        }
    }

    /** Plans every sub-search; they must all carry the same number of queries. */
    private List<SearchOps.Plan> plans(CollectionRuntime c, HybridSearchRequest req, boolean[] resident) {
        List<SearchOps.Plan> plans = new ArrayList<>(req.requests().size());
        for (SearchRequest sub : req.requests()) {
            String field = Names.trimmed(sub.annsField());
            if (!field.isEmpty() && c.fields().stream().noneMatch(f -> f.name().equals(field))) {
                throw profile.annsFieldNotFound(field);
            }
            plans.add(search.plan(c, sub, resident));
        }
        int nq = plans.get(0).nq();
        for (SearchOps.Plan p : plans) {
            if (p.nq() != nq) {
                throw profile.invalidParameter("nq of every ann search request must be the same, got " + nq + " and "
                        + p.nq() + ": invalid parameter");
            }
        }
        return plans;
    }

    /** How sub-rankings fuse: RRF's k, or the weights and whether scores are normalized. */
    private record Fusion(boolean rrf, double k, double[] weights, boolean normalize) {}

    private Fusion fusion(String strategy, Map<String, String> params, int n) {
        switch (strategy) {
            case "rrf" -> {
                double k = 60;
                String text = params.get("k");
                if (text != null) {
                    try {
                        k = Double.parseDouble(text.trim());
                    } catch (NumberFormatException e) {
                        k = Double.NaN;
                    }
                }
                if (!(k > 0 && k < 16384)) {
                    throw profile.invalidParameter("The rank params k should be in range (0, 16384), but got " + text);
                }
                return new Fusion(true, k, null, false);
            }
            case "weighted" -> {
                String text = params.get("weights");
                if (text == null) {
                    throw profile.invalidParameter("no weights param in rank_params: invalid parameter");
                }
                double[] w = weights(text);
                if (w.length != n) {
                    throw profile.invalidParameter(
                            "the length of weights param mismatch with ann search requests: invalid parameter[expected="
                                    + n + "][actual=" + w.length + "]");
                }
                for (double x : w) {
                    if (!(x >= 0 && x <= 1)) {
                        throw profile.invalidParameter("rank param weight should be in range [0, 1], but got " + x);
                    }
                }
                boolean norm = !"false"
                        .equalsIgnoreCase(
                                params.getOrDefault("norm_score", "true").trim());
                return new Fusion(false, 0, w, norm);
            }
            default -> throw profile.invalidParameter("unsupported rank type " + strategy);
        }
    }

    private double[] weights(String text) {
        try {
            JsonElement e = JsonParser.parseString(text);
            if (!e.isJsonArray()) {
                throw profile.invalidParameter("the weights param must be a list of numbers, got " + text);
            }
            JsonArray a = e.getAsJsonArray();
            double[] w = new double[a.size()];
            for (int i = 0; i < w.length; i++) {
                JsonElement x = a.get(i);
                if (!x.isJsonPrimitive() || !x.getAsJsonPrimitive().isNumber()) {
                    throw profile.invalidParameter("the weights param must be a list of numbers, got " + text);
                }
                w[i] = x.getAsDouble();
            }
            return w;
        } catch (com.google.gson.JsonParseException e) {
            throw profile.invalidParameter("the weights param must be a list of numbers, got " + text);
        }
    }

    private static FlatSearcher.Hits fuse(Fusion f, List<SearchOps.Run> runs, int q) {
        Map<Long, Double> scores = new HashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            SearchOps.Run run = runs.get(r);
            FlatSearcher.Hits h = run.hits().get(q);
            for (int i = 0; i < h.refs().length; i++) {
                double add = f.rrf()
                        ? 1.0 / (f.k() + i + 1)
                        : f.weights()[r] * normalized(run.metric(), h.scores()[i], f.normalize());
                scores.merge(h.refs()[i], add, Double::sum);
            }
        }
        List<Map.Entry<Long, Double>> all = new ArrayList<>(scores.entrySet());
        all.sort((a, b) -> {
            int c = Double.compare(b.getValue(), a.getValue());
            return c != 0 ? c : Long.compare(a.getKey(), b.getKey());
        });
        float[] s = new float[all.size()];
        long[] refs = new long[all.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (double) all.get(i).getValue();
            refs[i] = all.get(i).getKey();
        }
        return new FlatSearcher.Hits(s, refs);
    }

    /**
     * Milvus's score normalization for weighted fusion (util.go {@code getNormalizeFunc}): COSINE
     * {@code (1+s)/2}, IP {@code 1/2 + atan(s)/π}, L2 {@code 1 − 2·atan(d)/π}, BM25 {@code 2·atan(s)/π}, so higher is better
     * for every metric; without normalization an L2 distance counts negated.
     */
    static double normalized(Metric metric, float s, boolean normalize) {
        if (!normalize) {
            return metric.higherIsBetter() ? s : -s;
        }
        return switch (metric) {
            case COSINE -> (1.0 + s) / 2.0;
            case IP -> 0.5 + Math.atan(s) / Math.PI;
            // binary distances are normalized as L2's: smaller is better, 0 the best
            case L2, HAMMING, JACCARD, SUBSTRUCTURE, SUPERSTRUCTURE -> 1.0 - 2.0 * Math.atan(s) / Math.PI;
            case BM25 -> 2.0 * Math.atan(s) / Math.PI;
        };
    }
}
