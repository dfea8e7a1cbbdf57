package io.partita.v2.service.vector.request.highlighter;

import com.google.gson.Gson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Highlights the hits' texts by their terms (Milvus 2.6.8+): those of the BM25 search text in the
 * BM25 function's input field ({@code highlightSearchText}), and those of {@link HighlightQuery}
 * texts in the fields they name, wrapped in {@code preTags}/{@code postTags} (used in turn; the
 * server's default {@code <em>}/{@code </em>}) in fragments of {@code fragmentSize} code points
 * (default 100) that open {@code fragmentOffset} code points before their first match (default 0),
 * at most {@code numOfFragments} per hit (default 5). Unset settings are not sent. The hits'
 * fragments are read with {@code SearchResp.SearchResult#getHighlightResult(field)}.
 *
 * <p>Immutable: lists are copied in. Built as in the official client, with {@link #builder()}.
 */
public class LexicalHighlighter implements Highlighter {
    private static final Gson GSON = new Gson();

    private final List<HighlightQuery> highlightQueries;
    private final Boolean highlightSearchText;
    private final List<String> preTags;
    private final List<String> postTags;
    private final Integer fragmentOffset;
    private final Integer fragmentSize;
    private final Integer numOfFragments;

    /** The highlighter of the builder's settings (the official constructor; {@link #builder()} reads better). */
    public LexicalHighlighter(LexicalHighlighterBuilder builder) {
        this.highlightQueries = copy(builder.highlightQueries);
        this.highlightSearchText = builder.highlightSearchText;
        this.preTags = copy(builder.preTags);
        this.postTags = copy(builder.postTags);
        this.fragmentOffset = builder.fragmentOffset;
        this.fragmentSize = builder.fragmentSize;
        this.numOfFragments = builder.numOfFragments;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** @return a new builder with nothing set */
    public static LexicalHighlighterBuilder builder() {
        return new LexicalHighlighterBuilder();
    }

    /** @return {@code "Lexical"} */
    @Override
    public String highlightType() {
        return "Lexical";
    }

    /**
     * @return the set settings under Milvus's param names ({@code highlight_query},
     *     {@code highlight_search_text}, {@code pre_tags}, {@code post_tags}, {@code fragment_offset},
     *     {@code fragment_size}, {@code num_of_fragments}); lists and queries as JSON
     */
    @Override
    public Map<String, String> getParams() {
        Map<String, String> params = new HashMap<>();
        if (highlightQueries != null) {
            params.put("highlight_query", GSON.toJson(highlightQueries));
        }
        if (highlightSearchText != null) {
            params.put("highlight_search_text", highlightSearchText.toString());
        }
        if (preTags != null) {
            params.put("pre_tags", GSON.toJson(preTags));
        }
        if (postTags != null) {
            params.put("post_tags", GSON.toJson(postTags));
        }
        if (fragmentOffset != null) {
            params.put("fragment_offset", fragmentOffset.toString());
        }
        if (fragmentSize != null) {
            params.put("fragment_size", fragmentSize.toString());
        }
        if (numOfFragments != null) {
            params.put("num_of_fragments", numOfFragments.toString());
        }
        return params;
    }

    @Override
    public String toString() {
        return "LexicalHighlighter" + getParams();
    }

    /**
     * Terms to highlight in a field: the tokens of {@code text} by the field's analyzer. Milvus
     * takes the type {@code "TextMatch"}.
     */
    public static class HighlightQuery {
        /** The query type; Milvus takes {@code "TextMatch"}. */
        public final String type;
        /** The field whose texts are highlighted (a VARCHAR field with an analyzer). */
        public final String field;
        /** The text whose terms are highlighted. */
        public final String text;

        /**
         * @param type the query type, {@code "TextMatch"}
         * @param field the highlighted field
         * @param query the text whose terms are highlighted
         */
        public HighlightQuery(String type, String field, String query) {
            this.type = type;
            this.field = field;
            this.text = query;
        }

        /** @return the query as the JSON object sent in {@code highlight_query} */
        @Override
        public String toString() {
            return GSON.toJson(this);
        }
    }

    /** Builds a {@link LexicalHighlighter}; unset settings are not sent (the server's defaults apply). */
    public static class LexicalHighlighterBuilder {
        private List<HighlightQuery> highlightQueries;
        private Boolean highlightSearchText;
        private List<String> preTags;
        private List<String> postTags;
        private Integer fragmentOffset;
        private Integer fragmentSize;
        private Integer numOfFragments;

        LexicalHighlighterBuilder() {}

        /** Sets the highlight queries, replacing those added. */
        public LexicalHighlighterBuilder highlightQueries(List<HighlightQuery> queries) {
            this.highlightQueries = queries == null ? null : new ArrayList<>(queries);
            return this;
        }

        /** Adds a highlight query. */
        public LexicalHighlighterBuilder addHighlightQuery(HighlightQuery q) {
            if (highlightQueries == null) {
                highlightQueries = new ArrayList<>();
            }
            highlightQueries.add(q);
            return this;
        }

        /** Whether the BM25 search text's terms are highlighted in the BM25 input field. */
        public LexicalHighlighterBuilder highlightSearchText(Boolean highlightSearchText) {
            this.highlightSearchText = highlightSearchText;
            return this;
        }

        /** Sets the opening tags (used in turn), replacing those added. */
        public LexicalHighlighterBuilder preTags(List<String> preTags) {
            this.preTags = preTags == null ? null : new ArrayList<>(preTags);
            return this;
        }

        /** Adds an opening tag. */
        public LexicalHighlighterBuilder addPreTag(String tag) {
            if (preTags == null) {
                preTags = new ArrayList<>();
            }
            preTags.add(tag);
            return this;
        }

        /** Sets the closing tags (used in turn), replacing those added. */
        public LexicalHighlighterBuilder postTags(List<String> postTags) {
            this.postTags = postTags == null ? null : new ArrayList<>(postTags);
            return this;
        }

        /** Adds a closing tag. */
        public LexicalHighlighterBuilder addPostTag(String tag) {
            if (postTags == null) {
                postTags = new ArrayList<>();
            }
            postTags.add(tag);
            return this;
        }

        /** Code points kept before a fragment's first match. */
        public LexicalHighlighterBuilder fragmentOffset(Integer offset) {
            this.fragmentOffset = offset;
            return this;
        }

        /** The least length of a fragment, in code points. */
        public LexicalHighlighterBuilder fragmentSize(Integer size) {
            this.fragmentSize = size;
            return this;
        }

        /** The most fragments per hit. */
        public LexicalHighlighterBuilder numOfFragments(Integer num) {
            this.numOfFragments = num;
            return this;
        }

        /** @return the highlighter */
        public LexicalHighlighter build() {
            return new LexicalHighlighter(this);
        }
    }
}
