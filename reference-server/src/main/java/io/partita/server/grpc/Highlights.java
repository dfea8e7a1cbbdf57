package io.partita.server.grpc;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import io.partita.server.text.Fragments;
import io.partita.server.text.TextAnalyzer;
import io.partita.wire.HighlightData;
import io.partita.wire.HighlightResult;
import io.partita.wire.HighlightType;
import io.partita.wire.Highlighter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search's {@code highlighter} (Milvus 2.6.8+, {@code SearchRequest.highlighter}) as Milvus's
 * proxy reads it (milvus-io/milvus internal/proxy/highlighter.go NewLexicalHighlighter,
 * task_search.go createLexicalHighlighter/addHighlightTask) and its query nodes answer it
 * (internal/querynodev2/delegator GetHighlight): a {@code Lexical} highlighter marks, in each hit's
 * text, the tokens (by the field's analyzer) of the BM25 search text ({@code highlight_search_text},
 * on the BM25 function's input field) and of {@code highlight_query} texts ({@code [{"type":
 * "TextMatch", "field": f, "text": t}]}, on field f). Params: {@code pre_tags}/{@code post_tags}
 * (JSON string lists, default {@code <em>}/{@code </em>}), {@code fragment_size} (default 100),
 * {@code num_of_fragments} (default 5), {@code fragment_offset} (default 0). Unknown params are
 * ignored, as Milvus does. A {@code Semantic} highlighter needs a model provider, which the
 * reference server does not have: it is refused as Milvus refuses one it cannot create.
 */
final class Highlights {
    static final String PRE_TAGS = "pre_tags";
    static final String POST_TAGS = "post_tags";
    static final String HIGHLIGHT_SEARCH_TEXT = "highlight_search_text";
    static final String HIGHLIGHT_QUERY = "highlight_query";
    static final String FRAGMENT_OFFSET = "fragment_offset";
    static final String FRAGMENT_SIZE = "fragment_size";
    static final String NUM_OF_FRAGMENTS = "num_of_fragments";
    static final long DEFAULT_FRAGMENT_SIZE = 100;
    static final long DEFAULT_NUM_OF_FRAGMENTS = 5;

    /** What Go's strconv.ParseBool accepts as true, and as false. */
    private static final Set<String> GO_TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");

    private static final Set<String> GO_FALSE = Set.of("0", "f", "F", "FALSE", "false", "False");

    /** The one highlight query type Milvus's query nodes answer (GetHighlight: "only support text match now"). */
    static final String TEXT_MATCH = "TextMatch";

    private static final com.google.gson.TypeAdapter<JsonElement> STRICT =
            new com.google.gson.Gson().getAdapter(JsonElement.class);

    private Highlights() {}

    /**
     * One highlighted field: its analyzer, the terms of each query's search text (empty unless
     * the field is the BM25 input and {@code highlight_search_text} is on) and those of its
     * highlight queries.
     */
    record Task(String field, TextAnalyzer analyzer, List<Set<String>> searchTerms, Set<String> queryTerms) {}

    /** A search's highlighting: its fields, in the order Milvus adds them, and the options. */
    record Plan(List<Task> tasks, Fragments.Options options) {
        /** The fields whose texts the highlighting reads. */
        List<String> fields() {
            return tasks.stream().map(Task::field).toList();
        }
    }

    private record Query(String field, String text) {}

    /**
     * The plan of {@code h} for this search, or the Milvus error (ParameterInvalid, 1100) naming
     * the bad param or field.
     */
    static Plan plan(Highlighter h, CollectionSchema schema, SearchRequest req) {
        if (h.getTypeValue() == HighlightType.Semantic_VALUE) {
            throw invalid("Create SemanticHighlight failed: semantic highlighting needs a model provider, which"
                    + " the Partita reference server does not have ");
        }
        if (h.getTypeValue() != HighlightType.Lexical_VALUE) {
            throw invalid("unsupported highlight type: " + h.getTypeValue());
        }
        Map<String, String> p = SchemaCodec.toMap(h.getParamsList());
        List<String> pre = tags(p, PRE_TAGS, "unmarshal pre_tags as string array failed: ", "<em>");
        List<String> post = tags(p, POST_TAGS, "unmarshal post_tags as string list failed: ", "</em>");
        long size = number(p, FRAGMENT_SIZE, DEFAULT_FRAGMENT_SIZE, 1);
        long count = number(p, NUM_OF_FRAGMENTS, DEFAULT_NUM_OF_FRAGMENTS, 0);
        long offset = number(p, FRAGMENT_OFFSET, 0, 0);
        boolean searchText = false;
        if (p.containsKey(HIGHLIGHT_SEARCH_TEXT)) {
            String v = p.get(HIGHLIGHT_SEARCH_TEXT);
            if (!GO_TRUE.contains(v) && !GO_FALSE.contains(v)) {
                throw invalid("unmarshal highlight_search_text as bool failed: strconv.ParseBool: parsing " + goQuote(v)
                        + ": invalid syntax");
            }
            searchText = GO_TRUE.contains(v);
        }
        List<Query> queries = p.containsKey(HIGHLIGHT_QUERY) ? queries(p.get(HIGHLIGHT_QUERY)) : List.of();

        Map<String, Task> tasks = new LinkedHashMap<>();
        if (searchText) {
            if (!req.metricType().equalsIgnoreCase("BM25")) {
                throw invalid("Search highlight only support with metric type \"BM25\" but was: " + req.metricType());
            }
            FieldSchema output = schema.field(annsField(schema, req));
            FieldSchema input = output == null || output.bm25Input() == null ? null : schema.field(output.bm25Input());
            if (input == null) {
                throw EngineException.of(
                        ErrorCodes.UNEXPECTED_ERROR,
                        5,
                        "Search with highlight failed, input field of BM25 annsField not found: service internal"
                                + " error");
            }
            if (req.vectors().type() != DataType.VARCHAR) {
                throw invalid("please provide varchar/text for BM25 Function based search, got "
                        + req.vectors().type());
            }
            TextAnalyzer a = analyzer(input);
            List<Set<String>> perQuery = new ArrayList<>();
            for (String text : req.vectors().strings()) {
                perQuery.add(new HashSet<>(a.tokens(text)));
            }
            tasks.put(input.name(), new Task(input.name(), a, perQuery, new HashSet<>()));
        }
        for (Query q : queries) {
            FieldSchema f = schema.field(q.field());
            if (f == null || f.dynamic()) {
                throw invalid("highlight field not found in schema: " + q.field());
            }
            Task t = tasks.computeIfAbsent(f.name(), n -> new Task(n, analyzer(f), List.of(), new HashSet<>()));
            t.queryTerms().addAll(t.analyzer().tokens(q.text()));
        }
        return new Plan(List.copyOf(tasks.values()), new Fragments.Options(pre, post, offset, size, count));
    }

    /**
     * The answer's {@code highlight_results}: one per planned field, each with one entry per hit
     * (all queries' hits in order), none when there are no hits.
     *
     * @param res the search's hits, with the planned fields among their columns
     */
    static List<HighlightResult> results(Plan plan, SearchResult res) {
        List<HighlightResult> out = new ArrayList<>();
        if (res.scores().length == 0) {
            return out;
        }
        for (Task t : plan.tasks()) {
            FieldColumn texts = column(res, t.field());
            HighlightResult.Builder r = HighlightResult.newBuilder().setFieldName(t.field());
            int row = 0;
            for (int q = 0; q < res.topks().length; q++) {
                Set<String> terms = new HashSet<>(t.queryTerms());
                if (q < t.searchTerms().size()) {
                    terms.addAll(t.searchTerms().get(q));
                }
                for (long j = 0; j < res.topks()[q]; j++, row++) {
                    String text = texts.isNull(row) ? null : texts.strings()[row];
                    r.addDatas(HighlightData.newBuilder()
                            .addAllFragments(Fragments.of(t.analyzer(), text, terms, plan.options())));
                }
            }
            out.add(r.build());
        }
        return out;
    }

    private static FieldColumn column(SearchResult res, String field) {
        for (FieldColumn c : res.fields()) {
            if (c.name().equals(field)) {
                return c;
            }
        }
        // the adapter asks the engine for every planned field (SearchRpcs.search)
        throw new IllegalStateException("highlighted field " + field + " is not among the search's columns");
    }

    /** The searched field: the named one, else the schema's only vector field (else none). */
    private static String annsField(CollectionSchema schema, SearchRequest req) {
        if (!req.annsField().isEmpty()) {
            return req.annsField();
        }
        List<FieldSchema> vectors =
                schema.fields().stream().filter(f -> f.dataType().isVector()).toList();
        return vectors.size() == 1 ? vectors.get(0).name() : "";
    }

    /**
     * The field's analyzer; a field without one has no analyzer on Milvus's query nodes, which
     * answer "the highlight field not found" (delegator GetHighlight).
     */
    private static TextAnalyzer analyzer(FieldSchema f) {
        boolean analyzed = f.dataType() == DataType.VARCHAR
                && (f.flag(FieldSchema.ENABLE_ANALYZER) || f.flag(FieldSchema.ENABLE_MATCH));
        if (!analyzed) {
            throw invalid("get highlight failed, the highlight field not found, " + f.name() + ":" + f.fieldId());
        }
        return TextAnalyzer.of(f.typeParams().get(FieldSchema.ANALYZER_PARAMS));
    }

    private static List<String> tags(Map<String, String> p, String key, String failure, String otherwise) {
        if (!p.containsKey(key)) {
            return List.of(otherwise);
        }
        List<String> tags = stringList(p.get(key), failure);
        if (tags.isEmpty()) {
            throw invalid(key + " cannot be empty list");
        }
        return tags;
    }

    /** A JSON list of strings as Go's encoding/json reads it into a []string (null is empty). */
    private static List<String> stringList(String json, String failure) {
        JsonElement e = parse(json, failure);
        if (e.isJsonNull()) {
            return List.of();
        }
        if (!e.isJsonArray()) {
            throw invalid(failure + "json: cannot unmarshal " + kind(e) + " into Go value of type []string");
        }
        List<String> out = new ArrayList<>();
        for (JsonElement item : e.getAsJsonArray()) {
            if (item.isJsonNull()) {
                out.add("");
            } else if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isString()) {
                out.add(item.getAsString());
            } else {
                throw invalid(failure + "json: cannot unmarshal " + kind(item) + " into Go value of type string");
            }
        }
        return out;
    }

    private static long number(Map<String, String> p, String key, long otherwise, long least) {
        if (!p.containsKey(key)) {
            return otherwise;
        }
        String v = p.get(key);
        try {
            long n = Long.parseLong(v);
            if (n >= least) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, as strconv.ParseInt's failure is
        }
        throw invalid("invalid " + key + ": " + v);
    }

    private static List<Query> queries(String json) {
        JsonElement e = parse(json, "unmarshal highlight queries as json array failed: ");
        if (e.isJsonNull()) {
            return List.of();
        }
        if (!e.isJsonArray()) {
            throw invalid("unmarshal highlight queries as json array failed: json: cannot unmarshal " + kind(e)
                    + " into Go value of type []interface {}");
        }
        List<Query> out = new ArrayList<>();
        String failed = "unmarshal highlight queries failed: ";
        for (JsonElement item : (JsonArray) e) {
            if (!item.isJsonObject()) {
                throw invalid(failed + "item in array is not json object");
            }
            JsonObject m = item.getAsJsonObject();
            String text = member(m, "text", failed);
            String type = member(m, "type", failed);
            if (!type.equals(TEXT_MATCH)) {
                throw invalid(failed + "invalid highlight query type: " + type);
            }
            String field = member(m, "field", failed);
            out.add(new Query(field, text));
        }
        return out;
    }

    private static String member(JsonObject m, String name, String failed) {
        if (!m.has(name)) {
            throw invalid(failed + "must set `" + name + "` in query");
        }
        JsonElement v = m.get(name);
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
            throw invalid(failed + "`" + name + "` must be string");
        }
        return v.getAsString();
    }

    /** The JSON value of {@code json}, read strictly (Gson's default reader: no unquoted strings). */
    private static JsonElement parse(String json, String failure) {
        if (json.isBlank()) {
            throw invalid(failure + "unexpected end of JSON input");
        }
        try {
            return STRICT.fromJson(json);
        } catch (java.io.IOException | JsonParseException | IllegalStateException ex) {
            throw invalid(failure + "invalid JSON: " + json);
        }
    }

    /** Go's name of a JSON value's kind in an unmarshal type error. */
    private static String kind(JsonElement e) {
        if (e.isJsonObject()) {
            return "object";
        }
        if (e.isJsonArray()) {
            return "array";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        return p.isBoolean() ? "bool" : p.isNumber() ? "number" : "string";
    }

    private static String goQuote(String v) {
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** merr.WrapErrParameterInvalidMsg's form: the reason, then ": invalid parameter" (1100). */
    private static EngineException invalid(String why) {
        return Statuses.invalid(why + ": invalid parameter");
    }
}
