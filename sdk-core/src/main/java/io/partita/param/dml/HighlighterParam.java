package io.partita.param.dml;

import io.partita.exception.ParamException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A search's highlighter (Milvus 2.6.8+ {@code SearchRequest.highlighter}): its type,
 * {@code Lexical} or {@code Semantic}, and its params as the server reads them (a lexical
 * highlighter's {@code pre_tags}, {@code post_tags}, {@code highlight_search_text},
 * {@code highlight_query}, {@code fragment_offset}, {@code fragment_size},
 * {@code num_of_fragments}). The server checks the params; this class checks only the type.
 *
 * <p>Immutable and thread-safe.
 */
public final class HighlighterParam {
    /** The lexical highlighter's type name. */
    public static final String LEXICAL = "Lexical";
    /** The semantic highlighter's type name. */
    public static final String SEMANTIC = "Semantic";

    private final String type;
    private final Map<String, String> params;

    private HighlighterParam(String type, Map<String, String> params) {
        this.type = type;
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * @param type {@link #LEXICAL} or {@link #SEMANTIC}
     * @param params the highlighter's params; {@code null} for none
     * @return the highlighter
     * @throws ParamException when the type is neither
     */
    public static HighlighterParam of(String type, Map<String, String> params) {
        if (!LEXICAL.equals(type) && !SEMANTIC.equals(type)) {
            throw new ParamException("highlighter type must be Lexical or Semantic, got: " + type);
        }
        return new HighlighterParam(type, params == null ? Map.of() : params);
    }

    /** @return {@link #LEXICAL} or {@link #SEMANTIC} */
    public String getType() {
        return type;
    }

    /** @return the params; unmodifiable */
    public Map<String, String> getParams() {
        return params;
    }

    @Override
    public String toString() {
        return "HighlighterParam{type=" + type + ", params=" + params + "}";
    }
}
