package io.partita.param.control;

import io.partita.param.ParamUtils;

/**
 * Reads server metrics; the request is JSON such as {@code {"metric_type":"system_info"}}.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class GetMetricsParam {
    private final String request;

    private GetMetricsParam(Builder b) {
        this.request = b.request;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the JSON request */
    public String getRequest() {
        return request;
    }

    @Override
    public String toString() {
        return "GetMetricsParam{" + "request=" + request + "}";
    }

    /** Builder for {@link GetMetricsParam}; not thread-safe. */
    public static final class Builder {
        private String request;

        private Builder() {}

        /**
         * @param request the JSON request
         * @return this
         */
        public Builder withRequest(String request) {
            this.request = request;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public GetMetricsParam build() {
            ParamUtils.checkNotEmpty(request, "request");
            return new GetMetricsParam(this);
        }
    }
}
