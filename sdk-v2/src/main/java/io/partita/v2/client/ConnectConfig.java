package io.partita.v2.client;

import io.partita.v2.internal.Checks;
import javax.net.ssl.SSLContext;
import lombok.Builder;
import lombok.Getter;

/**
 * How a {@link MilvusClientV2} reaches its server, with the official V2 API's names and defaults.
 *
 * <p><b>The URI picks the transport</b>, as with {@link io.partita.param.ConnectParam}:
 * {@code grpc://host:19530} (or {@code grpcs://}) uses partita-sdk-grpc, {@code http://host:port}
 * (or {@code https://}) uses partita-sdk-rest; the matching artifact must be on the classpath. The
 * official client treats {@code http://} as plaintext gRPC; a program moved to Partita that should
 * stay on gRPC writes {@code grpc://} (see docs/migration.md).
 *
 * <p>Credentials: {@code token} (an API key or {@code "user:password"}), or {@code username} and
 * {@code password}. TLS: {@code secure(true)}, a {@code grpcs}/{@code https} URI, or any of the PEM
 * paths; {@code serverName} overrides the name checked in the server's certificate.
 *
 * <p>Times are milliseconds: {@code connectTimeoutMs} (default 10 000), {@code keepAliveTimeMs}
 * (10 000), {@code keepAliveTimeoutMs} (5 000), {@code idleTimeoutMs} (24 h) and
 * {@code rpcDeadlineMs}, the deadline of each call (default 0: none; set it when a hung server must
 * not hang the caller). Immutable; {@code build()} throws {@code MilvusClientException}
 * (INVALID_PARAMS) when {@code uri} is missing.
 */
@Getter
public final class ConnectConfig {
    private final String uri;
    private final String token;
    private final String username;
    private final String password;
    private final String dbName;
    private final long connectTimeoutMs;
    private final long keepAliveTimeMs;
    private final long keepAliveTimeoutMs;
    private final boolean keepAliveWithoutCalls;
    private final long rpcDeadlineMs;
    private final String clientKeyPath;
    private final String clientPemPath;
    private final String caPemPath;
    private final String serverPemPath;
    private final String serverName;
    private final Boolean secure;
    private final long idleTimeoutMs;
    private final boolean enablePrecheck;
    /**
     * A per-thread request id, as the official client's: while the calling thread's value is set
     * and not empty, its calls carry it as the {@code client_request_id} header (gRPC metadata, and
     * an HTTP header over REST), which Milvus writes to its access log. Default none.
     */
    private final ThreadLocal<String> clientRequestId;
    /**
     * {@code host:port} of an HTTP proxy the client connects through: gRPC with HTTP CONNECT (as the
     * official client's ProxyDetector), REST as proxied HTTP requests. Default none.
     */
    private final String proxyAddress;
    /**
     * A TLS context (its trust managers check the server, its key managers give the client's
     * identity), used instead of the PEM paths and turning TLS on, over gRPC and REST. Default none.
     */
    private final SSLContext sslContext;

    @Builder
    private ConnectConfig(
            String uri,
            String token,
            String username,
            String password,
            String dbName,
            long connectTimeoutMs,
            long keepAliveTimeMs,
            long keepAliveTimeoutMs,
            boolean keepAliveWithoutCalls,
            long rpcDeadlineMs,
            String clientKeyPath,
            String clientPemPath,
            String caPemPath,
            String serverPemPath,
            String serverName,
            Boolean secure,
            long idleTimeoutMs,
            boolean enablePrecheck,
            ThreadLocal<String> clientRequestId,
            String proxyAddress,
            SSLContext sslContext) {
        Checks.notBlank(uri, "ConnectConfig.uri");
        this.uri = uri;
        this.token = token;
        this.username = username;
        this.password = password;
        this.dbName = dbName;
        this.connectTimeoutMs = connectTimeoutMs;
        this.keepAliveTimeMs = keepAliveTimeMs;
        this.keepAliveTimeoutMs = keepAliveTimeoutMs;
        this.keepAliveWithoutCalls = keepAliveWithoutCalls;
        this.rpcDeadlineMs = rpcDeadlineMs;
        this.clientKeyPath = clientKeyPath;
        this.clientPemPath = clientPemPath;
        this.caPemPath = caPemPath;
        this.serverPemPath = serverPemPath;
        this.serverName = serverName;
        this.secure = Boolean.TRUE.equals(secure);
        this.idleTimeoutMs = idleTimeoutMs;
        this.enablePrecheck = enablePrecheck;
        this.clientRequestId = clientRequestId;
        this.proxyAddress = proxyAddress;
        this.sslContext = sslContext;
    }

    /**
     * @return a copy signing in as {@code user} with {@code password} and no token (what
     *     {@code updatePassword} with {@code resetConnection} reconnects with, as the official client)
     */
    ConnectConfig withCredentials(String user, String newPassword) {
        return new ConnectConfig(
                uri,
                null,
                user,
                newPassword,
                dbName,
                connectTimeoutMs,
                keepAliveTimeMs,
                keepAliveTimeoutMs,
                keepAliveWithoutCalls,
                rpcDeadlineMs,
                clientKeyPath,
                clientPemPath,
                caPemPath,
                serverPemPath,
                serverName,
                secure,
                idleTimeoutMs,
                enablePrecheck,
                clientRequestId,
                proxyAddress,
                sslContext);
    }

    /** Builds a {@link ConnectConfig}; {@code uri} is required, the rest have the official defaults. */
    public static class ConnectConfigBuilder {
        private long connectTimeoutMs = 10_000;
        private long keepAliveTimeMs = 10_000;
        private long keepAliveTimeoutMs = 5_000;
        private boolean keepAliveWithoutCalls = true;
        private long idleTimeoutMs = 24L * 60 * 60 * 1000;
        private Boolean secure = false;
    }

    /** @return the database the client starts in; {@code null} means {@code "default"} */
    public String getDbName() {
        return dbName;
    }

    /** Never prints the token or the password. */
    @Override
    public String toString() {
        return "ConnectConfig{uri=" + uri + ", dbName=" + dbName + ", username=" + username + ", secure=" + secure
                + ", connectTimeoutMs=" + connectTimeoutMs + ", rpcDeadlineMs=" + rpcDeadlineMs + ", proxyAddress="
                + proxyAddress + "}";
    }
}
