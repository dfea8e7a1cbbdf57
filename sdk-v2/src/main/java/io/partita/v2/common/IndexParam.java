package io.partita.v2.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * One index to build on one field: the field, an optional index name (defaults to the field
 * name), the index type (default {@link IndexType#AUTOINDEX}: the server picks), the metric and
 * extra build parameters ({@code nlist}, {@code M}...). Immutable.
 */
@Getter
public final class IndexParam {
    private final String fieldName;
    private final String indexName;
    private final IndexType indexType;
    private final MetricType metricType;
    private final Map<String, Object> extraParams;

    @Builder
    private IndexParam(
            String fieldName,
            String indexName,
            IndexType indexType,
            MetricType metricType,
            Map<String, Object> extraParams) {
        if (fieldName == null || fieldName.isBlank()) {
            throw new IllegalArgumentException("IndexParam.fieldName must not be empty, got '" + fieldName + "'");
        }
        this.fieldName = fieldName;
        this.indexName = indexName == null || indexName.isBlank() ? fieldName : indexName;
        this.indexType = indexType == null ? IndexType.AUTOINDEX : indexType;
        this.metricType = metricType;
        this.extraParams = extraParams == null
                ? Collections.emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<>(extraParams));
    }

    /** Builds an {@link IndexParam}; {@code fieldName} is required. */
    public static class IndexParamBuilder {
        private IndexType indexType = IndexType.AUTOINDEX;
    }

    @Override
    public String toString() {
        return "IndexParam{fieldName=" + fieldName + ", indexName=" + indexName + ", indexType=" + indexType
                + ", metricType=" + metricType + ", extraParams=" + extraParams + "}";
    }

    /** Distance metrics, named as the official V2 API names them. */
    public enum MetricType {
        INVALID,
        L2,
        IP,
        COSINE,
        HAMMING,
        JACCARD,
        MHJACCARD,
        BM25,
        MAX_SIM,
        MAX_SIM_COSINE,
        MAX_SIM_IP,
        MAX_SIM_L2,
        MAX_SIM_JACCARD,
        MAX_SIM_HAMMING
    }

    /** Index types with the official V2 API's names and numbers. */
    public enum IndexType {
        None(0),
        FLAT(1),
        IVF_FLAT(2),
        IVF_SQ8(3),
        IVF_PQ(4),
        HNSW(5),
        HNSW_SQ(6),
        HNSW_PQ(7),
        HNSW_PRQ(8),
        DISKANN(10),
        AUTOINDEX(11),
        SCANN(12),
        IVF_RABITQ(13),
        AISAQ(14),
        GPU_IVF_FLAT(50),
        GPU_IVF_PQ(51),
        GPU_BRUTE_FORCE(52),
        GPU_CAGRA(53),
        BIN_FLAT(80),
        BIN_IVF_FLAT(81),
        MINHASH_LSH(82),
        TRIE("Trie", 100),
        NGRAM(101),
        RTREE(120),
        STL_SORT(200),
        INVERTED(201),
        BITMAP(202),
        SPARSE_INVERTED_INDEX(300),
        SPARSE_WAND(301);

        private final String name;
        private final int code;

        IndexType(int code) {
            this.name = name();
            this.code = code;
        }

        IndexType(String name, int code) {
            this.name = name;
            this.code = code;
        }

        /** @return the name the server knows the type by */
        public String getName() {
            return name;
        }

        /** @return the official number of the type */
        public int getCode() {
            return code;
        }
    }
}
