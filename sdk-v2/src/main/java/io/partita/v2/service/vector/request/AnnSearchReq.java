package io.partita.v2.service.vector.request;

import io.partita.v2.common.IndexParam;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.vector.request.data.BaseVector;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * One search of a {@link HybridSearchReq}: a vector field, its query vectors, filter, params and
 * number of hits, as milvus-sdk-java 2.6's {@code AnnSearchReq}. As in the official builder, the
 * deprecated {@code expr} and {@code topK} are the same values as {@code filter} and
 * {@code limit}: setting either of a pair sets both, the last call wins.
 */
@Getter
public final class AnnSearchReq {
    /** The vector field searched (required). */
    private final String vectorFieldName;
    /** The query vectors (required, not empty). */
    private final List<BaseVector> vectors;
    /** The metric; {@code null} uses the field's index. */
    private final IndexParam.MetricType metricType;
    /** A boolean expression restricting this search's candidates; empty for none. */
    private final String filter;
    /** The same as {@link #getFilter()} (the official client's deprecated name). */
    private final String expr;
    /** Index search params as JSON, e.g. {@code {"nprobe": 10}}; {@code null} for none. */
    private final String params;
    /** Hits of this search per query vector (required, positive). */
    private final long limit;
    /** The same as {@link #getLimit()}, as an int (the official client's deprecated name). */
    private final int topK;

    /** The time zone TIMESTAMPTZ values are written in (an IANA name such as {@code Asia/Shanghai}); empty for the server's. */
    private final String timezone;
    /** Values of the filter's {@code {name}} placeholders (Boolean, Integer/Long, Double, String or lists of one of them); empty for none. */
    private final Map<String, Object> filterTemplateValues;

    @Builder
    private AnnSearchReq(
            String vectorFieldName,
            List<BaseVector> vectors,
            IndexParam.MetricType metricType,
            String filter,
            String expr,
            String params,
            long limit,
            int topK,
            String timezone,
            Map<String, Object> filterTemplateValues) {
        Checks.notBlank(vectorFieldName, "AnnSearchReq.vectorFieldName");
        Checks.notEmpty(vectors, "AnnSearchReq.vectors");
        this.vectorFieldName = vectorFieldName;
        this.vectors = Checks.copy(vectors);
        this.metricType = metricType;
        this.filter = filter == null ? "" : filter;
        this.expr = this.filter;
        this.params = params;
        this.limit = limit;
        this.topK = topK;
        this.timezone = timezone == null ? "" : timezone;
        this.filterTemplateValues = Checks.copy(filterTemplateValues);
    }

    @Override
    public String toString() {
        return "AnnSearchReq{vectorFieldName=" + vectorFieldName + ", topK=" + topK + ", limit=" + limit
                + ", filter=" + filter + ", vectors=" + vectors.size() + ", params=" + params + ", metricType="
                + metricType + ", timezone=" + timezone + ", filterTemplateValues=" + filterTemplateValues + "}";
    }

    /** Builds an {@link AnnSearchReq}; {@code filter}/{@code expr} and {@code limit}/{@code topK} set each other. */
    public static class AnnSearchReqBuilder {
        private String filter = "";
        private String expr = "";
        private long limit = 0L;
        private int topK = 0;

        /** @return this builder, with the filter (also the deprecated {@code expr}) */
        public AnnSearchReqBuilder filter(String filter) {
            this.filter = filter;
            this.expr = filter;
            return this;
        }

        /**
         * @return this builder, with the filter
         * @deprecated as in the official client: use {@link #filter}
         */
        @Deprecated
        public AnnSearchReqBuilder expr(String expr) {
            this.filter = expr;
            this.expr = expr;
            return this;
        }

        /** @return this builder, with the hits per query vector (also the deprecated {@code topK}) */
        public AnnSearchReqBuilder limit(long limit) {
            this.limit = limit;
            this.topK = (int) limit;
            return this;
        }

        /**
         * @return this builder, with the hits per query vector
         * @deprecated as in the official client: use {@link #limit}
         */
        @Deprecated
        public AnnSearchReqBuilder topK(int topK) {
            this.limit = topK;
            this.topK = topK;
            return this;
        }
    }
}
