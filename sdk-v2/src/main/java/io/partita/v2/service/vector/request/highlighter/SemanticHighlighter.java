package io.partita.v2.service.vector.request.highlighter;

import com.google.gson.Gson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Highlights the hits' texts with a model (Milvus 2.6 with a model provider): sent as the official
 * client sends it; the reference server has no model provider and refuses it (1100, "Create
 * SemanticHighlight failed").
 *
 * <p>Immutable: lists are copied in. Built as in the official client, with {@link #builder()}.
 */
public class SemanticHighlighter implements Highlighter {
    private static final Gson GSON = new Gson();

    private final List<String> queries;
    private final List<String> inputFields;
    private final List<String> preTags;
    private final List<String> postTags;
    private final Float threshold;
    private final Boolean highlightOnly;
    private final String modelDeploymentID;
    private final Integer maxClientBatchSize;

    /** The highlighter of the builder's settings (the official constructor; {@link #builder()} reads better). */
    public SemanticHighlighter(SemanticHighlighterBuilder builder) {
        this.queries = copy(builder.queries);
        this.inputFields = copy(builder.inputFields);
        this.preTags = copy(builder.preTags);
        this.postTags = copy(builder.postTags);
        this.threshold = builder.threshold;
        this.highlightOnly = builder.highlightOnly;
        this.modelDeploymentID = builder.modelDeploymentID;
        this.maxClientBatchSize = builder.maxClientBatchSize;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** @return a new builder with nothing set */
    public static SemanticHighlighterBuilder builder() {
        return new SemanticHighlighterBuilder();
    }

    /** @return {@code "Semantic"} */
    @Override
    public String highlightType() {
        return "Semantic";
    }

    /**
     * @return the set settings under Milvus's param names ({@code queries}, {@code input_fields},
     *     {@code pre_tags}, {@code post_tags}, {@code threshold}, {@code highlight_only},
     *     {@code model_deployment_id}, {@code max_client_batch_size}); lists as JSON
     */
    @Override
    public Map<String, String> getParams() {
        Map<String, String> params = new HashMap<>();
        if (queries != null) {
            params.put("queries", GSON.toJson(queries));
        }
        if (inputFields != null) {
            params.put("input_fields", GSON.toJson(inputFields));
        }
        if (preTags != null) {
            params.put("pre_tags", GSON.toJson(preTags));
        }
        if (postTags != null) {
            params.put("post_tags", GSON.toJson(postTags));
        }
        if (threshold != null) {
            params.put("threshold", threshold.toString());
        }
        if (highlightOnly != null) {
            params.put("highlight_only", highlightOnly.toString());
        }
        if (modelDeploymentID != null) {
            params.put("model_deployment_id", modelDeploymentID);
        }
        if (maxClientBatchSize != null) {
            params.put("max_client_batch_size", maxClientBatchSize.toString());
        }
        return params;
    }

    @Override
    public String toString() {
        return "SemanticHighlighter" + getParams();
    }

    /** Builds a {@link SemanticHighlighter}; unset settings are not sent. */
    public static class SemanticHighlighterBuilder {
        private List<String> queries;
        private List<String> inputFields;
        private List<String> preTags;
        private List<String> postTags;
        private Float threshold;
        private Boolean highlightOnly;
        private String modelDeploymentID;
        private Integer maxClientBatchSize;

        SemanticHighlighterBuilder() {}

        /** Sets the queries, replacing those added. */
        public SemanticHighlighterBuilder queries(List<String> queries) {
            this.queries = queries == null ? null : new ArrayList<>(queries);
            return this;
        }

        /** Adds a query. */
        public SemanticHighlighterBuilder addQuery(String q) {
            if (queries == null) {
                queries = new ArrayList<>();
            }
            queries.add(q);
            return this;
        }

        /** Sets the highlighted fields, replacing those added. */
        public SemanticHighlighterBuilder inputFields(List<String> inputFields) {
            this.inputFields = inputFields == null ? null : new ArrayList<>(inputFields);
            return this;
        }

        /** Adds a highlighted field. */
        public SemanticHighlighterBuilder addInputField(String f) {
            if (inputFields == null) {
                inputFields = new ArrayList<>();
            }
            inputFields.add(f);
            return this;
        }

        /** Sets the opening tags, replacing those added. */
        public SemanticHighlighterBuilder preTags(List<String> preTags) {
            this.preTags = preTags == null ? null : new ArrayList<>(preTags);
            return this;
        }

        /** Adds an opening tag. */
        public SemanticHighlighterBuilder addPreTag(String tag) {
            if (preTags == null) {
                preTags = new ArrayList<>();
            }
            preTags.add(tag);
            return this;
        }

        /** Sets the closing tags, replacing those added. */
        public SemanticHighlighterBuilder postTags(List<String> postTags) {
            this.postTags = postTags == null ? null : new ArrayList<>(postTags);
            return this;
        }

        /** Adds a closing tag. */
        public SemanticHighlighterBuilder addPostTag(String tag) {
            if (postTags == null) {
                postTags = new ArrayList<>();
            }
            postTags.add(tag);
            return this;
        }

        /** The least score of a highlighted fragment. */
        public SemanticHighlighterBuilder threshold(Float threshold) {
            this.threshold = threshold;
            return this;
        }

        /** Whether only the highlighted parts are returned. */
        public SemanticHighlighterBuilder highlightOnly(Boolean highlightOnly) {
            this.highlightOnly = highlightOnly;
            return this;
        }

        /** The model deployment to use. */
        public SemanticHighlighterBuilder modelDeploymentID(String modelDeploymentID) {
            this.modelDeploymentID = modelDeploymentID;
            return this;
        }

        /** The most texts per model call. */
        public SemanticHighlighterBuilder maxClientBatchSize(Integer size) {
            this.maxClientBatchSize = size;
            return this;
        }

        /** @return the highlighter */
        public SemanticHighlighter build() {
            return new SemanticHighlighter(this);
        }
    }
}
