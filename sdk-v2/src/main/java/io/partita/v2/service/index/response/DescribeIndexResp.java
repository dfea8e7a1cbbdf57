package io.partita.v2.service.index.response;

import io.partita.v2.common.IndexBuildState;
import io.partita.v2.common.IndexParam;
import io.partita.v2.internal.Checks;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.describeIndex} answers: one {@link IndexDesc} per index. Immutable.
 */
@Getter
public final class DescribeIndexResp {
    /** The indexes, unmodifiable. */
    private final List<IndexDesc> indexDescriptions;

    @Builder
    private DescribeIndexResp(List<IndexDesc> indexDescriptions) {
        this.indexDescriptions = Checks.copy(indexDescriptions);
    }

    /** @return the index on that field, or {@code null} */
    public IndexDesc getIndexDescByFieldName(String fieldName) {
        for (IndexDesc d : indexDescriptions) {
            if (d.getFieldName().equals(fieldName)) {
                return d;
            }
        }
        return null;
    }

    /** @return the index of that name, or {@code null} */
    public IndexDesc getIndexDescByIndexName(String indexName) {
        for (IndexDesc d : indexDescriptions) {
            if (d.getIndexName().equals(indexName)) {
                return d;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "DescribeIndexResp{indexDescriptions=" + indexDescriptions + "}";
    }

    /** One index: its field, name, type, metric, parameters and build progress. Immutable. */
    @Getter
    public static final class IndexDesc {
        private final String fieldName;
        private final String indexName;
        private final long id;
        private final IndexParam.IndexType indexType;
        private final IndexParam.MetricType metricType;
        private final Map<String, String> extraParams;
        private final long indexedRows;
        private final long totalRows;
        private final long pendingIndexRows;
        private final IndexBuildState indexState;
        private final String indexFailedReason;
        private final Map<String, String> properties;

        @Builder
        private IndexDesc(
                String fieldName,
                String indexName,
                long id,
                IndexParam.IndexType indexType,
                IndexParam.MetricType metricType,
                Map<String, String> extraParams,
                long indexedRows,
                long totalRows,
                long pendingIndexRows,
                IndexBuildState indexState,
                String indexFailedReason,
                Map<String, String> properties) {
            this.fieldName = fieldName;
            this.indexName = indexName;
            this.id = id;
            this.indexType = indexType == null ? IndexParam.IndexType.None : indexType;
            this.metricType = metricType == null ? IndexParam.MetricType.INVALID : metricType;
            this.extraParams = Checks.copy(extraParams);
            this.indexedRows = indexedRows;
            this.totalRows = totalRows;
            this.pendingIndexRows = pendingIndexRows;
            this.indexState = indexState;
            this.indexFailedReason = indexFailedReason == null ? "" : indexFailedReason;
            this.properties = Checks.copy(properties);
        }

        @Override
        public String toString() {
            return "IndexDesc{fieldName=" + fieldName + ", indexName=" + indexName + ", indexType=" + indexType
                    + ", metricType=" + metricType + ", extraParams=" + extraParams + ", indexState=" + indexState
                    + "}";
        }
    }
}
