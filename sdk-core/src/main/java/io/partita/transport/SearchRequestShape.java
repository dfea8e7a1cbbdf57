package io.partita.transport;

import io.partita.model.DataType;
import io.partita.model.KeyValuePair;
import io.partita.param.dml.SearchIteratorV2Page;
import io.partita.param.dml.SearchParam;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;

/**
 * The transport-neutral shape of one search request, computed once from a validated
 * {@link SearchParam}, so that a transport only serializes it.
 *
 * <ul>
 *   <li>{@link #getSearchParams()}: the {@code search_params} pairs in the order the official
 *       clients send them: {@code anns_field}, {@code topk}, {@code metric_type},
 *       {@code round_decimal}, {@code params} (read from milvus-sdk-java 2.1's
 *       {@code ParamUtils.convertSearchParam}), then for a grouping search {@code group_by_field},
 *       {@code group_size} and {@code strict_group_size} when set (milvus-sdk-java 2.6's
 *       {@code ParamUtils.convertSearchParam} adds them after {@code params}), and for a search
 *       iterator v2 call {@code search_iter_v2}, {@code search_iter_batch_size},
 *       {@code search_iter_last_bound} and {@code search_iter_id}, and {@code timezone} when set
 *       (milvus-sdk-java 2.6's {@code VectorUtils.ConvertToGrpcSearchRequest}).
 *   <li>{@link #getVectorType()}: the placeholder type of the query vectors (the
 *       {@code PlaceholderType} number equals the {@link DataType} number; {@code VarChar} for text).
 *   <li>{@link #isBinary()}: binary query vectors ({@link ByteBuffer} rows) or float vectors
 *       ({@code List<Float>} rows), decided by the first row; the Param guarantees every row has
 *       the same kind.
 *   <li>{@link #getDsl()}: the filter expression, empty for none, of DSL type
 *       {@link #DSL_TYPE_BOOL_EXPR}; the vectors travel under placeholder tag {@link #PLACEHOLDER_TAG}.
 *   <li>{@link #getConsistency()}: the level or "the collection's own", and the timestamps.
 * </ul>
 *
 * <p>Immutable and thread-safe (the vectors are the Param's unmodifiable list).
 */
public final class SearchRequestShape {
    /** The placeholder tag the query vectors travel under. */
    public static final String PLACEHOLDER_TAG = "$0";
    /** The protocol number of {@code DslType.BoolExprV1}: the DSL is a boolean expression. */
    public static final int DSL_TYPE_BOOL_EXPR = 1;

    private final List<KeyValuePair> searchParams;
    private final List<?> vectors;
    private final boolean binary;
    private final DataType vectorType;
    private final String dsl;
    private final ReadConsistency consistency;
    private final boolean byIds;
    private final boolean embeddingLists;

    private SearchRequestShape(SearchParam p) {
        List<KeyValuePair> pairs = new ArrayList<>(5);
        pairs.add(pair("anns_field", p.getVectorFieldName()));
        pairs.add(pair("topk", Integer.toString(p.getTopK())));
        pairs.add(pair("metric_type", p.getMetricType().name()));
        pairs.add(pair("round_decimal", Integer.toString(p.getRoundDecimal())));
        pairs.add(pair("params", p.getParams()));
        if (p.isIterator()) {
            pairs.add(pair("iterator", "true")); // milvus-sdk-java 2.6 SearchIterator's search param
        }
        SearchIteratorV2Page v2 = p.getIteratorV2();
        if (v2 != null) {
            // milvus-sdk-java 2.6 orm/iterator/SearchIteratorV2's top-level search params
            pairs.add(pair("search_iter_v2", "true"));
            pairs.add(pair("search_iter_batch_size", Integer.toString(v2.getBatchSize())));
            if (v2.getLastBound() != null) {
                pairs.add(pair("search_iter_last_bound", Float.toString(v2.getLastBound())));
            }
            if (!v2.getToken().isEmpty()) {
                pairs.add(pair("search_iter_id", v2.getToken()));
            }
        }
        if (!p.getGroupByFieldName().isEmpty()) {
            pairs.add(pair("group_by_field", p.getGroupByFieldName()));
        }
        if (p.getGroupSize() != null) {
            pairs.add(pair("group_size", p.getGroupSize().toString()));
        }
        if (p.getStrictGroupSize() != null) {
            pairs.add(pair("strict_group_size", p.getStrictGroupSize().toString()));
        }
        if (!p.getTimezone().isEmpty()) {
            pairs.add(pair("timezone", p.getTimezone())); // milvus-sdk-java 2.6 VectorUtils: Constant.TIMEZONE
        }
        this.searchParams = Collections.unmodifiableList(pairs);
        this.vectors = p.getIds().isEmpty() ? p.getVectors() : p.getIds();
        this.byIds = !p.getIds().isEmpty();
        this.vectorType = p.getVectorType();
        this.binary = vectorType == DataType.BinaryVector;
        this.dsl = p.getExpr() == null ? "" : p.getExpr();
        this.consistency = ReadConsistency.of(p);
        this.embeddingLists = p.isEmbeddingLists();
    }

    /**
     * @return whether each float query is an embedding list (placeholder type
     *     {@code EmbListFloatVector}, number 301: its vectors back to back)
     */
    public boolean isEmbeddingLists() {
        return embeddingLists;
    }

    /**
     * @param p a validated search
     * @return its request shape
     */
    public static SearchRequestShape of(SearchParam p) {
        return new SearchRequestShape(p);
    }

    private static KeyValuePair pair(String key, String value) {
        return KeyValuePair.newBuilder().setKey(key).setValue(value).build();
    }

    /** @return the {@code search_params} pairs, in sending order; unmodifiable */
    public List<KeyValuePair> getSearchParams() {
        return searchParams;
    }

    /** @return {@code true} for binary query vectors, {@code false} for float vectors */
    public boolean isBinary() {
        return binary;
    }

    /**
     * @return the kind of the query vectors: {@code FloatVector}, {@code BinaryVector},
     *     {@code Float16Vector}, {@code BFloat16Vector}, {@code Int8Vector},
     *     {@code SparseFloatVector} or {@code VarChar} (text)
     */
    public DataType getVectorType() {
        return vectorType;
    }

    /**
     * @return the raw query vectors of a byte-coded type (binary, float16, bfloat16, int8), one
     *     {@link ByteBuffer} per query (read them with {@code duplicate()})
     * @throws IllegalStateException for the other types
     */
    @SuppressWarnings("unchecked")
    public List<ByteBuffer> getByteVectors() {
        if (vectorType == DataType.FloatVector
                || vectorType == DataType.SparseFloatVector
                || vectorType == DataType.VarChar) {
            throw new IllegalStateException("the query vectors are " + vectorType);
        }
        return (List<ByteBuffer>) vectors;
    }

    /**
     * @return the sparse query vectors, index → value
     * @throws IllegalStateException for the other types
     */
    @SuppressWarnings("unchecked")
    public List<SortedMap<Long, Float>> getSparseVectors() {
        if (vectorType != DataType.SparseFloatVector) {
            throw new IllegalStateException("the query vectors are " + vectorType);
        }
        return (List<SortedMap<Long, Float>>) vectors;
    }

    /**
     * @return the text queries
     * @throws IllegalStateException for vector queries
     */
    @SuppressWarnings("unchecked")
    public List<String> getTexts() {
        if (vectorType != DataType.VarChar) {
            throw new IllegalStateException("the query vectors are " + vectorType);
        }
        return (List<String>) vectors;
    }

    /**
     * @return whether the search gives primary keys ({@code SearchRequest.ids}, read them from
     *     {@link SearchParam#getIds()}) instead of query vectors; then there is no placeholder group
     *     and {@link #getVectorType()} is {@code null}
     */
    public boolean isByIds() {
        return byIds;
    }

    /** @return the number of queries ({@code nq}): query vectors, or primary keys */
    public int getNq() {
        return vectors.size();
    }

    /**
     * @return the float query vectors, one {@code List<Float>} per query
     * @throws IllegalStateException when the vectors are binary
     */
    @SuppressWarnings("unchecked")
    public List<List<Float>> getFloatVectors() {
        if (vectorType != DataType.FloatVector) {
            throw new IllegalStateException("the query vectors are " + (binary ? "binary" : vectorType));
        }
        return (List<List<Float>>) vectors;
    }

    /**
     * @return the binary query vectors, one {@link ByteBuffer} per query (read them with
     *     {@code duplicate()}; do not move their positions)
     * @throws IllegalStateException when the vectors are float vectors
     */
    @SuppressWarnings("unchecked")
    public List<ByteBuffer> getBinaryVectors() {
        if (!binary) {
            throw new IllegalStateException("the query vectors are float vectors");
        }
        return (List<ByteBuffer>) vectors;
    }

    /** @return the filter expression; empty for none */
    public String getDsl() {
        return dsl;
    }

    /** @return the consistency settings */
    public ReadConsistency getConsistency() {
        return consistency;
    }
}
