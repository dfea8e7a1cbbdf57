package io.partita.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * Self-signed certificates made at test time with the JDK's {@code keytool}, written as PEM
 * (certificate and PKCS#8 key) into a temporary directory, plus the PKCS#12 store itself (for
 * WireMock's HTTPS). Shared by the transport modules' TLS tests. Test-only: nothing is committed.
 */
public final class TestCertificates {
    /** PEM files of one identity. */
    public static final class Identity {
        public final Path certPem;
        public final Path keyPem;
        public final Path p12;

        Identity(Path certPem, Path keyPem, Path p12) {
            this.certPem = certPem;
            this.keyPem = keyPem;
            this.p12 = p12;
        }
    }

    private TestCertificates() {}

    /**
     * @param dir where to write the files
     * @param name the common name and file stem
     * @param san the subjectAltName extension value, e.g. {@code dns:localhost,ip:127.0.0.1}
     */
    public static Identity create(Path dir, String name, String san)
            throws IOException, InterruptedException, GeneralSecurityException {
        Path store = dir.resolve(name + ".p12");
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(
                        keytool,
                        "-genkeypair",
                        "-alias",
                        name,
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-dname",
                        "CN=" + name,
                        "-ext",
                        "SAN=" + san,
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        "changeit",
                        "-keypass",
                        "changeit")
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        Certificate cert = ks.getCertificate(name);
        Key key = ks.getKey(name, "changeit".toCharArray());
        Path certPem = dir.resolve(name + ".crt.pem");
        Path keyPem = dir.resolve(name + ".key.pem");
        Files.writeString(certPem, pem("CERTIFICATE", cert.getEncoded()));
        Files.writeString(keyPem, pem("PRIVATE KEY", key.getEncoded()));
        return new Identity(certPem, keyPem, store);
    }

    /** @return a PKCS#12 trust store (password {@code changeit}) holding {@code id}'s certificate as a trusted entry */
    public static Path trustStore(Path dir, Identity id) throws IOException, GeneralSecurityException {
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        try (InputStream in = Files.newInputStream(id.certPem)) {
            ts.setCertificateEntry(
                    "trusted",
                    java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        Path out = dir.resolve("trust-" + id.p12.getFileName());
        try (java.io.OutputStream o = Files.newOutputStream(out)) {
            ts.store(o, "changeit".toCharArray());
        }
        return out;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
