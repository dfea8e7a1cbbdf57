package io.partita.v2.client;

import io.partita.param.ConnectParam;
import java.time.Duration;

/** Turns a {@link ConnectConfig} into sdk-core's {@link ConnectParam}, field for field. */
final class Connections {
    private Connections() {}

    static ConnectParam toConnectParam(ConnectConfig c, String dbName) {
        ConnectParam.Builder b = ConnectParam.newBuilder()
                .withUri(c.getUri())
                .withConnectTimeout(Duration.ofMillis(c.getConnectTimeoutMs()))
                .withKeepAliveTime(Duration.ofMillis(c.getKeepAliveTimeMs()))
                .withKeepAliveTimeout(Duration.ofMillis(c.getKeepAliveTimeoutMs()))
                .withIdleTimeout(Duration.ofMillis(c.getIdleTimeoutMs()))
                .withRpcDeadline(Duration.ofMillis(c.getRpcDeadlineMs()))
                .keepAliveWithoutCalls(c.isKeepAliveWithoutCalls())
                .withSecure(Boolean.TRUE.equals(c.getSecure()));
        if (dbName != null && !dbName.isEmpty()) {
            b.withDatabaseName(dbName);
        }
        if (c.getToken() != null && !c.getToken().isEmpty()) {
            b.withToken(c.getToken());
        } else if (c.getUsername() != null && !c.getUsername().isEmpty()) {
            b.withAuthorization(c.getUsername(), c.getPassword() == null ? "" : c.getPassword());
        }
        if (c.getCaPemPath() != null) {
            b.withCaPemPath(c.getCaPemPath());
        }
        if (c.getServerPemPath() != null) {
            b.withServerPemPath(c.getServerPemPath());
        }
        if (c.getServerName() != null) {
            b.withServerName(c.getServerName());
        }
        if (c.getClientPemPath() != null) {
            b.withClientPemPath(c.getClientPemPath());
        }
        if (c.getClientKeyPath() != null) {
            b.withClientKeyPath(c.getClientKeyPath());
        }
        if (c.getClientRequestId() != null) {
            b.withClientRequestId(c.getClientRequestId());
        }
        if (c.getProxyAddress() != null && !c.getProxyAddress().isEmpty()) {
            b.withProxyAddress(c.getProxyAddress());
        }
        if (c.getSslContext() != null) {
            b.withSslContext(c.getSslContext());
        }
        return b.build();
    }
}
