package io.partita.grpc;

import io.grpc.HttpConnectProxiedSocketAddress;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.ProxyDetector;
import io.grpc.netty.shaded.io.grpc.netty.NegotiationType;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.ChannelOption;
import io.grpc.stub.MetadataUtils;
import io.partita.param.ConnectParam;
import io.partita.transport.TransportException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * Makes the one channel a {@link GrpcTransport} uses for its whole life, from a
 * {@link ConnectParam}: plaintext or TLS, keep-alive, idle timeout, inbound size limit, the TCP
 * connect timeout, and the {@code authorization} / {@code dbname} headers every call carries.
 */
final class GrpcChannelFactory {
    static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> DBNAME = Metadata.Key.of("dbname", Metadata.ASCII_STRING_MARSHALLER);

    private static final String DEFAULT_DB = "default";

    private GrpcChannelFactory() {}

    static ManagedChannel create(ConnectParam p) throws TransportException {
        NettyChannelBuilder b = NettyChannelBuilder.forAddress(p.getHost(), p.getPort())
                .withOption(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        Math.min(Integer.MAX_VALUE, p.getConnectTimeout().toMillis()))
                .keepAliveTime(p.getKeepAliveTime().toNanos(), TimeUnit.NANOSECONDS)
                .keepAliveTimeout(p.getKeepAliveTimeout().toNanos(), TimeUnit.NANOSECONDS)
                .keepAliveWithoutCalls(p.isKeepAliveWithoutCalls())
                .idleTimeout(p.getIdleTimeout().toNanos(), TimeUnit.NANOSECONDS)
                .maxInboundMessageSize((int) p.getMaxMessageSizeBytes())
                .intercept(MetadataUtils.newAttachHeadersInterceptor(headers(p)));
        if (p.getClientRequestId() != null) {
            b.intercept(new ClientRequestIds(p.getClientRequestId()));
        }
        if (p.getProxyAddress() != null) {
            b.proxyDetector(proxy(p.getProxyAddress()));
        }
        if (p.isSecure()) {
            b.negotiationType(NegotiationType.TLS).sslContext(TlsContexts.clientContext(p));
            if (p.getServerName() != null && !p.getServerName().isEmpty()) {
                b.overrideAuthority(p.getServerName());
            }
        } else {
            b.usePlaintext();
        }
        return b.build();
    }

    /**
     * Every connection goes through the HTTP proxy at {@code host:port} with HTTP CONNECT, as the
     * official client's ClientUtils.configureProxy sets grpc-java's ProxyDetector.
     */
    private static ProxyDetector proxy(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        InetSocketAddress proxy = InetSocketAddress.createUnresolved(
                hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
        return target -> HttpConnectProxiedSocketAddress.newBuilder()
                .setProxyAddress(new InetSocketAddress(proxy.getHostString(), proxy.getPort()))
                .setTargetAddress((InetSocketAddress) target)
                .build();
    }

    /** @return the {@code db_name} to put in requests: empty for the default database, which every server assumes */
    static String requestDbName(ConnectParam p) {
        return DEFAULT_DB.equals(p.getDatabaseName()) ? "" : p.getDatabaseName();
    }

    /**
     * The headers of every call: credentials when configured (never logged) and the database name
     * unless it is the default one, which servers assume anyway (as the official clients do).
     */
    static Metadata headers(ConnectParam p) {
        Metadata m = new Metadata();
        String secret = p.getToken() != null
                ? p.getToken()
                : p.getUsername() != null ? p.getUsername() + ":" + p.getPassword() : null;
        if (secret != null) {
            m.put(AUTHORIZATION, Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        }
        String db = requestDbName(p);
        if (!db.isEmpty()) {
            m.put(DBNAME, db);
        }
        return m;
    }
}
