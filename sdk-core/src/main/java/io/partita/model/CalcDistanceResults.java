package io.partita.model;

import java.util.Objects;

/**
 * The answer to CalcDistance: integer distances (Hamming) or float distances.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class CalcDistanceResults extends StatusAnswer {
    private final IntArray intDist;
    private final FloatArray floatDist;

    private CalcDistanceResults(Builder b) {
        super(b.status);
        this.intDist = b.intDist;
        this.floatDist = b.floatDist;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the distances as integers (Hamming or Jaccard on binary vectors); {@code null} when the metric gives floats */
    public IntArray getIntDist() {
        return intDist;
    }
    /** @return whether the intDist message was set */
    public boolean hasIntDist() {
        return intDist != null;
    }
    /** @return the distances as floats, row-major: one row per left vector, one column per right vector; {@code null} for integer metrics */
    public FloatArray getFloatDist() {
        return floatDist;
    }
    /** @return whether the floatDist message was set */
    public boolean hasFloatDist() {
        return floatDist != null;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof CalcDistanceResults)) return false;
        CalcDistanceResults other = (CalcDistanceResults) o;
        return Objects.equals(status, other.status)
                && Objects.equals(intDist, other.intDist)
                && Objects.equals(floatDist, other.floatDist);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, intDist, floatDist);
    }

    @Override
    public String toString() {
        return "CalcDistanceResults{" + "status=" + status + ", intDist=" + intDist + ", floatDist=" + floatDist + "}";
    }

    /** Builder for {@link CalcDistanceResults}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private IntArray intDist;
        private FloatArray floatDist;

        private Builder() {}

        /**
         * @param value the outcome of the call; must not be null
         * @return this builder
         */
        public Builder setStatus(Status value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }
        /**
         * @param value the distances as integers (Hamming or Jaccard on binary vectors); must not be null
         * @return this builder
         */
        public Builder setIntDist(IntArray value) {
            this.intDist = Objects.requireNonNull(value, "intDist");
            return this;
        }
        /**
         * @param value the distances as floats, row-major: one row per left vector, one column per right vector; must not be null
         * @return this builder
         */
        public Builder setFloatDist(FloatArray value) {
            this.floatDist = Objects.requireNonNull(value, "floatDist");
            return this;
        }

        /** @return a new immutable {@code CalcDistanceResults} holding this builder's values; the builder stays usable */
        public CalcDistanceResults build() {
            return new CalcDistanceResults(this);
        }
    }
}
