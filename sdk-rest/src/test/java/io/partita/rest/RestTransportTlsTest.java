package io.partita.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.partita.model.BoolResponse;
import io.partita.param.ConnectParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.testing.TestCertificates;
import io.partita.transport.CallOptions;
import io.partita.transport.Operations;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with custom trust, a client certificate (mutual TLS) and a server-name override, against WireMock. */
class RestTransportTlsTest {
    private static final HasCollectionParam HAS_BOOK = HasCollectionParam.newBuilder().withCollectionName("book").build();

    @TempDir
    static Path dir;
    static TestCertificates.Identity serverId;
    static TestCertificates.Identity clientId;
    static WireMockServer https;

    @BeforeAll
    static void start() throws Exception {
        serverId = TestCertificates.create(dir, "partita-server", "dns:partita.test,dns:localhost,ip:127.0.0.1");
        clientId = TestCertificates.create(dir, "partita-client", "dns:client");
        https = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").httpDisabled(true)
            .dynamicHttpsPort().keystorePath(serverId.p12.toString()).keystorePassword("changeit")
            .keyManagerPassword("changeit").keystoreType("PKCS12")
            .needClientAuth(true).trustStorePath(TestCertificates.trustStore(dir, clientId).toString())
            .trustStorePassword("changeit").trustStoreType("PKCS12"));
        https.start();
        https.stubFor(any(urlPathEqualTo("/api/v1/collection/existence"))
            .willReturn(aResponse().withStatus(200).withBody("{\"status\":{},\"value\":true}")));
    }

    @AfterAll
    static void stop() {
        https.stop();
    }

    private static ConnectParam.Builder mutual(String host) {
        return ConnectParam.newBuilder().withUri("https://" + host + ":" + https.httpsPort())
            .withCaPemPath(serverId.certPem.toString())
            .withClientPemPath(clientId.certPem.toString()).withClientKeyPath(clientId.keyPem.toString());
    }

    private static BoolResponse call(ConnectParam p) throws TransportException {
        try (RestTransport t = RestTransport.create(p)) {
            return t.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.none());
        }
    }

    @Test
    void mutualTlsWithTheServersCaAndAClientCertificateWorks() throws Exception {
        assertThat(call(mutual("localhost").build()).getValue()).isTrue();
    }

    @Test
    void theServerNameOverrideIsTheNameVerified() throws Exception {
        assertThat(call(mutual("127.0.0.1").withServerName("partita.test").build()).getValue()).isTrue();
    }

    @Test
    void aServerNotTrustedIsUnavailable() {
        ConnectParam p = ConnectParam.newBuilder().withUri("https://localhost:" + https.httpsPort())
            .withClientPemPath(clientId.certPem.toString()).withClientKeyPath(clientId.keyPem.toString()).build();

        TransportException e = catchThrowableOfType(TransportException.class, () -> call(p));

        assertThat(e.getFailure()).isEqualTo(TransportFailure.UNAVAILABLE);
    }

    @Test
    void withoutAClientCertificateTheHandshakeFailsAsUnavailable() {
        ConnectParam p = ConnectParam.newBuilder().withUri("https://localhost:" + https.httpsPort())
            .withCaPemPath(serverId.certPem.toString()).build();

        TransportException e = catchThrowableOfType(TransportException.class, () -> call(p));

        assertThat(e.getFailure()).isEqualTo(TransportFailure.UNAVAILABLE);
    }

    @Test
    void anUnreadableCaFileFailsNamingTheField() {
        ConnectParam p = ConnectParam.newBuilder().withUri("https://localhost:1").withCaPemPath(dir.resolve("nope.pem").toString()).build();

        TransportException e = catchThrowableOfType(TransportException.class, () -> RestTransport.create(p));

        assertThat(e.getMessage()).contains("caPemPath").contains("nope.pem");
    }
}
