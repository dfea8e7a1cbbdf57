package io.partita.model;

import java.util.Objects;

/**
 * The answer to GetMetrics: {@code response} is a JSON document.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class GetMetricsResponse extends StatusAnswer {
    private final String response;
    private final String componentName;

    private GetMetricsResponse(Builder b) {
        super(b.status);
        this.response = b.response;
        this.componentName = b.componentName;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the metrics as a JSON document, as the server sent it */
    public String getResponse() {
        return response;
    }
    /** @return the name of the server component that answered */
    public String getComponentName() {
        return componentName;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof GetMetricsResponse)) return false;
        GetMetricsResponse other = (GetMetricsResponse) o;
        return Objects.equals(status, other.status)
                && Objects.equals(response, other.response)
                && Objects.equals(componentName, other.componentName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, response, componentName);
    }

    @Override
    public String toString() {
        return "GetMetricsResponse{"
                + "status=" + status
                + ", response=" + response
                + ", componentName=" + componentName
                + "}";
    }

    /** Builder for {@link GetMetricsResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private String response = "";
        private String componentName = "";

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
         * @param value the metrics as a JSON document, as the server sent it; must not be null
         * @return this builder
         */
        public Builder setResponse(String value) {
            this.response = Objects.requireNonNull(value, "response");
            return this;
        }
        /**
         * @param value the name of the server component that answered; must not be null
         * @return this builder
         */
        public Builder setComponentName(String value) {
            this.componentName = Objects.requireNonNull(value, "componentName");
            return this;
        }

        /** @return a new immutable {@code GetMetricsResponse} holding this builder's values; the builder stays usable */
        public GetMetricsResponse build() {
            return new GetMetricsResponse(this);
        }
    }
}
