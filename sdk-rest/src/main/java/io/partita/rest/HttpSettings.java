package io.partita.rest;

import java.net.InetSocketAddress;
import java.time.Duration;
import okhttp3.HttpUrl;

/**
 * What every {@link Exchange} of one transport shares, fixed when the transport is built: where
 * to send ({@code base} ends in {@code /api/v1}), the headers, the limits and the TLS setup.
 * Immutable; never printed (it holds the credentials).
 */
final class HttpSettings {
    static final String JSON_CONTENT_TYPE = "application/json; charset=utf-8";
    /** The header of the calling thread's request id: the name the official client's gRPC metadata has. */
    static final String CLIENT_REQUEST_ID = "client_request_id";

    final HttpUrl base;
    /** {@code host:port}, for messages. */
    final String target;
    /** The {@code Authorization} header value, or {@code null}. */
    final String authorization;

    final long maxResponseBytes;
    /** {@link Duration#ZERO} for none. */
    final Duration connectTimeout;
    /** Longest wait for the next byte of an answer; {@link Duration#ZERO} for none. */
    final Duration readTimeout;
    /** The TLS setup, or {@code null} for plain HTTP. */
    final TlsContexts.Tls tls;
    /** The name to verify in the server's certificate instead of the host, or {@code null}. */
    final String serverName;
    /** The per-thread id sent as the {@code client_request_id} header, or {@code null}. */
    final ThreadLocal<String> clientRequestId;
    /** The HTTP proxy every request goes through, or {@code null} to connect directly. */
    final InetSocketAddress proxy;

    HttpSettings(
            HttpUrl base,
            String authorization,
            long maxResponseBytes,
            Duration connectTimeout,
            Duration readTimeout,
            TlsContexts.Tls tls,
            String serverName) {
        this(base, authorization, maxResponseBytes, connectTimeout, readTimeout, tls, serverName, null, null);
    }

    HttpSettings(
            HttpUrl base,
            String authorization,
            long maxResponseBytes,
            Duration connectTimeout,
            Duration readTimeout,
            TlsContexts.Tls tls,
            String serverName,
            ThreadLocal<String> clientRequestId,
            InetSocketAddress proxy) {
        this.base = base;
        this.target = base.host() + ":" + base.port();
        this.authorization = authorization;
        this.maxResponseBytes = maxResponseBytes;
        this.connectTimeout = connectTimeout == null ? Duration.ZERO : connectTimeout;
        this.readTimeout = readTimeout;
        this.tls = tls;
        this.serverName = serverName == null || serverName.isEmpty() ? null : serverName;
        this.clientRequestId = clientRequestId;
        this.proxy = proxy;
    }

    /** @return the calling thread's request id to send as {@code client_request_id}, or null for none */
    String clientRequestId() {
        String id = clientRequestId == null ? null : clientRequestId.get();
        return id == null || id.isEmpty() ? null : id;
    }

    /** @return the URL of a route, e.g. {@code /partitions/load} */
    HttpUrl url(String path) {
        if (path.startsWith(V2Codecs.PREFIX + "/")) {
            return base.resolve(path); // RESTful v2 lives at the server's root, beside /api/v1
        }
        return base.newBuilder().addPathSegments(path.substring(1)).build();
    }
}
