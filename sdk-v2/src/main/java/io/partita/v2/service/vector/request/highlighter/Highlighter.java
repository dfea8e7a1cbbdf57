package io.partita.v2.service.vector.request.highlighter;

import java.util.Map;

/** A search's highlighter ({@code SearchReq.highlighter}): its type and the params sent for it. */
public interface Highlighter {
    /** @return {@code "Lexical"} or {@code "Semantic"}: the wire's {@code HighlightType} name */
    String highlightType();

    /** @return the params the server reads, each value as text (lists and queries as JSON); a new map */
    Map<String, String> getParams();
}
