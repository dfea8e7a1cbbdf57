package io.partita.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.partita.param.ConnectParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.partition.CreatePartitionParam;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * HTTPS with custom trust, a client certificate (mutual TLS) and a server-name override, against
 * WireMock, on both paths: a body-carrying GET route (JDK client) and a POST route (OkHttp).
 */
class RestTransportTlsTest {
    private static final HasCollectionParam HAS_BOOK =
            HasCollectionParam.newBuilder().withCollectionName("book").build();
    private static final CreatePartitionParam CREATE_NOVEL = CreatePartitionParam.newBuilder()
            .withCollectionName("book")
            .withPartitionName("novel")
            .build();

    /** The two ways a call leaves the transport; each answers a success its own way. */
    enum Route {
        BODY_GET_THROUGH_THE_JDK_CLIENT("/api/v1/collection/existence", "{\"status\":{},\"value\":true}"),
        POST_THROUGH_OKHTTP("/api/v1/partition", "{}");

        final String path;
        final String okBody;

        Route(String path, String okBody) {
            this.path = path;
            this.okBody = okBody;
        }

        /** @return whether the call succeeded (true from HasCollection, a success status from CreatePartition) */
        boolean call(ConnectParam p) throws TransportException {
            try (RestTransport t = RestTransport.create(p)) {
                return this == BODY_GET_THROUGH_THE_JDK_CLIENT
                        ? t.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.none())
                                .getValue()
                        : t.call(Operations.CREATE_PARTITION, CREATE_NOVEL, CallOptions.none())
                                        .getErrorCodeValue()
                                == 0;
            }
        }
    }

    @TempDir
    static Path dir;

    static TestCertificates.Identity serverId;
    static TestCertificates.Identity namedId;
    static TestCertificates.Identity clientId;
    /** Mutual TLS; its certificate names partita.test, localhost and 127.0.0.1. */
    static WireMockServer mutual;
    /** One-way TLS; its certificate names partita.test only, so 127.0.0.1 needs the override. */
    static WireMockServer named;

    @BeforeAll
    static void start() throws Exception {
        serverId = TestCertificates.create(dir, "partita-server", "dns:partita.test,dns:localhost,ip:127.0.0.1");
        namedId = TestCertificates.create(dir, "partita-named", "dns:partita.test");
        clientId = TestCertificates.create(dir, "partita-client", "dns:client");
        mutual = new WireMockServer(https(serverId)
                .needClientAuth(true)
                .trustStorePath(TestCertificates.trustStore(dir, clientId).toString())
                .trustStorePassword("changeit")
                .trustStoreType("PKCS12"));
        named = new WireMockServer(https(namedId));
        for (WireMockServer s : new WireMockServer[] {mutual, named}) {
            s.start();
            for (Route r : Route.values()) {
                s.stubFor(any(urlPathEqualTo(r.path))
                        .willReturn(aResponse().withStatus(200).withBody(r.okBody)));
            }
        }
    }

    /** @return a WireMock HTTPS configuration on 127.0.0.1 serving {@code id}'s certificate */
    private static WireMockConfiguration https(TestCertificates.Identity id) {
        return WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .httpDisabled(true)
                .dynamicHttpsPort()
                .keystorePath(id.p12.toString())
                .keystorePassword("changeit")
                .keyManagerPassword("changeit")
                .keystoreType("PKCS12");
    }

    @AfterAll
    static void stop() {
        mutual.stop();
        named.stop();
    }

    private static ConnectParam.Builder toMutual(String host) {
        return ConnectParam.newBuilder()
                .withUri("https://" + host + ":" + mutual.httpsPort())
                .withCaPemPath(serverId.certPem.toString())
                .withClientPemPath(clientId.certPem.toString())
                .withClientKeyPath(clientId.keyPem.toString());
    }

    private static ConnectParam.Builder toNamed() {
        return ConnectParam.newBuilder()
                .withUri("https://127.0.0.1:" + named.httpsPort())
                .withCaPemPath(namedId.certPem.toString());
    }

    private static TransportFailure failureOf(Route route, ConnectParam p) {
        TransportException e = catchThrowableOfType(TransportException.class, () -> route.call(p));
        assertThat(e).as("the call must fail").isNotNull();
        return e.getFailure();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void mutualTlsWithTheServersCaAndAClientCertificateWorks(Route route) throws Exception {
        assertThat(route.call(toMutual("localhost").build())).isTrue();
    }

    @Test
    void theBodyGetCarriesItsBodyOverTls() throws Exception {
        mutual.resetRequests();

        Route.BODY_GET_THROUGH_THE_JDK_CLIENT.call(toMutual("localhost").build());

        assertThat(mutual.findAll(anyRequestedFor(urlPathEqualTo(Route.BODY_GET_THROUGH_THE_JDK_CLIENT.path))
                        .withRequestBody(equalToJson("{\"db_name\":\"default\",\"collection_name\":\"book\"}"))))
                .singleElement()
                .satisfies(r -> assertThat(r.getMethod()).isEqualTo(RequestMethod.GET));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void theServerNameOverrideIsTheNameVerifiedInsteadOfTheHost(Route route) throws Exception {
        assertThat(route.call(toNamed().withServerName("partita.test").build())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void aCertificateNotNamingTheHostIsUnavailableWithoutTheOverride(Route route) {
        assertThat(failureOf(route, toNamed().build())).isEqualTo(TransportFailure.UNAVAILABLE);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void aServerNameTheCertificateDoesNotNameIsUnavailable(Route route) {
        assertThat(failureOf(route, toNamed().withServerName("other.test").build()))
                .isEqualTo(TransportFailure.UNAVAILABLE);
        assertThat(failureOf(
                        route,
                        toMutual("localhost").withServerName("other.test").build()))
                .isEqualTo(TransportFailure.UNAVAILABLE);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void aServerNotTrustedIsUnavailableEvenWithTheRightServerName(Route route) {
        ConnectParam p = ConnectParam.newBuilder()
                .withUri("https://127.0.0.1:" + named.httpsPort())
                .withCaPemPath(serverId.certPem.toString())
                .withServerName("partita.test")
                .build();

        assertThat(failureOf(route, p)).isEqualTo(TransportFailure.UNAVAILABLE);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void aServerNotInTheJvmTrustStoreIsUnavailable(Route route) {
        ConnectParam p = ConnectParam.newBuilder()
                .withUri("https://localhost:" + mutual.httpsPort())
                .withClientPemPath(clientId.certPem.toString())
                .withClientKeyPath(clientId.keyPem.toString())
                .build();

        assertThat(failureOf(route, p)).isEqualTo(TransportFailure.UNAVAILABLE);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void withoutAClientCertificateTheHandshakeFailsAsUnavailable(Route route) {
        ConnectParam p = ConnectParam.newBuilder()
                .withUri("https://localhost:" + mutual.httpsPort())
                .withCaPemPath(serverId.certPem.toString())
                .build();

        assertThat(failureOf(route, p)).isEqualTo(TransportFailure.UNAVAILABLE);
    }

    @Test
    void anUnreadableCaFileFailsNamingTheField() {
        ConnectParam p = ConnectParam.newBuilder()
                .withUri("https://localhost:1")
                .withCaPemPath(dir.resolve("nope.pem").toString())
                .build();

        TransportException e = catchThrowableOfType(TransportException.class, () -> RestTransport.create(p));

        assertThat(e.getMessage()).contains("caPemPath").contains("nope.pem");
    }
}
