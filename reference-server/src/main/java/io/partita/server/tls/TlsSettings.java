package io.partita.server.tls;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the server's TLS is to be, mirroring Milvus's {@code common.security.tlsMode} with
 * {@code tls.serverPemPath}, {@code tls.serverKeyPath} and {@code tls.caPemPath} (read in
 * milvus-io/milvus configs/milvus.yaml): mode 0 is plain text, 1 one-way TLS (the server shows its
 * certificate), 2 mutual TLS (clients must also show a certificate signed by the CA).
 *
 * @param mode 0, 1 or 2
 * @param certPem the server's certificate chain (PEM); required from mode 1
 * @param keyPem the server's private key (PEM, PKCS#8 {@code PRIVATE KEY}); required from mode 1
 * @param caPem certificates trusted to sign client certificates (PEM); required in mode 2
 */
public record TlsSettings(int mode, Path certPem, Path keyPem, Path caPem) {
    /** Plain text, the default. */
    public static final TlsSettings OFF = new TlsSettings(0, null, null, null);

    /** @throws IllegalArgumentException naming the missing or wrong option */
    public TlsSettings {
        if (mode < 0 || mode > 2) {
            throw new IllegalArgumentException("tls mode must be 0, 1 or 2, got " + mode);
        }
        if (mode >= 1 && (certPem == null || keyPem == null)) {
            throw new IllegalArgumentException("tls mode " + mode + " needs the server certificate and key "
                    + "(--tls-cert and --tls-key), got cert=" + certPem + " key=" + keyPem);
        }
        if (mode == 2 && caPem == null) {
            throw new IllegalArgumentException(
                    "tls mode 2 (mutual) needs the CA that signs client certificates (--tls-ca)");
        }
    }

    /** One-way TLS: the server shows {@code certPem}; clients need no certificate. */
    public static TlsSettings oneWay(Path certPem, Path keyPem) {
        return new TlsSettings(1, Objects.requireNonNull(certPem), Objects.requireNonNull(keyPem), null);
    }

    /** Mutual TLS: as {@link #oneWay} and every client must show a certificate signed by {@code caPem}. */
    public static TlsSettings mutual(Path certPem, Path keyPem, Path caPem) {
        return new TlsSettings(
                2, Objects.requireNonNull(certPem), Objects.requireNonNull(keyPem), Objects.requireNonNull(caPem));
    }

    /** Whether the ports speak TLS at all. */
    public boolean enabled() {
        return mode > 0;
    }

    /** Whether clients must show a certificate. */
    public boolean mutual() {
        return mode == 2;
    }
}
