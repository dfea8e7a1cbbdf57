package io.partita.server.grpc;

import java.util.Locale;
import java.util.Objects;

/**
 * Where an RPC is served on Milvus 2.1's HTTP API: an HTTP method and a path below
 * {@code /api/v1}, as the RPC catalogue ({@code io.partita.wire.catalogue.RpcCatalogue}) gives it
 * for a declared RPC ({@link ServerRpc#routes()}); the HTTP module derives its route table from
 * these. Immutable.
 *
 * @param method HTTP method, upper case
 * @param path path below {@code /api/v1}, starting with {@code /}, e.g. {@code /partitions/load}
 */
public record HttpRoute(String method, String path) {
    /** Validates the shape: an upper-case method and a path starting with {@code /}. */
    public HttpRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!method.equals(method.toUpperCase(Locale.ROOT)) || !path.startsWith("/")) {
            throw new IllegalArgumentException("bad HTTP route " + method + " " + path);
        }
    }
}
