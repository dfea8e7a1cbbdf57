package io.partita.junit;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an embedded server listens, as URIs the Partita SDK accepts in
 * {@code ConnectParam.newBuilder().withUri(..)}: {@code grpc://127.0.0.1:PORT} and, when the
 * HTTP API is on, {@code http://127.0.0.1:PORT}. Immutable.
 */
public final class PartitaEndpoints {
    private final URI grpcUri;
    private final URI httpUri;

    PartitaEndpoints(URI grpcUri, URI httpUri) {
        this.grpcUri = Objects.requireNonNull(grpcUri, "grpcUri");
        this.httpUri = httpUri;
    }

    /** @return the gRPC endpoint, e.g. {@code grpc://127.0.0.1:40123} */
    public URI grpcUri() {
        return grpcUri;
    }

    /**
     * @return the HTTP API endpoint, e.g. {@code http://127.0.0.1:40124}
     * @throws IllegalStateException when the server runs without HTTP ({@link PartitaServer#http()} false)
     */
    public URI httpUri() {
        if (httpUri == null) {
            throw new IllegalStateException("the embedded server has no HTTP API: use @PartitaServer(http = true)");
        }
        return httpUri;
    }

    /** @return the HTTP API endpoint, or empty when HTTP is off */
    public Optional<URI> httpUriIfEnabled() {
        return Optional.ofNullable(httpUri);
    }

    @Override
    public String toString() {
        return "PartitaEndpoints{grpc=" + grpcUri + ", http=" + (httpUri == null ? "off" : httpUri) + "}";
    }
}
