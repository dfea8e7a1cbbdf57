package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to RunAnalyzer: one result per text sent, in order.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name. The list is unmodifiable.
 */
public final class RunAnalyzerResponse extends StatusAnswer {
    private final List<AnalyzerResult> results;

    private RunAnalyzerResponse(Builder b) {
        super(b.status);
        this.results = Collections.unmodifiableList(new ArrayList<>(b.results));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return one result per text, in the order of the texts; unmodifiable, never {@code null} */
    public List<AnalyzerResult> getResultsList() {
        return results;
    }
    /** @return the number of results */
    public int getResultsCount() {
        return results.size();
    }
    /**
     * @param index zero-based position, below {@link #getResultsCount()}
     * @return the result at {@code index}
     */
    public AnalyzerResult getResults(int index) {
        return results.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof RunAnalyzerResponse)) return false;
        RunAnalyzerResponse other = (RunAnalyzerResponse) o;
        return status.equals(other.status) && results.equals(other.results);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, results);
    }

    @Override
    public String toString() {
        return "RunAnalyzerResponse{status=" + status + ", results=" + results + "}";
    }

    /** Builder for {@link RunAnalyzerResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private final List<AnalyzerResult> results = new ArrayList<>();

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
         * @param value a result appended; must not be null
         * @return this builder
         */
        public Builder addResults(AnalyzerResult value) {
            results.add(Objects.requireNonNull(value, "results"));
            return this;
        }

        /** @return a new immutable {@code RunAnalyzerResponse} holding this builder's values */
        public RunAnalyzerResponse build() {
            return new RunAnalyzerResponse(this);
        }
    }
}
