package io.partita.server.grpc;

import java.util.Locale;
import java.util.Objects;

/**
 * Where an RPC is served on Milvus 2.1's HTTP API: an HTTP method and a path below
 * {@code /api/v1}. Part of an RPC's declaration ({@link ServerRpc}); the HTTP module derives its
 * route table from these. Immutable.
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

    /**
     * A route written as Milvus's route tables write it: {@code "DELETE /partitions/load"}.
     *
     * @throws IllegalArgumentException when the text is not a method, one space and a path
     */
    static HttpRoute route(String methodAndPath) {
        int space = methodAndPath.indexOf(' ');
        if (space < 0 || methodAndPath.indexOf(' ', space + 1) >= 0) {
            throw new IllegalArgumentException("expected \"METHOD /path\", got \"" + methodAndPath + "\"");
        }
        return new HttpRoute(methodAndPath.substring(0, space), methodAndPath.substring(space + 1));
    }
}
