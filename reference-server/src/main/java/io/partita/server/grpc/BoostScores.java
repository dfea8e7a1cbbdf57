package io.partita.server.grpc;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.partita.server.engine.Engine;
import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import io.partita.wire.FunctionSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The boost rerank functions of a search's {@code function_score} (Milvus 2.6.2+ {@code reranker:
 * boost}): each function gives the hits that match its optional {@code filter} a boost, its
 * {@code weight}, or with {@code random_score} ({@code {"seed": n, "field": "<int64 field>"}}) a
 * pseudo-random number in [0, 1) times the weight; a hit's boosts merge by the function score's
 * {@code function_mode} ({@code multiply}, the default, or {@code sum}) and the merged boost
 * changes its score by {@code boost_mode} ({@code multiply}, the default, or {@code sum}); a hit
 * no function matched keeps its score. The hits are then ordered by the search's metric (distances
 * ascending, similarities descending). Milvus applies the boost to each segment's candidates before
 * they are merged; the reference server's search returns the candidates of its one view, so the
 * boost applies to the search's hits.
 *
 * <p>Rules and texts read in milvus-io/milvus {@code internal/parser/planparserv2/plan_parser_v2.go}
 * ({@code CreateSearchScorer}, {@code prepareBoostRandomParams}, {@code ParseBoostMode},
 * {@code ParseFunctionMode}) and {@code internal/core/src/rescores/Scorer.cpp}. The random numbers
 * are Partita's own (a mix of the seed and the field's value, or the primary key when no field is
 * named), stable across searches but not equal to Milvus's MurmurHash values.
 */
final class BoostScores {
    private final List<Boost> boosts;
    private final boolean sumFunctions;
    private final boolean sumBoost;

    private record Boost(String filter, float weight, Long seed, String field) {}

    private BoostScores(List<Boost> boosts, boolean sumFunctions, boolean sumBoost) {
        this.boosts = boosts;
        this.sumFunctions = sumFunctions;
        this.sumBoost = sumBoost;
    }

    /** Whether a function is a boost function ({@code reranker: boost}). */
    static boolean isBoost(FunctionSchema f) {
        return "boost".equalsIgnoreCase(rerankerOf(f));
    }

    static String rerankerOf(FunctionSchema f) {
        for (var kv : f.getParamsList()) {
            if (kv.getKey().equalsIgnoreCase("reranker")) {
                return kv.getValue().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "";
    }

    /** The boost functions checked with Milvus's texts; {@code scoreParams} are the function score's own params. */
    static BoostScores of(
            List<FunctionSchema> functions,
            Map<String, String> scoreParams,
            List<FieldSchema> fields,
            SearchRequest req) {
        List<Boost> boosts = new ArrayList<>();
        for (FunctionSchema f : functions) {
            Map<String, String> p = SchemaCodec.toMap(f.getParamsList());
            String weightText = p.get("weight");
            if (weightText == null) {
                throw unexpected("must set weight params for weight scorer");
            }
            float weight;
            try {
                weight = Float.parseFloat(weightText.trim());
            } catch (NumberFormatException e) {
                throw unexpected(
                        "parse function scorer weight params failed with error: {strconv.ParseFloat: parsing \""
                                + weightText + "\": invalid syntax}");
            }
            Long seed = null;
            String field = null;
            String random = p.get("random_score");
            if (random != null) {
                JsonObject o;
                try {
                    o = JsonParser.parseString(random).getAsJsonObject();
                } catch (RuntimeException e) {
                    throw unexpected("invalid character in random_score: " + random);
                }
                if (o.has("field")) {
                    JsonElement v = o.get("field");
                    if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
                        throw Statuses.invalid("random seed field name must be string: invalid parameter");
                    }
                    field = v.getAsString();
                    String name = field;
                    FieldSchema fs = fields.stream()
                            .filter(s -> s.name().equals(name))
                            .findFirst()
                            .orElseThrow(() -> EngineException.of(
                                    ErrorCodes.ILLEGAL_ARGUMENT,
                                    1700,
                                    "random seed field not found: field not found[field=" + name + "]"));
                    if (fs.dataType() != DataType.INT64) {
                        throw Statuses.invalid("only support int64 field as random seed, but got "
                                + io.partita.wire.DataType.forNumber(
                                                fs.dataType().number())
                                        .name()
                                + ": invalid parameter");
                    }
                }
                seed = 0L;
                if (o.has("seed")) {
                    JsonElement v = o.get("seed");
                    if (!v.isJsonPrimitive() || !((JsonPrimitive) v).isNumber()) {
                        throw Statuses.invalid("random seed must be number: invalid parameter");
                    }
                    seed = v.getAsLong();
                }
            }
            boosts.add(new Boost(p.get("filter"), weight, seed, field));
        }
        if (req.params().containsKey("group_by_field")
                || Boolean.parseBoolean(
                        req.params().getOrDefault("iterator", "false").trim())) {
            throw unexpected("don't support use segment scorer with group_by or search_iterator");
        }
        return new BoostScores(
                boosts, sum(scoreParams, "function_mode", "function"), sum(scoreParams, "boost_mode", "boost"));
    }

    private static boolean sum(Map<String, String> params, String key, String what) {
        String v = params.get(key);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "multiply" -> false;
            case "sum" -> true;
            default ->
                throw Statuses.invalid(
                        "unknown " + what + " mode: " + v.toLowerCase(java.util.Locale.ROOT) + ": invalid parameter");
        };
    }

    /** The fields a boost reads from the hits (its random fields). */
    List<String> inputFields() {
        List<String> out = new ArrayList<>();
        for (Boost b : boosts) {
            if (b.field() != null && !out.contains(b.field())) {
                out.add(b.field());
            }
        }
        return out;
    }

    /**
     * The hits boosted and reordered by the metric; {@code shown} are the fields the caller asked
     * for (the others are dropped from the answer).
     */
    SearchResult apply(
            Engine engine, SearchRequest req, SearchResult res, String pk, boolean descending, Set<String> hidden) {
        int n = res.scores().length;
        Float[] boost = new Float[n];
        for (Boost b : boosts) {
            Set<Object> matching = b.filter() == null ? null : matching(engine, req, res, pk, b.filter());
            for (int i = 0; i < n; i++) {
                Object id = res.ids().scalar(i);
                if (matching != null && !matching.contains(id)) {
                    continue;
                }
                float v = b.weight();
                if (b.seed() != null) {
                    long key = b.field() != null ? longValue(res, b.field(), i) : keyOf(id);
                    v = (float) (random(key, b.seed()) * b.weight());
                }
                boost[i] = boost[i] == null ? v : sumFunctions ? boost[i] + v : boost[i] * v;
            }
        }
        float[] scores = new float[n];
        for (int i = 0; i < n; i++) {
            float s = res.scores()[i];
            scores[i] = boost[i] == null ? s : sumBoost ? s + boost[i] : s * boost[i];
        }
        return RescoredHits.reorder(res, scores, descending, hidden);
    }

    /** The hits' keys that satisfy the filter, found by one query over those keys. */
    private static Set<Object> matching(Engine engine, SearchRequest req, SearchResult res, String pk, String filter) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < res.ids().rowCount(); i++) {
            Object id = res.ids().scalar(i);
            keys.add(id instanceof String s ? quote(s) : id.toString());
        }
        String expr = keys.isEmpty()
                ? "(" + filter + ")"
                : "(" + filter + ") and " + pk + " in [" + String.join(",", keys) + "]";
        List<FieldColumn> rows;
        try {
            rows = engine.query(new QueryRequest(
                    req.collectionName(),
                    expr,
                    List.of(pk),
                    req.partitionNames(),
                    keys.isEmpty() ? 1 : keys.size(),
                    0));
        } catch (EngineException e) {
            throw unexpected("parse expr failed with error: {" + e.reason() + "}");
        }
        Set<Object> out = new HashSet<>();
        for (FieldColumn c : rows) {
            if (c.name().equals(pk)) {
                for (int i = 0; i < c.rowCount(); i++) {
                    out.add(c.scalar(i));
                }
            }
        }
        return out;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static long longValue(SearchResult res, String field, int row) {
        for (FieldColumn c : res.fields()) {
            if (c.name().equals(field)) {
                return c.longs()[row];
            }
        }
        throw new IllegalStateException("random field " + field + " was not fetched");
    }

    private static long keyOf(Object id) {
        return id instanceof Long l ? l : id.toString().hashCode();
    }

    /** A number in [0, 1) from the key and the seed (SplitMix64's finaliser over their mix). */
    static double random(long key, long seed) {
        long z = key * 0x9E3779B97F4A7C15L + seed;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    private static EngineException unexpected(String reason) {
        return EngineException.of(ErrorCodes.UNEXPECTED_ERROR, ErrorCodes.CODE_UNEXPECTED, reason);
    }
}
