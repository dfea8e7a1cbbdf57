package io.partita.server.grpc;

import io.partita.server.engine.Engine;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.IndexDescription;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import io.partita.server.search.DecayRerank;
import io.partita.server.storage.Columns;
import io.partita.wire.FunctionSchema;
import io.partita.wire.FunctionScore;
import io.partita.wire.FunctionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A search's {@code function_score} (Milvus 2.6): one rerank function applied to the hits of the
 * search. Boost functions are served ({@link BoostScores}), and one decay reranker
 * ({@link DecayRerank}); a model reranker needs a model provider, which the reference server does
 * not have, and is refused with Milvus's text for a provider it does not know. The function's checks and
 * their texts are Milvus's ({@code internal/util/function/rerank/function_score.go}
 * {@code createFunction}, {@code decay_function.go} {@code newDecayFunction}); every refusal is
 * code 1100.
 */
final class FunctionScores {
    private FunctionScores() {}

    /**
     * Searches, then applies the function score: its boost functions first ({@link BoostScores}, as
     * Milvus applies them inside the search), then its one other rerank function (a decay).
     */
    static SearchResult search(Engine engine, SearchRequest req, FunctionScore fs) {
        List<FunctionSchema> boosts = new ArrayList<>();
        List<FunctionSchema> rerankers = new ArrayList<>();
        for (FunctionSchema f : fs.getFunctionsList()) {
            (BoostScores.isBoost(f) ? boosts : rerankers).add(f);
        }
        if (rerankers.size() > 1) {
            throw Statuses.invalid("Currently only supports one rerank, but got " + rerankers.size());
        }
        List<FieldSchema> fields =
                engine.describeCollection(req.collectionName()).schema().fields();
        BoostScores boost =
                boosts.isEmpty() ? null : BoostScores.of(boosts, SchemaCodec.toMap(fs.getParamsList()), fields, req);
        Rerank rerank = rerankers.isEmpty() ? null : decay(rerankers.get(0), fields);
        List<String> outputs = new ArrayList<>(req.outputFields());
        java.util.Set<String> hidden = new java.util.HashSet<>();
        List<String> needed = new ArrayList<>(boost == null ? List.of() : boost.inputFields());
        if (rerank != null) {
            needed.add(rerank.input());
        }
        for (String n : needed) {
            if (!outputs.contains(n) && !outputs.contains("*")) {
                outputs.add(n);
                hidden.add(n);
            }
        }
        String metric = metric(engine, req, fields);
        SearchResult res = engine.search(new SearchRequest(
                req.collectionName(),
                req.partitionNames(),
                req.annsField(),
                req.vectors(),
                req.topK(),
                req.metricType(),
                req.params(),
                req.expr(),
                outputs,
                req.roundDecimal()));
        if (boost != null) {
            String pk = fields.stream()
                    .filter(FieldSchema::primaryKey)
                    .map(FieldSchema::name)
                    .findFirst()
                    .orElseThrow();
            java.util.Set<String> hiddenNow = rerank == null ? hidden : java.util.Set.of();
            res = boost.apply(engine, req, res, pk, positive(metric), hiddenNow);
        }
        if (rerank != null) {
            res = rerank(res, rerank.decay(), metric, rerank.input(), hidden);
        }
        return res;
    }

    /**
     * A hybrid search fused by its function score's one rerank function, a decay, as Milvus 2.6
     * fuses it ({@code decay_function.go} {@code processOneSearchData}): each search's scores made
     * greater-is-better by its own metric, a key's best score over the searches, times the decay of
     * its input field's value; highest first (ties by key), {@code offset} skipped, {@code limit}
     * kept. A model reranker is refused (row 72), a boost cannot fuse searches.
     */
    static SearchResult hybrid(
            Engine engine,
            String collection,
            List<String> partitions,
            List<SearchRequest> subs,
            FunctionSchema f,
            int limit,
            int offset,
            int round,
            List<String> outputFields) {
        if (BoostScores.isBoost(f)) {
            throw Statuses.invalid("a boost function cannot fuse the searches of a hybrid search;"
                    + " fuse them with rrf, weighted or decay");
        }
        List<FieldSchema> fields =
                engine.describeCollection(collection).schema().fields();
        Rerank rerank = decay(f, fields);
        List<String> outputs = new ArrayList<>(outputFields);
        boolean hideInput = !outputs.contains(rerank.input()) && !outputs.contains("*");
        if (hideInput) {
            outputs.add(rerank.input());
        }
        List<SearchResult> results = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        for (SearchRequest sub : subs) {
            SearchRequest one = new SearchRequest(
                    collection,
                    sub.partitionNames().isEmpty() ? partitions : sub.partitionNames(),
                    sub.annsField(),
                    sub.vectors(),
                    sub.topK(),
                    sub.metricType(),
                    sub.params(),
                    sub.expr(),
                    outputs,
                    -1);
            results.add(engine.search(one));
            metrics.add(metric(engine, one, fields));
        }
        int nq = results.get(0).numQueries();
        List<FieldColumn> idParts = new ArrayList<>();
        List<FieldColumn> inputParts = new ArrayList<>();
        int[] base = new int[results.size()];
        int total = 0;
        for (int s = 0; s < results.size(); s++) {
            base[s] = total;
            total += results.get(s).scores().length;
            idParts.add(results.get(s).ids());
            inputParts.add(column(results.get(s), rerank.input()));
        }
        FieldColumn inputs = Columns.concat(inputParts);
        List<Integer> rows = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        long[] topks = new long[nq];
        int[] starts = new int[results.size()];
        for (int q = 0; q < nq; q++) {
            Map<Object, Integer> firstRow = new java.util.LinkedHashMap<>();
            Map<Object, Float> best = new java.util.HashMap<>();
            for (int s = 0; s < results.size(); s++) {
                SearchResult res = results.get(s);
                long k = q < res.topks().length ? res.topks()[q] : 0;
                for (int i = starts[s]; i < starts[s] + k; i++) {
                    Object id = res.ids().scalar(i);
                    float g = DecayRerank.greater(res.scores()[i], metrics.get(s));
                    firstRow.putIfAbsent(id, base[s] + i);
                    best.merge(id, g, Math::max);
                }
                starts[s] += (int) k;
            }
            List<Object> ids = new ArrayList<>(firstRow.keySet());
            Map<Object, Float> fused = new java.util.HashMap<>();
            for (Object id : ids) {
                fused.put(id, rerank.decay().score(best.get(id), "IP", value(inputs, firstRow.get(id))));
            }
            ids.sort((a, b) -> {
                int c = Float.compare(fused.get(b), fused.get(a));
                return c != 0 ? c : compareKeys(a, b);
            });
            int from = Math.min(offset, ids.size());
            int to = Math.min(ids.size(), from + limit);
            for (Object id : ids.subList(from, to)) {
                rows.add(firstRow.get(id));
                scores.add(round(fused.get(id), round));
            }
            topks[q] = to - from;
        }
        int[] perm = rows.stream().mapToInt(Integer::intValue).toArray();
        float[] sorted = new float[perm.length];
        for (int i = 0; i < perm.length; i++) {
            sorted[i] = scores.get(i);
        }
        List<FieldColumn> out = new ArrayList<>();
        for (FieldColumn c : results.get(0).fields()) {
            if (hideInput && c.name().equals(rerank.input())) {
                continue;
            }
            List<FieldColumn> parts = new ArrayList<>();
            for (SearchResult res : results) {
                parts.add(column(res, c.name()));
            }
            out.add(Columns.select(parts, perm));
        }
        return new SearchResult(nq, limit, topks, Columns.select(idParts, perm), sorted, out, null, null);
    }

    private static FieldColumn column(SearchResult res, String name) {
        for (FieldColumn c : res.fields()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("field " + name + " was not fetched");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    private static float round(float score, int decimals) {
        if (decimals < 0) {
            return score;
        }
        double m = Math.pow(10, decimals);
        return (float) (Math.round(score * m) / m);
    }

    /** A decay rerank function and its input field. */
    private record Rerank(DecayRerank decay, String input) {}

    /** The one non-boost rerank function, checked with Milvus's texts: a decay (a model is refused). */
    private static Rerank decay(FunctionSchema f, List<FieldSchema> fields) {
        if (f.getType() != FunctionType.Rerank) {
            throw Statuses.invalid(f.getType().name() + " is not rerank function.");
        }
        if (f.getOutputFieldNamesCount() != 0) {
            throw Statuses.invalid(
                    "Rerank function should not have output field, but now is " + f.getOutputFieldNamesCount());
        }
        Map<String, String> params = SchemaCodec.toMap(f.getParamsList());
        String reranker = BoostScores.rerankerOf(f);
        if (reranker.equals("model")) {
            throw model(f, params);
        }
        if (!reranker.equals("decay")) {
            throw Statuses.invalid(
                    "Unsupported rerank function: [" + reranker + "] , list of supported [decay,model,rrf,weighted]");
        }
        if (f.getInputFieldNamesCount() != 1) {
            throw Statuses.invalid("Decay function only supoorts single input, but gets ["
                    + String.join(" ", f.getInputFieldNamesList()) + "] input");
        }
        String input = f.getInputFieldNamesList().get(0);
        FieldSchema field = fields.stream()
                .filter(s -> s.name().equals(input))
                .findFirst()
                .orElseThrow(() -> Statuses.invalid("Function input field not found: " + input));
        if (field.nullable()) {
            throw Statuses.invalid("Function input field cannot be nullable, field: " + input);
        }
        if (!numeric(field.dataType())) {
            throw Statuses.invalid("Decay rerank: unsupported input field type:"
                    + io.partita.wire.DataType.forNumber(field.dataType().number())
                            .name()
                    + ", only support numberic field");
        }
        try {
            return new Rerank(DecayRerank.of(params), input);
        } catch (IllegalArgumentException e) {
            throw Statuses.invalid(e.getMessage());
        }
    }

    /**
     * A model reranker, refused as Milvus refuses one whose provider it cannot use
     * ({@code internal/util/function/rerank/model_function.go} {@code newModelFunction},
     * {@code newProvider}): the reference server has no model provider, so every provider name is
     * unknown to it.
     */
    private static io.partita.server.model.EngineException model(FunctionSchema f, Map<String, String> params) {
        if (f.getInputFieldNamesCount() != 1) {
            return Statuses.invalid("Rerank model only supports single input, but gets ["
                    + String.join(" ", f.getInputFieldNamesList()) + "] input");
        }
        String provider = params.get("provider");
        if (provider == null) {
            return Statuses.invalid("Lost rerank params:provider ");
        }
        return Statuses.invalid("Unknow rerank model provider:" + provider);
    }

    /** Whether a greater score is a better hit under the metric (similarities; distances are not). */
    static boolean positive(String metric) {
        String m = metric.toUpperCase(java.util.Locale.ROOT);
        return m.equals("IP") || m.equals("COSINE") || m.equals("BM25") || m.equals("MAX_SIM");
    }

    private static boolean numeric(DataType t) {
        return t == DataType.INT8
                || t == DataType.INT16
                || t == DataType.INT32
                || t == DataType.INT64
                || t == DataType.FLOAT
                || t == DataType.DOUBLE;
    }

    /** The request's metric, else the searched field's index's, else L2 (the engine's default). */
    private static String metric(Engine engine, SearchRequest req, List<FieldSchema> fields) {
        if (!req.metricType().isEmpty()) {
            return req.metricType();
        }
        String anns = req.annsField();
        if (anns.isEmpty()) {
            anns = fields.stream()
                    .filter(s -> s.dataType().isVector())
                    .map(FieldSchema::name)
                    .findFirst()
                    .orElse("");
        }
        for (IndexDescription d : engine.describeIndexes(req.collectionName(), anns, "")) {
            String m = d.params().get("metric_type");
            if (m != null) {
                return m;
            }
        }
        return "L2";
    }

    private static SearchResult rerank(
            SearchResult res, DecayRerank decay, String metric, String input, java.util.Set<String> hidden) {
        FieldColumn values = null;
        for (FieldColumn c : res.fields()) {
            if (c.name().equals(input)) {
                values = c;
            }
        }
        float[] scores = new float[res.scores().length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = decay.score(res.scores()[i], metric, value(values, i));
        }
        return RescoredHits.reorder(res, scores, true, hidden);
    }

    private static double value(FieldColumn c, int row) {
        return switch (c.type()) {
            case INT8, INT16, INT32 -> c.ints()[row];
            case INT64 -> c.longs()[row];
            case FLOAT -> c.floats()[row];
            default -> c.doubles()[row];
        };
    }
}
