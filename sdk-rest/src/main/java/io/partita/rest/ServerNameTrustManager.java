package io.partita.rest;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.internal.tls.OkHostnameVerifier;

/**
 * Trusts a server when the delegate trusts its certificate chain and the leaf certificate names
 * {@code serverName} (DNS or IP subject alternative name, checked as OkHttp checks a host), not
 * the host connected to. For the JDK's HTTP client, which always verifies the URI's host: being
 * an {@link X509ExtendedTrustManager}, this replaces JSSE's endpoint identification rather than
 * adding to it. Thread-safe.
 */
final class ServerNameTrustManager extends X509ExtendedTrustManager {
    private final X509TrustManager delegate;
    private final String serverName;

    ServerNameTrustManager(X509TrustManager delegate, String serverName) {
        this.delegate = delegate;
        this.serverName = serverName;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        // The two-argument check validates the chain without any endpoint identification.
        delegate.checkServerTrusted(chain, authType);
        if (chain == null || chain.length == 0 || !OkHostnameVerifier.INSTANCE.verify(serverName, chain[0])) {
            throw new CertificateException("the server's certificate does not name serverName " + serverName);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
