package io.partita.param.dml;

import io.partita.exception.ParamException;
import io.partita.param.MetricType;
import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the distances between two sets of float vectors of one dimension.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never prints the vectors.
 */
public final class CalcDistanceParam {
    private final List<List<Float>> vectorsLeft;
    private final List<List<Float>> vectorsRight;
    private final MetricType metricType;

    private CalcDistanceParam(Builder b) {
        this.vectorsLeft = b.vectorsLeft;
        this.vectorsRight = b.vectorsRight;
        this.metricType = b.metricType;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the left vectors; unmodifiable */
    public List<List<Float>> getVectorsLeft() {
        return vectorsLeft;
    }
    /** @return the right vectors; unmodifiable */
    public List<List<Float>> getVectorsRight() {
        return vectorsRight;
    }
    /** @return the metric */
    public MetricType getMetricType() {
        return metricType;
    }

    @Override
    public String toString() {
        return "CalcDistanceParam{left=" + vectorsLeft.size() + ", right=" + vectorsRight.size() + ", metricType="
                + metricType + "}";
    }

    /** Builder for {@link CalcDistanceParam}; not thread-safe. */
    public static final class Builder {
        private List<List<Float>> vectorsLeft;
        private List<List<Float>> vectorsRight;
        private MetricType metricType = MetricType.L2;

        private Builder() {}

        /**
         * @param vectors the left vectors
         * @return this
         */
        public Builder withVectorsLeft(List<List<Float>> vectors) {
            this.vectorsLeft = vectors;
            return this;
        }
        /**
         * @param vectors the right vectors
         * @return this
         */
        public Builder withVectorsRight(List<List<Float>> vectors) {
            this.vectorsRight = vectors;
            return this;
        }
        /**
         * @param metricType {@code L2} (default) or {@code IP}
         * @return this
         */
        public Builder withMetricType(MetricType metricType) {
            this.metricType = metricType;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws ParamException naming the bad field and value
         */
        public CalcDistanceParam build() {
            ParamUtils.checkNotNull(metricType, "metricType");
            if (metricType != MetricType.L2 && metricType != MetricType.IP) {
                throw new ParamException("metricType must be L2 or IP for float vectors, got " + metricType);
            }
            vectorsLeft = check(vectorsLeft, "vectorsLeft");
            vectorsRight = check(vectorsRight, "vectorsRight");
            if (vectorsLeft.get(0).size() != vectorsRight.get(0).size()) {
                throw new ParamException("vectorsRight must have the dimension of vectorsLeft ("
                        + vectorsLeft.get(0).size() + "), got "
                        + vectorsRight.get(0).size());
            }
            return new CalcDistanceParam(this);
        }

        private static List<List<Float>> check(List<List<Float>> vectors, String field) {
            List<List<Float>> copy = ParamUtils.copyOf(vectors, field);
            if (copy.isEmpty()) {
                throw new ParamException(field + " must not be empty, got []");
            }
            List<List<Float>> out = new ArrayList<>();
            int dim = copy.get(0).size();
            for (int i = 0; i < copy.size(); i++) {
                List<Float> v = ParamUtils.copyOf(copy.get(i), field + "[" + i + "]");
                if (v.isEmpty() || v.size() != dim) {
                    throw new ParamException(field + "[" + i + "] must have dimension " + dim + ", got " + v.size());
                }
                out.add(v);
            }
            return java.util.Collections.unmodifiableList(out);
        }
    }
}
