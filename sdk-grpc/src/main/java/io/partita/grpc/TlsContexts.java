package io.partita.grpc;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.ApplicationProtocolConfig;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.grpc.netty.shaded.io.netty.handler.ssl.JdkSslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.partita.param.ConnectParam;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.io.File;

/**
 * Builds the client TLS context from the caller's SSLContext when given, else from the PEM files of
 * a {@link ConnectParam}: the CA to trust
 * (or the server's own certificate, pinned), else the JVM's trust store; plus the client
 * certificate and key for mutual TLS. Unreadable files fail with a message naming the field.
 */
final class TlsContexts {
    private TlsContexts() {}

    static SslContext clientContext(ConnectParam p) throws TransportException {
        if (p.getSslContext() != null) {
            return fromJdk(p.getSslContext());
        }
        SslContextBuilder b = GrpcSslContexts.forClient();
        String trust = p.getCaPemPath() != null ? p.getCaPemPath() : p.getServerPemPath();
        String trustField = p.getCaPemPath() != null ? "caPemPath" : "serverPemPath";
        try {
            if (trust != null) {
                b.trustManager(readable(trustField, trust));
            }
            if (p.getClientPemPath() != null) {
                b.keyManager(
                        readable("clientPemPath", p.getClientPemPath()),
                        readable("clientKeyPath", p.getClientKeyPath()));
            }
            return b.build();
        } catch (TransportException e) {
            throw e;
        } catch (Exception e) {
            throw new TransportException(
                    TransportFailure.INTERNAL,
                    "TLS setup failed for " + p.getHost() + ":" + p.getPort() + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * The caller's {@link javax.net.ssl.SSLContext} as Netty's, as the official client wraps it
     * (ClientUtils.convertJavaSslContextToNetty), but offering ALPN {@code h2}, which grpc-java's
     * Netty channel requires of every client context.
     */
    private static SslContext fromJdk(javax.net.ssl.SSLContext context) {
        ApplicationProtocolConfig alpn = new ApplicationProtocolConfig(
                ApplicationProtocolConfig.Protocol.ALPN,
                ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                "h2");
        return new JdkSslContext(
                context, true, null, IdentityCipherSuiteFilter.INSTANCE, alpn, ClientAuth.NONE, null, false);
    }

    private static File readable(String field, String path) throws TransportException {
        File f = new File(path);
        if (!f.isFile() || !f.canRead()) {
            throw new TransportException(TransportFailure.INTERNAL, field + " " + path + " is not a readable file");
        }
        return f;
    }
}
