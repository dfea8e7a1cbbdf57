package io.partita.model;

import java.util.Objects;

/**
 * The answer to GetVersion: the server's version string (Milvus answers e.g. {@code v2.3.5}; the reference
 * server answers the version of the profile it runs).
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 */
public final class GetVersionResponse extends StatusAnswer {
    private final String version;

    private GetVersionResponse(Builder b) {
        super(b.status);
        this.version = b.version;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the server's version; never {@code null} */
    public String getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof GetVersionResponse)) return false;
        GetVersionResponse other = (GetVersionResponse) o;
        return status.equals(other.status) && version.equals(other.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, version);
    }

    @Override
    public String toString() {
        return "GetVersionResponse{status=" + status + ", version=" + version + "}";
    }

    /** Builder for {@link GetVersionResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private String version = "";

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
         * @param value the version; not null
         * @return this builder
         */
        public Builder setVersion(String value) {
            this.version = Objects.requireNonNull(value, "version");
            return this;
        }

        /** @return a new immutable {@code GetVersionResponse} holding this builder's values */
        public GetVersionResponse build() {
            return new GetVersionResponse(this);
        }
    }
}
