package io.partita.grpc;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.shaded.io.grpc.netty.NegotiationType;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.ChannelOption;
import io.grpc.stub.MetadataUtils;
import io.partita.param.ConnectParam;
import io.partita.transport.TransportException;
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
