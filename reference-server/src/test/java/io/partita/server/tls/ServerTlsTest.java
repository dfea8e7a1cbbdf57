package io.partita.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.partita.server.ReferenceServer;
import io.partita.testing.TestCertificates;
import io.partita.wire.ErrorCode;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.ShowCollectionsRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS on both ports of a real server: one-way and mutual, with a raw gRPC channel, the JDK's
 * HTTP client and (when installed) curl, as a user would call it; plus the refusals (plain text
 * to a TLS port, no or a foreign client certificate in mode 2, bad files at start).
 */
class ServerTlsTest {
    @TempDir
    static Path certs;

    @TempDir
    Path data;

    static TestCertificates.Identity server;
    static TestCertificates.Identity client;
    static TestCertificates.Identity stranger;

    @BeforeAll
    static void makeCertificates() throws Exception {
        server = TestCertificates.create(certs, "partita-server", "dns:localhost,ip:127.0.0.1");
        client = TestCertificates.create(certs, "partita-client", "dns:client");
        stranger = TestCertificates.create(certs, "stranger", "dns:stranger");
    }

    private ReferenceServer start(TlsSettings tls) throws IOException {
        return ReferenceServer.builder()
                .dataDir(data)
                .grpcPort(0)
                .httpPort(0)
                .tls(tls)
                .start();
    }

    private static TlsSettings oneWay() {
        return TlsSettings.oneWay(server.certPem, server.keyPem);
    }

    private static TlsSettings mutual() {
        return TlsSettings.mutual(server.certPem, server.keyPem, client.certPem);
    }

    /** @return the error code of ShowCollections over a channel with {@code credentials} */
    private static ErrorCode showCollections(int port, ChannelCredentials credentials) throws Exception {
        ManagedChannel ch =
                Grpc.newChannelBuilderForAddress("localhost", port, credentials).build();
        try {
            return MilvusServiceGrpc.newBlockingStub(ch)
                    .withDeadlineAfter(10, TimeUnit.SECONDS)
                    .showCollections(ShowCollectionsRequest.getDefaultInstance())
                    .getStatus()
                    .getErrorCode();
        } finally {
            ch.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static ChannelCredentials grpcTls(TestCertificates.Identity as) throws IOException {
        TlsChannelCredentials.Builder b = TlsChannelCredentials.newBuilder().trustManager(server.certPem.toFile());
        if (as != null) {
            b.keyManager(as.certPem.toFile(), as.keyPem.toFile());
        }
        return b.build();
    }

    private static void assertGrpcUnavailable(int port, ChannelCredentials credentials) {
        assertThatThrownBy(() -> showCollections(port, credentials))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
    }

    /** @return the JDK client trusting the server's certificate, showing {@code as}'s when not null */
    private static HttpClient https(TestCertificates.Identity as) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(KeyStore.getInstance(TestCertificates.trustStore(certs, server).toFile(), "changeit".toCharArray()));
        KeyManagerFactory kmf = null;
        if (as != null) {
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(KeyStore.getInstance(as.p12.toFile(), "changeit".toCharArray()), "changeit".toCharArray());
        }
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(ctx)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static HttpResponse<String> get(HttpClient client, String scheme, int port, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(scheme + "://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(5))
                        .method("GET", HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void oneWayTlsServesGrpcAndHttpsAndRefusesPlainText() throws Exception {
        try (ReferenceServer s = start(oneWay())) {
            assertThat(s.describe()).contains("tls-mode=1");
            assertThat(showCollections(s.grpcPort(), grpcTls(null))).isEqualTo(ErrorCode.Success);
            assertGrpcUnavailable(s.grpcPort(), InsecureChannelCredentials.create());

            HttpResponse<String> r = get(https(null), "https", s.httpPort(), "/api/v1/collections");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"status\"");
            assertThatThrownBy(() -> get(HttpClient.newHttpClient(), "http", s.httpPort(), "/healthz"))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void oneWayTlsIsRefusedByAClientTrustingAnotherCertificate() throws Exception {
        try (ReferenceServer s = start(oneWay())) {
            assertGrpcUnavailable(
                    s.grpcPort(),
                    TlsChannelCredentials.newBuilder()
                            .trustManager(stranger.certPem.toFile())
                            .build());
        }
    }

    @Test
    void mutualTlsServesAClientWithACertificateSignedByTheCa() throws Exception {
        try (ReferenceServer s = start(mutual())) {
            assertThat(s.describe()).contains("tls-mode=2");
            assertThat(showCollections(s.grpcPort(), grpcTls(client))).isEqualTo(ErrorCode.Success);
            assertThat(get(https(client), "https", s.httpPort(), "/healthz").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void mutualTlsRefusesAClientWithoutACertificateOrWithAForeignOneOnBothPorts() throws Exception {
        try (ReferenceServer s = start(mutual())) {
            assertGrpcUnavailable(s.grpcPort(), grpcTls(null));
            assertGrpcUnavailable(s.grpcPort(), grpcTls(stranger));
            for (TestCertificates.Identity refused : new TestCertificates.Identity[] {null, stranger}) {
                assertThatThrownBy(() -> get(https(refused), "https", s.httpPort(), "/healthz"))
                        .isInstanceOf(IOException.class)
                        .isNotInstanceOf(java.net.http.HttpTimeoutException.class);
            }
        }
    }

    @Test
    void curlReachesBothModesAndIsRefusedWithoutItsCertificateInMutualMode() throws Exception {
        Assumptions.assumeTrue(curlInstalled(), "curl is not installed");
        try (ReferenceServer s = start(oneWay())) {
            assertThat(curl(s.httpPort(), false)).isEqualTo("200");
        }
        try (ReferenceServer s = start(mutual())) {
            assertThat(curl(s.httpPort(), true)).isEqualTo("200");
            assertThat(curl(s.httpPort(), false))
                    .as("refused at the TLS handshake: no HTTP answer at all")
                    .startsWith("exit ");
        }
    }

    @Test
    void badFilesFailTheStartNamingTheOption() {
        Path missing = certs.resolve("missing.pem");
        assertThatThrownBy(() -> start(TlsSettings.oneWay(missing, server.keyPem)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("--tls-cert")
                .hasMessageContaining("not a readable file");
        assertThatThrownBy(() -> start(TlsSettings.oneWay(server.certPem, server.certPem)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("--tls-key")
                .hasMessageContaining("no PEM private key");
        assertThatThrownBy(() -> start(TlsSettings.oneWay(server.keyPem, server.keyPem)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("--tls-cert");
        assertThatThrownBy(() -> start(TlsSettings.oneWay(server.certPem, client.keyPem)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("does not fit");
        assertThatThrownBy(() -> new TlsSettings(2, server.certPem, server.keyPem, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--tls-ca");
        assertThatThrownBy(() -> new TlsSettings(3, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0, 1 or 2");
    }

    @Test
    void aPkcs1KeyIsRefusedWithTheConversionToMake() throws Exception {
        Path pkcs1 = certs.resolve("rsa.key.pem");
        Files.writeString(pkcs1, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        assertThatThrownBy(() -> start(TlsSettings.oneWay(server.certPem, pkcs1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("openssl pkcs8 -topk8");
    }

    private static boolean curlInstalled() {
        try {
            return new ProcessBuilder("curl", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** @return curl's HTTP status for {@code /api/v1/collections}, or its exit code when no response came */
    private static String curl(int port, boolean withClientCertificate) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                "curl",
                "-sS",
                "-o",
                "/dev/null",
                "-w",
                "%{http_code}",
                "--max-time",
                "10",
                "--cacert",
                server.certPem.toString()));
        if (withClientCertificate) {
            cmd.addAll(List.of("--cert", client.certPem.toString(), "--key", client.keyPem.toString()));
        }
        cmd.addAll(List.of("-X", "GET", "-d", "{}", "https://localhost:" + port + "/api/v1/collections"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() == 0 ? out.trim() : "exit " + p.exitValue() + ": " + out;
    }
}
