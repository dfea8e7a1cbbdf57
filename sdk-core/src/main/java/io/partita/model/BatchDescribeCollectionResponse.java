package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to BatchDescribeCollection (Milvus 2.6): one DescribeCollection answer per collection
 * named in the request, in the request's order.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name. The list is unmodifiable.
 */
public final class BatchDescribeCollectionResponse extends StatusAnswer {
    private final List<DescribeCollectionResponse> responses;

    private BatchDescribeCollectionResponse(Builder b) {
        super(b.status);
        this.responses = Collections.unmodifiableList(new ArrayList<>(b.responses));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the descriptions, one per collection asked for; unmodifiable, never {@code null} */
    public List<DescribeCollectionResponse> getResponsesList() {
        return responses;
    }

    /** @return the number of descriptions */
    public int getResponsesCount() {
        return responses.size();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof BatchDescribeCollectionResponse)) return false;
        BatchDescribeCollectionResponse other = (BatchDescribeCollectionResponse) o;
        return status.equals(other.status) && responses.equals(other.responses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, responses);
    }

    @Override
    public String toString() {
        return "BatchDescribeCollectionResponse{status=" + status + ", responses=" + responses + "}";
    }

    /** Builder for {@link BatchDescribeCollectionResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private final List<DescribeCollectionResponse> responses = new ArrayList<>();

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
         * @param value one more description, appended; not null
         * @return this builder
         */
        public Builder addResponses(DescribeCollectionResponse value) {
            responses.add(Objects.requireNonNull(value, "responses"));
            return this;
        }

        /** @return a new immutable {@code BatchDescribeCollectionResponse} holding this builder's values */
        public BatchDescribeCollectionResponse build() {
            return new BatchDescribeCollectionResponse(this);
        }
    }
}
