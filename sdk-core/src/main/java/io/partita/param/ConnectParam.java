package io.partita.param;

import io.partita.exception.ParamException;
import io.partita.transport.Transport;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * How a client reaches its server: an address (host and port, or a URI whose scheme picks the
 * transport: {@code grpc}, {@code grpcs}, {@code http}, {@code https}), credentials, TLS files,
 * timeouts, and optionally an explicit {@link Transport}.
 *
 * <p>Defaults: {@code localhost:19530} over {@code grpc}; connect timeout 10 s; keep-alive
 * every 55 s with a 20 s timeout, not without calls; idle timeout 24 h; no default RPC deadline;
 * inbound messages up to 512 MiB; database {@code "default"}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never prints the password or the token.
 */
public final class ConnectParam {
    private static final Set<String> SCHEMES = Set.of("grpc", "grpcs", "http", "https");

    private final String host;
    private final int port;
    private final URI uri;
    private final String databaseName;
    private final String username;
    private final String password;
    private final String token;
    private final boolean secure;
    private final String caPemPath;
    private final String serverPemPath;
    private final String serverName;
    private final String clientPemPath;
    private final String clientKeyPath;
    private final Duration connectTimeout;
    private final Duration keepAliveTime;
    private final Duration keepAliveTimeout;
    private final boolean keepAliveWithoutCalls;
    private final Duration idleTimeout;
    private final Duration rpcDeadline;
    private final ThreadLocal<String> clientRequestId;
    private final String proxyAddress;
    private final javax.net.ssl.SSLContext sslContext;
    private final long maxMessageSizeBytes;
    private final Transport transport;

    private ConnectParam(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.databaseName = b.databaseName;
        this.username = b.username;
        this.password = b.password;
        this.token = b.token;
        this.caPemPath = b.caPemPath;
        this.serverPemPath = b.serverPemPath;
        this.serverName = b.serverName;
        this.clientPemPath = b.clientPemPath;
        this.clientKeyPath = b.clientKeyPath;
        this.connectTimeout = b.connectTimeout;
        this.keepAliveTime = b.keepAliveTime;
        this.keepAliveTimeout = b.keepAliveTimeout;
        this.keepAliveWithoutCalls = b.keepAliveWithoutCalls;
        this.idleTimeout = b.idleTimeout;
        this.rpcDeadline = b.rpcDeadline;
        this.clientRequestId = b.clientRequestId;
        this.proxyAddress = b.proxyAddress;
        this.sslContext = b.sslContext;
        this.maxMessageSizeBytes = b.maxMessageSizeBytes;
        this.transport = b.transport;
        this.secure = b.secure
                || sslContext != null
                || caPemPath != null
                || serverPemPath != null
                || clientPemPath != null
                || (b.uri != null && b.uri.getScheme().toLowerCase(Locale.ROOT).endsWith("s"));
        this.uri = b.uri != null ? b.uri : URI.create((secure ? "grpcs" : "grpc") + "://" + host + ":" + port);
    }

    /** @return a builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the host; from the URI when one was given */
    public String getHost() {
        return uri.getHost();
    }
    /** @return the port; from the URI when one was given */
    public int getPort() {
        return uri.getPort();
    }
    /** @return the effective URI; its scheme picks the transport */
    public URI getUri() {
        return uri;
    }
    /** @return the URI scheme in lower case: {@code grpc}, {@code grpcs}, {@code http} or {@code https} */
    public String getScheme() {
        return uri.getScheme().toLowerCase(Locale.ROOT);
    }
    /** @return the database name; {@code "default"} unless set */
    public String getDatabaseName() {
        return databaseName;
    }
    /** @return the user name, or {@code null} without user/password authentication */
    public String getUsername() {
        return username;
    }
    /** @return the password, or {@code null}; never log it */
    public String getPassword() {
        return password;
    }
    /** @return the token, or {@code null}; never log it */
    public String getToken() {
        return token;
    }
    /** @return whether TLS is on (explicitly, through a TLS file, or through an {@code s} scheme) */
    public boolean isSecure() {
        return secure;
    }
    /** @return the CA certificate path (PEM) to trust, or {@code null} for the system trust store */
    public String getCaPemPath() {
        return caPemPath;
    }
    /** @return the server certificate path (PEM) for one-way TLS pinning, or {@code null} */
    public String getServerPemPath() {
        return serverPemPath;
    }
    /** @return the TLS server name to verify (SNI / authority override), or {@code null} */
    public String getServerName() {
        return serverName;
    }
    /** @return the client certificate path (PEM) for mutual TLS, or {@code null} */
    public String getClientPemPath() {
        return clientPemPath;
    }
    /** @return the client private key path (PEM) for mutual TLS, or {@code null} */
    public String getClientKeyPath() {
        return clientKeyPath;
    }
    /** @return how long establishing a connection may take */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }
    /** @return the connect timeout in milliseconds, as the official SDK reports it */
    public long getConnectTimeoutMs() {
        return connectTimeout.toMillis();
    }
    /** @return the interval between keep-alive pings */
    public Duration getKeepAliveTime() {
        return keepAliveTime;
    }
    /** @return how long to wait for a keep-alive answer */
    public Duration getKeepAliveTimeout() {
        return keepAliveTimeout;
    }
    /** @return whether to ping when no call is in flight */
    public boolean isKeepAliveWithoutCalls() {
        return keepAliveWithoutCalls;
    }
    /** @return how long an unused connection stays open */
    public Duration getIdleTimeout() {
        return idleTimeout;
    }
    /** @return the default deadline of every call; {@link Duration#ZERO} for none */
    public Duration getRpcDeadline() {
        return rpcDeadline;
    }

    /**
     * @return the per-thread request id whose current value every call carries as the
     *     {@code client_request_id} header (gRPC metadata and HTTP), as the official client sends it;
     *     null when none is set
     */
    public ThreadLocal<String> getClientRequestId() {
        return clientRequestId;
    }

    /**
     * @return {@code host:port} of an HTTP proxy that calls go through (gRPC by HTTP CONNECT, HTTP
     *     as a proxied request), or null to connect directly
     */
    public String getProxyAddress() {
        return proxyAddress;
    }

    /**
     * @return the caller's TLS context (its trust and client identity) that the transports use
     *     instead of the PEM paths, or null
     */
    public javax.net.ssl.SSLContext getSslContext() {
        return sslContext;
    }
    /** @return the largest answer the transport accepts, in bytes */
    public long getMaxMessageSizeBytes() {
        return maxMessageSizeBytes;
    }
    /** @return the explicit transport, or {@code null} to discover one by scheme */
    public Transport getTransport() {
        return transport;
    }

    @Override
    public String toString() {
        return "ConnectParam{uri=" + uri + ", databaseName=" + databaseName
                + ", username=" + username + ", password=" + (password == null ? "none" : "***")
                + ", token=" + (token == null ? "none" : "***") + ", secure=" + secure
                + ", connectTimeout=" + connectTimeout + ", rpcDeadline=" + rpcDeadline
                + ", transport="
                + (transport == null ? "discovered" : transport.getClass().getName()) + "}";
    }

    /** Builder for {@link ConnectParam}; not thread-safe. */
    public static final class Builder {
        private String host = "localhost";
        private int port = 19530;
        private URI uri;
        private String databaseName = "default";
        private String username;
        private String password;
        private String token;
        private boolean secure;
        private String caPemPath;
        private String serverPemPath;
        private String serverName;
        private ThreadLocal<String> clientRequestId;
        private String proxyAddress;
        private javax.net.ssl.SSLContext sslContext;
        private String clientPemPath;
        private String clientKeyPath;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration keepAliveTime = Duration.ofSeconds(55);
        private Duration keepAliveTimeout = Duration.ofSeconds(20);
        private boolean keepAliveWithoutCalls;
        private Duration idleTimeout = Duration.ofHours(24);
        private Duration rpcDeadline = Duration.ZERO;
        private long maxMessageSizeBytes = 512L * 1024 * 1024;
        private Transport transport;
        private String uriText;

        private Builder() {}

        /**
         * @param host the server host; default {@code localhost}
         * @return this
         */
        public Builder withHost(String host) {
            this.host = host;
            return this;
        }
        /**
         * @param port the server port, 1..65535; default 19530
         * @return this
         */
        public Builder withPort(int port) {
            this.port = port;
            return this;
        }
        /**
         * @param uri e.g. {@code grpc://localhost:19530} or {@code http://localhost:9091}; overrides
         *     host and port; the scheme picks the transport; a {@code user:password@} part becomes
         *     the credentials (unless set otherwise) and is removed from the URI
         * @return this
         */
        public Builder withUri(String uri) {
            this.uriText = uri;
            return this;
        }
        /**
         * @param databaseName the database; default {@code "default"}
         * @return this
         */
        public Builder withDatabaseName(String databaseName) {
            this.databaseName = databaseName;
            return this;
        }
        /**
         * @param username the user
         * @param password the password
         * @return this
         */
        public Builder withAuthorization(String username, String password) {
            this.username = username;
            this.password = password;
            return this;
        }
        /**
         * The official SDK's pre-encoded form: the value of the {@code authorization} header,
         * base64 of {@code user:password}. It is decoded into user and password here, so it is
         * never printed.
         *
         * @param base64UserPassword base64 of {@code user:password}
         * @return this
         * @throws ParamException when the value is not base64 of {@code user:password}
         */
        public Builder withAuthorization(String base64UserPassword) {
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(ParamUtils.checkNotNull(base64UserPassword, "authorization")),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                throw new ParamException("authorization must be base64 of user:password; it is not base64");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new ParamException("authorization must be base64 of user:password; it has no ':'");
            }
            return withAuthorization(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
        /**
         * @param token an API token, or {@code "user:password"}
         * @return this
         */
        public Builder withToken(String token) {
            this.token = token;
            return this;
        }
        /**
         * @param secure whether to use TLS; default off
         * @return this
         */
        public Builder withSecure(boolean secure) {
            this.secure = secure;
            return this;
        }
        /**
         * The official SDK's name for {@link #withSecure(boolean)}.
         *
         * @param secure whether to use TLS
         * @return this
         */
        public Builder secure(boolean secure) {
            return withSecure(secure);
        }
        /**
         * @param path the CA certificate (PEM) to trust; turns TLS on
         * @return this
         */
        public Builder withCaPemPath(String path) {
            this.caPemPath = path;
            return this;
        }
        /**
         * @param path the server certificate (PEM) to trust; turns TLS on
         * @return this
         */
        public Builder withServerPemPath(String path) {
            this.serverPemPath = path;
            return this;
        }
        /**
         * @param serverName the TLS server name to verify
         * @return this
         */
        public Builder withServerName(String serverName) {
            this.serverName = serverName;
            return this;
        }

        /**
         * @param clientRequestId a per-thread id (the official client's option): while a thread's
         *     value is set and not empty, its calls carry it as the {@code client_request_id}
         *     header, which Milvus writes to its access log; null for none
         * @return this
         */
        public Builder withClientRequestId(ThreadLocal<String> clientRequestId) {
            this.clientRequestId = clientRequestId;
            return this;
        }

        /**
         * @param sslContext a TLS context (the official client's option): its trust managers check
         *     the server and its key managers give the client's identity; it turns TLS on and takes
         *     the place of the PEM paths (gRPC wraps it for HTTP/2 with ALPN {@code h2})
         * @return this
         */
        public Builder withSslContext(javax.net.ssl.SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /**
         * @param proxyAddress {@code host:port} of an HTTP proxy (gRPC goes through it with HTTP
         *     CONNECT, as the official client's ProxyDetector does; REST as proxied HTTP requests);
         *     null or empty to connect directly
         * @return this
         */
        public Builder withProxyAddress(String proxyAddress) {
            this.proxyAddress = proxyAddress == null || proxyAddress.isEmpty() ? null : proxyAddress;
            return this;
        }
        /**
         * @param path the client certificate (PEM) for mutual TLS
         * @return this
         */
        public Builder withClientPemPath(String path) {
            this.clientPemPath = path;
            return this;
        }
        /**
         * @param path the client private key (PEM) for mutual TLS
         * @return this
         */
        public Builder withClientKeyPath(String path) {
            this.clientKeyPath = path;
            return this;
        }
        /**
         * @param timeout connect timeout, positive; default 10 s
         * @return this
         */
        public Builder withConnectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }
        /**
         * @param timeout connect timeout
         * @param unit its unit
         * @return this
         */
        public Builder withConnectTimeout(long timeout, TimeUnit unit) {
            return withConnectTimeout(toDuration(timeout, unit));
        }
        /**
         * @param time keep-alive interval, positive; default 55 s
         * @return this
         */
        public Builder withKeepAliveTime(Duration time) {
            this.keepAliveTime = time;
            return this;
        }
        /**
         * @param time keep-alive interval
         * @param unit its unit
         * @return this
         */
        public Builder withKeepAliveTime(long time, TimeUnit unit) {
            return withKeepAliveTime(toDuration(time, unit));
        }
        /**
         * @param timeout keep-alive answer timeout, positive; default 20 s
         * @return this
         */
        public Builder withKeepAliveTimeout(Duration timeout) {
            this.keepAliveTimeout = timeout;
            return this;
        }
        /**
         * @param timeout keep-alive answer timeout
         * @param unit its unit
         * @return this
         */
        public Builder withKeepAliveTimeout(long timeout, TimeUnit unit) {
            return withKeepAliveTimeout(toDuration(timeout, unit));
        }
        /**
         * @param enable whether to ping without calls in flight; default off
         * @return this
         */
        public Builder keepAliveWithoutCalls(boolean enable) {
            this.keepAliveWithoutCalls = enable;
            return this;
        }
        /**
         * @param timeout idle timeout, positive; default 24 h
         * @return this
         */
        public Builder withIdleTimeout(Duration timeout) {
            this.idleTimeout = timeout;
            return this;
        }
        /**
         * @param timeout idle timeout
         * @param unit its unit
         * @return this
         */
        public Builder withIdleTimeout(long timeout, TimeUnit unit) {
            return withIdleTimeout(toDuration(timeout, unit));
        }
        /**
         * @param deadline default deadline of each call; zero for none (default)
         * @return this
         */
        public Builder withRpcDeadline(Duration deadline) {
            this.rpcDeadline = deadline;
            return this;
        }
        /**
         * @param deadline default deadline of each call
         * @param unit its unit
         * @return this
         */
        public Builder withRpcDeadline(long deadline, TimeUnit unit) {
            return withRpcDeadline(toDuration(deadline, unit));
        }
        /**
         * @param bytes the largest answer accepted; default 512 MiB
         * @return this
         */
        public Builder withMaxMessageSizeBytes(long bytes) {
            this.maxMessageSizeBytes = bytes;
            return this;
        }
        /**
         * @param transport a transport to use instead of discovery; the caller keeps ownership
         *     and closes it after the client
         * @return this
         */
        public Builder withTransport(Transport transport) {
            this.transport = transport;
            return this;
        }

        /** {@code host:port}, as the official client splits it (one colon, a numeric port). */
        private static void checkProxyAddress(String address) {
            int colon = address.lastIndexOf(':');
            boolean ok = colon > 0 && colon == address.indexOf(':') && colon < address.length() - 1;
            if (ok) {
                try {
                    ParamUtils.checkRange(
                            Integer.parseInt(address.substring(colon + 1)), 1, 65535, "proxyAddress port");
                } catch (NumberFormatException e) {
                    ok = false;
                }
            }
            if (!ok) {
                throw new ParamException("proxyAddress must be host:port, got " + address);
            }
        }

        private static Duration toDuration(long amount, TimeUnit unit) {
            ParamUtils.checkNotNull(unit, "timeUnit");
            return Duration.ofNanos(unit.toNanos(amount));
        }

        /**
         * @return the validated parameters
         * @throws ParamException naming the bad field and value
         */
        public ConnectParam build() {
            if (uriText != null) {
                uri = withoutUserInfo(parseUri(uriText));
            } else {
                ParamUtils.checkNotEmpty(host, "host");
                ParamUtils.checkRange(port, 1, 65535, "port");
            }
            ParamUtils.checkNotEmpty(databaseName, "databaseName");
            if (proxyAddress != null) {
                checkProxyAddress(proxyAddress);
            }
            if (username != null || password != null) {
                ParamUtils.checkNotEmpty(username, "username");
                ParamUtils.checkNotNull(password, "password");
            }
            if ((clientPemPath == null) != (clientKeyPath == null)) {
                throw new ParamException("clientPemPath and clientKeyPath must be set together, got clientPemPath="
                        + clientPemPath + ", clientKeyPath=" + clientKeyPath);
            }
            checkPositive(connectTimeout, "connectTimeout");
            checkPositive(keepAliveTime, "keepAliveTime");
            checkPositive(keepAliveTimeout, "keepAliveTimeout");
            checkPositive(idleTimeout, "idleTimeout");
            ParamUtils.checkNotNull(rpcDeadline, "rpcDeadline");
            if (rpcDeadline.isNegative()) {
                throw new ParamException("rpcDeadline must not be negative, got " + rpcDeadline);
            }
            ParamUtils.checkRange(maxMessageSizeBytes, 1, Integer.MAX_VALUE, "maxMessageSizeBytes");
            return new ConnectParam(this);
        }

        private static void checkPositive(Duration value, String field) {
            ParamUtils.checkNotNull(value, field);
            if (value.isZero() || value.isNegative()) {
                throw new ParamException(field + " must be positive, got " + value);
            }
        }

        /** Moves {@code user:password@} out of the URI into the credentials, so the URI is safe to print. */
        private URI withoutUserInfo(URI parsed) {
            String userInfo = parsed.getUserInfo();
            if (userInfo == null) {
                return parsed;
            }
            if (username == null && token == null) {
                int colon = userInfo.indexOf(':');
                username = colon < 0 ? userInfo : userInfo.substring(0, colon);
                password = colon < 0 ? "" : userInfo.substring(colon + 1);
            }
            try {
                return new URI(
                        parsed.getScheme(),
                        null,
                        parsed.getHost(),
                        parsed.getPort(),
                        parsed.getPath(),
                        parsed.getQuery(),
                        parsed.getFragment());
            } catch (URISyntaxException e) {
                throw new ParamException("uri cannot be rebuilt without its credentials: " + e.getMessage());
            }
        }

        private static URI parseUri(String text) {
            URI parsed;
            try {
                parsed = new URI(text.trim());
            } catch (URISyntaxException e) {
                throw new ParamException("uri is not a valid URI, got \"" + text + "\": " + e.getMessage());
            }
            String scheme = parsed.getScheme();
            if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
                throw new ParamException("uri scheme must be one of " + SCHEMES + ", got \"" + text + "\"");
            }
            if (parsed.getHost() == null || parsed.getPort() < 1) {
                throw new ParamException("uri must name a host and a port, got \"" + text + "\"");
            }
            return parsed;
        }
    }
}
