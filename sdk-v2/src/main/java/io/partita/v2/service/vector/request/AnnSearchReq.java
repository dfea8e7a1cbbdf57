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
 * number of hits, as milvus-sdk-java 2.6's {@code AnnSearchReq}.
 */
@Getter
public final class AnnSearchReq {
    /** The vector field searched (required). */
    private final String vectorFieldName;
    /** The query vectors (required, not empty). */
    private final List<BaseVector> vectors;
    /** The metric; {@code null} uses the field's index. */
    private final IndexParam.MetricType metricType;
    /** A boolean expression restricting this search's candidates; {@code null} for none. */
    private final String filter;
    /** Index search params as JSON, e.g. {@code {"nprobe": 10}}; {@code null} for none. */
    private final String params;
    /** Hits of this search per query vector (required, positive). */
    private final long limit;

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
        this.filter = filter;
        this.params = params;
        this.limit = limit > 0 ? limit : topK;
        this.timezone = timezone == null ? "" : timezone;
        this.filterTemplateValues = Checks.copy(filterTemplateValues);
    }
}
