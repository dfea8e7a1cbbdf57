/**
 * A search's highlighter (Milvus 2.6.8+), as milvus-sdk-java 2.6 names it: {@link
 * io.partita.v2.service.vector.request.highlighter.LexicalHighlighter} (served by the reference
 * server under {@code milvus-2.6}) and {@link
 * io.partita.v2.service.vector.request.highlighter.SemanticHighlighter} (needs a model provider,
 * which the reference server does not have: it refuses one).
 */
package io.partita.v2.service.vector.request.highlighter;
