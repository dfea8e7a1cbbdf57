package io.partita.response;

import io.partita.model.DescribeIndexResponse;
import io.partita.model.IndexDescription;
import io.partita.model.KeyValuePair;
import io.partita.param.IndexBuildState;
import io.partita.param.IndexType;
import io.partita.param.MetricType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a {@link DescribeIndexResponse}: one {@link IndexDesc} per index, found by field or index
 * name, as the official SDK's wrapper of the same name does. Immutable after construction.
 */
public class DescIndexResponseWrapper {
    private final List<IndexDesc> descriptions;

    /** @param response the answer to DescribeIndex */
    public DescIndexResponseWrapper(DescribeIndexResponse response) {
        Objects.requireNonNull(response, "response");
        List<IndexDesc> out = new ArrayList<>();
        for (IndexDescription d : response.getIndexDescriptionsList()) {
            IndexDesc desc = new IndexDesc(d.getFieldName(), d.getIndexName(), d.getIndexID());
            for (KeyValuePair p : d.getParamsList()) {
                desc.addParam(p.getKey(), p.getValue());
            }
            desc.indexedRows = d.getIndexedRows();
            desc.totalRows = d.getTotalRows();
            desc.indexState = IndexBuildState.values()[
                    Math.min(Math.max(d.getState().ordinal(), 0), IndexBuildState.values().length - 1)];
            desc.indexFailedReason = d.getIndexStateFailReason();
            out.add(desc);
        }
        this.descriptions = Collections.unmodifiableList(out);
    }

    /** @return every index of the answer */
    public List<IndexDesc> getIndexDescriptions() {
        return descriptions;
    }

    /** @return the index on this field, or {@code null} */
    public IndexDesc getIndexDescByFieldName(String fieldName) {
        return descriptions.stream()
                .filter(d -> d.getFieldName().equals(fieldName))
                .findFirst()
                .orElse(null);
    }

    /** @return the index of this name, or {@code null} */
    public IndexDesc getIndexDescByIndexName(String indexName) {
        return descriptions.stream()
                .filter(d -> d.getIndexName().equals(indexName))
                .findFirst()
                .orElse(null);
    }

    /** One index: its names, parameters and build progress. */
    public static final class IndexDesc {
        private final String fieldName;
        private final String indexName;
        private final long id;
        private final Map<String, String> params = new HashMap<>();
        private long indexedRows;
        private long totalRows;
        private IndexBuildState indexState = IndexBuildState.IndexStateNone;
        private String indexFailedReason = "";

        /**
         * @param fieldName the indexed field
         * @param indexName the index's name
         * @param id the index's id
         */
        public IndexDesc(String fieldName, String indexName, long id) {
            this.fieldName = fieldName;
            this.indexName = indexName;
            this.id = id;
        }

        /** Adds one parameter ({@code index_type}, {@code metric_type}, {@code params}...). */
        public void addParam(String key, String value) {
            params.put(key, value);
        }

        /** @return the name of the indexed field */
        public String getFieldName() {
            return fieldName;
        }

        /** @return the index's name */
        public String getIndexName() {
            return indexName;
        }

        /** @return the index's id */
        public long getId() {
            return id;
        }

        /** @return the parameters as the server listed them */
        public Map<String, String> getParams() {
            return Collections.unmodifiableMap(params);
        }

        /** @return how many rows the index covers so far */
        public long getIndexedRows() {
            return indexedRows;
        }

        /** @return how many rows the field has to index */
        public long getTotalRows() {
            return totalRows;
        }

        /** @return 0: the rows waiting for the index are not reported through Partita's model */
        public long getPendingIndexRows() {
            return 0;
        }

        /** @return the index's build state */
        public IndexBuildState getIndexState() {
            return indexState;
        }

        /** @return why the build failed, or empty */
        public String getIndexFailedReason() {
            return indexFailedReason;
        }

        /** @return the {@code index_type} parameter, {@link IndexType#INVALID} when absent or unknown */
        public IndexType getIndexType() {
            return parse(IndexType.class, params.get("index_type"), IndexType.INVALID);
        }

        /** @return the {@code metric_type} parameter, {@link MetricType#INVALID} when absent or unknown */
        public MetricType getMetricType() {
            return parse(MetricType.class, params.get("metric_type"), MetricType.INVALID);
        }

        /** @return the {@code params} parameter (the index's build parameters as JSON), or empty */
        public String getExtraParam() {
            return params.getOrDefault("params", "");
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
            if (name == null) {
                return fallback;
            }
            try {
                return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return fallback;
            }
        }

        @Override
        public String toString() {
            return "IndexDesc{fieldName=" + fieldName + ", indexName=" + indexName + ", id=" + id + ", params=" + params
                    + ", state=" + indexState + "}";
        }
    }
}
