package io.partita.server.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The server's TLS material read once from the PEM files of a {@link TlsSettings}: a key store
 * with the certificate chain and key, and (mutual TLS) a trust store with the CA certificates. The
 * gRPC server takes {@link #keyManagers()} and {@link #trustManagers()}; Jetty takes the stores.
 *
 * <p>Keys must be PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}, what {@code openssl genpkey} and
 * {@code openssl req -newkey} write), RSA, EC or Ed25519. A missing, unreadable or malformed file
 * fails the start with an {@link IOException} naming the option, never at the first handshake.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServerTls {
    /** Password of the in-memory stores; they never leave the process. */
    public static final String STORE_PASSWORD = "partita";

    private static final Pattern PEM_KEY =
            Pattern.compile("-----BEGIN ([A-Z ]*)PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END \\1PRIVATE KEY-----");

    private final TlsSettings settings;
    private final KeyStore keyStore;
    private final KeyStore trustStore; // null unless mutual

    private ServerTls(TlsSettings settings, KeyStore keyStore, KeyStore trustStore) {
        this.settings = settings;
        this.keyStore = keyStore;
        this.trustStore = trustStore;
    }

    /**
     * Reads the files of {@code settings}, which must have TLS {@linkplain TlsSettings#enabled() on}.
     *
     * @throws IOException naming the option whose file is missing or not a PEM certificate or key
     */
    public static ServerTls load(TlsSettings settings) throws IOException {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("tls mode 0 has no TLS material to load");
        }
        List<Certificate> chain = certificates("--tls-cert", settings.certPem());
        PrivateKey key = privateKey("--tls-key", settings.keyPem());
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("server", key, STORE_PASSWORD.toCharArray(), chain.toArray(new Certificate[0]));
            KeyStore ts = null;
            if (settings.mutual()) {
                ts = KeyStore.getInstance("PKCS12");
                ts.load(null, null);
                int i = 0;
                for (Certificate ca : certificates("--tls-ca", settings.caPem())) {
                    ts.setCertificateEntry("ca-" + i++, ca);
                }
            }
            if (!fits(key, chain.get(0))) {
                throw new IOException("--tls-key " + settings.keyPem() + " does not fit --tls-cert "
                        + settings.certPem() + ": the key did not sign what the certificate's public key verifies");
            }
            return new ServerTls(settings, ks, ts);
        } catch (GeneralSecurityException e) {
            throw new IOException(
                    "--tls-key " + settings.keyPem() + " does not fit --tls-cert " + settings.certPem() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    public TlsSettings settings() {
        return settings;
    }

    /** Whether clients must show a certificate signed by the CA. */
    public boolean requireClientCertificate() {
        return settings.mutual();
    }

    /** The server's certificate chain and key, alias {@code server}, password {@link #STORE_PASSWORD}. */
    public KeyStore keyStore() {
        return keyStore;
    }

    /** The CA certificates clients' certificates must chain to; null unless mutual. */
    public KeyStore trustStore() {
        return trustStore;
    }

    /** Fresh key managers over {@link #keyStore()}. */
    public KeyManager[] keyManagers() throws GeneralSecurityException {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keyStore, STORE_PASSWORD.toCharArray());
        return kmf.getKeyManagers();
    }

    /** Fresh trust managers over {@link #trustStore()}; null unless mutual. */
    public TrustManager[] trustManagers() throws GeneralSecurityException {
        if (trustStore == null) {
            return null;
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trustStore);
        return tmf.getTrustManagers();
    }

    /** Whether {@code key} is the private half of {@code cert}'s public key: a signature one makes the other checks. */
    private static boolean fits(PrivateKey key, Certificate cert) throws GeneralSecurityException {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> key.getAlgorithm(); // Ed25519 signs as itself
        };
        if (!cert.getPublicKey().getAlgorithm().equals(key.getAlgorithm())) {
            return false;
        }
        byte[] probe = "partita tls key check".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        try {
            verifier.initVerify(cert.getPublicKey());
        } catch (InvalidKeyException otherAlgorithm) {
            return false;
        }
        verifier.update(probe);
        return verifier.verify(signature);
    }

    private static byte[] read(String option, Path file) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IOException(option + " " + file + " is not a readable file");
        }
        return Files.readAllBytes(file);
    }

    private static List<Certificate> certificates(String option, Path file) throws IOException {
        byte[] pem = read(option, file);
        Collection<? extends Certificate> certs;
        try {
            certs = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem));
        } catch (GeneralSecurityException e) {
            throw new IOException(option + " " + file + " is not a PEM certificate: " + e.getMessage(), e);
        }
        if (certs.isEmpty()) {
            throw new IOException(option + " " + file + " holds no certificate");
        }
        return new ArrayList<>(certs);
    }

    private static PrivateKey privateKey(String option, Path file) throws IOException {
        String pem = new String(read(option, file), StandardCharsets.US_ASCII);
        Matcher m = PEM_KEY.matcher(pem);
        if (!m.find()) {
            throw new IOException(option + " " + file + " holds no PEM private key");
        }
        if (!m.group(1).isEmpty()) {
            throw new IOException(option + " " + file + " is a " + m.group(1).trim()
                    + " key; convert it to PKCS#8 (openssl pkcs8 -topk8 -nocrypt)");
        }
        byte[] der = Base64.getMimeDecoder().decode(m.group(2));
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException tryNext) {
                // the PKCS#8 header names the algorithm; the factories other than its own refuse it
            }
        }
        throw new IOException(option + " " + file + " is not an RSA, EC or Ed25519 PKCS#8 key");
    }
}
