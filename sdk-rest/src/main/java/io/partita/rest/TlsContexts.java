package io.partita.rest;

import io.partita.param.ConnectParam;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Builds the client TLS setup from the PEM files of a {@link ConnectParam}: the CA to trust (or
 * the server's own certificate, pinned), else the JVM's trust store; plus the client certificate
 * chain and its PKCS#8 private key (RSA or EC, {@code BEGIN PRIVATE KEY}) for mutual TLS.
 * Unreadable files fail with a message naming the field.
 */
final class TlsContexts {
    private TlsContexts() {}

    /** The pieces the HTTP clients need: one context, its trust manager and its key managers. */
    static final class Tls {
        final SSLContext context;
        final X509TrustManager trustManager;
        private final KeyManager[] keyManagers;
        /** Whether {@link #context} is the caller's own (ConnectParam's sslContext). */
        private final boolean callers;

        Tls(SSLContext context, X509TrustManager trustManager, KeyManager[] keyManagers) {
            this(context, trustManager, keyManagers, false);
        }

        Tls(SSLContext context, X509TrustManager trustManager, KeyManager[] keyManagers, boolean callers) {
            this.context = context;
            this.trustManager = trustManager;
            this.keyManagers = keyManagers;
            this.callers = callers;
        }

        /**
         * @return a context with the same trust and client identity that verifies {@code serverName}
         *     in the server's certificate instead of the host connected to (for a client, like the
         *     JDK's, that has no hostname-verifier hook)
         */
        SSLContext verifying(String serverName) throws TransportException {
            if (callers) {
                return context; // the caller's trust cannot be re-wrapped
            }
            try {
                SSLContext ctx = SSLContext.getInstance("TLS");
                ctx.init(
                        keyManagers,
                        new javax.net.ssl.TrustManager[] {new ServerNameTrustManager(trustManager, serverName)},
                        null);
                return ctx;
            } catch (GeneralSecurityException e) {
                throw new TransportException(
                        TransportFailure.INTERNAL,
                        "TLS setup failed for serverName " + serverName + ": " + e.getMessage(),
                        e);
            }
        }
    }

    static Tls clientTls(ConnectParam p) throws TransportException {
        if (p.getSslContext() != null) {
            return callers(p);
        }
        String trust = p.getCaPemPath() != null ? p.getCaPemPath() : p.getServerPemPath();
        String trustField = p.getCaPemPath() != null ? "caPemPath" : "serverPemPath";
        try {
            KeyStore trustStore = null;
            if (trust != null) {
                trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
                trustStore.load(null, null);
                int i = 0;
                for (Certificate c : certificates(trustField, trust)) {
                    trustStore.setCertificateEntry("ca-" + i++, c);
                }
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore);
            X509TrustManager tm = (X509TrustManager) tmf.getTrustManagers()[0];
            KeyManager[] keyManagers = null;
            if (p.getClientPemPath() != null) {
                keyManagers = keyManagers(p);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(keyManagers, new javax.net.ssl.TrustManager[] {tm}, null);
            return new Tls(ctx, tm, keyManagers);
        } catch (TransportException e) {
            throw e;
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new TransportException(
                    TransportFailure.INTERNAL,
                    "TLS setup failed for " + p.getHost() + ":" + p.getPort() + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * The caller's SSLContext, used as it is for the handshakes (its own trust and identity).
     * OkHttp also wants an X509TrustManager, which an SSLContext does not give back; the JVM's
     * default one is handed to it, which OkHttp uses only to clean certificate chains for pinning.
     * A {@code serverName} is checked by OkHttp's hostname verifier; the JDK client (GET with a
     * body) checks the host it connects to.
     */
    private static Tls callers(ConnectParam p) throws TransportException {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init((KeyStore) null);
            return new Tls(p.getSslContext(), (X509TrustManager) tmf.getTrustManagers()[0], null, true);
        } catch (GeneralSecurityException e) {
            throw new TransportException(
                    TransportFailure.INTERNAL,
                    "TLS setup failed for " + p.getHost() + ":" + p.getPort() + ": " + e.getMessage(),
                    e);
        }
    }

    private static KeyManager[] keyManagers(ConnectParam p)
            throws TransportException, GeneralSecurityException, IOException {
        List<Certificate> chain = new ArrayList<>(certificates("clientPemPath", p.getClientPemPath()));
        PrivateKey key = privateKey(readable("clientKeyPath", p.getClientKeyPath()));
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null);
        char[] none = new char[0];
        ks.setKeyEntry("client", key, none, chain.toArray(new Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, none);
        return kmf.getKeyManagers();
    }

    private static Collection<? extends Certificate> certificates(String field, String path)
            throws TransportException, GeneralSecurityException, IOException {
        try (InputStream in = Files.newInputStream(readable(field, path).toPath())) {
            Collection<? extends Certificate> certs =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new TransportException(TransportFailure.INTERNAL, field + " " + path + " holds no certificate");
            }
            return certs;
        }
    }

    private static PrivateKey privateKey(File file) throws GeneralSecurityException, IOException {
        String pem = new String(Files.readAllBytes(file.toPath()), StandardCharsets.US_ASCII);
        int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < 0) {
            throw new GeneralSecurityException(
                    "clientKeyPath " + file + " is not a PKCS#8 PEM key (BEGIN PRIVATE KEY)");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + 27, end));
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (java.security.spec.InvalidKeySpecException tryNext) {
                // not this algorithm
            }
        }
        throw new GeneralSecurityException("clientKeyPath " + file + " holds neither an RSA nor an EC key");
    }

    private static File readable(String field, String path) throws TransportException {
        File f = path == null ? null : new File(path);
        if (f == null || !f.isFile() || !f.canRead()) {
            throw new TransportException(TransportFailure.INTERNAL, field + " " + path + " is not a readable file");
        }
        return f;
    }
}
