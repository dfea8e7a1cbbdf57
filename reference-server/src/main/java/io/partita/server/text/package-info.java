/**
 * Text analysis for full-text search: an {@link io.partita.server.text.TextAnalyzer} built from a
 * field's {@code analyzer_params} (Milvus's JSON shape: a built-in {@code type}, or a
 * {@code tokenizer} with {@code filter}s) turns text into tokens with Lucene's analysis library
 * (lucene-core and lucene-analysis-common 9.12), and {@link io.partita.server.text.Bm25} turns
 * tokens into the sparse term-frequency rows a BM25 function writes and scores them against a
 * query with the collection's document statistics. It imports no other server package.
 */
package io.partita.server.text;
