package io.partita.junit;

import io.partita.server.tls.TlsSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * The certificates of an embedded server started with {@link PartitaServer#tlsMode()} 1 or 2,
 * made at start with the JDK's {@code keytool} into the server's temporary directory (deleted with
 * it): a self-signed server certificate naming {@code 127.0.0.1} and {@code localhost}, and in mode 2 a
 * self-signed client certificate that the server trusts as its CA. Nothing is kept or committed.
 */
final class HarnessCertificates {
    private static final String PASSWORD = "partita";

    final Path serverCert;
    final Path serverKey;
    final Path clientCert; // null unless mutual
    final Path clientKey; // null unless mutual
    final TlsSettings settings;

    private HarnessCertificates(Path serverCert, Path serverKey, Path clientCert, Path clientKey, int mode) {
        this.serverCert = serverCert;
        this.serverKey = serverKey;
        this.clientCert = clientCert;
        this.clientKey = clientKey;
        this.settings = mode == 2
                ? TlsSettings.mutual(serverCert, serverKey, clientCert)
                : TlsSettings.oneWay(serverCert, serverKey);
    }

    /** Makes the files for {@code mode} (1 or 2) under {@code dir}. */
    static HarnessCertificates create(Path dir, int mode) throws IOException {
        Path[] server = identity(dir, "partita-server", "ip:127.0.0.1,dns:localhost");
        Path[] client = mode == 2 ? identity(dir, "partita-client", "dns:partita-client") : new Path[2];
        return new HarnessCertificates(server[0], server[1], client[0], client[1], mode);
    }

    /** @return the certificate and the PKCS#8 key PEM files of a new self-signed identity */
    private static Path[] identity(Path dir, String name, String san) throws IOException {
        Path store = dir.resolve(name + ".p12");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        name,
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
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
                        PASSWORD)
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("keytool could not make the test certificate " + name + ": " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the test certificate " + name, e);
        }
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASSWORD.toCharArray());
            Path cert = dir.resolve(name + ".crt.pem");
            Path key = dir.resolve(name + ".key.pem");
            Files.writeString(cert, pem("CERTIFICATE", ks.getCertificate(name).getEncoded()));
            Files.writeString(
                    key,
                    pem("PRIVATE KEY", ks.getKey(name, PASSWORD.toCharArray()).getEncoded()));
            return new Path[] {cert, key};
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the test certificate " + name + ": " + e.getMessage(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
