package io.partita.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partita.model.BoolResponse;
import io.partita.param.ConnectParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.transport.CallOptions;
import io.partita.transport.Operations;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a real server won't readily produce, from WireMock, and the client code each maps to.
 * Transport faults are tried on both paths: a body-carrying GET route (JDK client) and a POST
 * route (OkHttp), which must behave the same.
 */
class RestTransportFaultTest {
    private static final HasCollectionParam HAS_BOOK =
            HasCollectionParam.newBuilder().withCollectionName("book").build();
    private static final CreatePartitionParam CREATE_NOVEL = CreatePartitionParam.newBuilder()
            .withCollectionName("book")
            .withPartitionName("novel")
            .build();

    /** The two ways a call leaves the transport. */
    enum Route {
        BODY_GET_THROUGH_THE_JDK_CLIENT(
                RequestMethod.GET,
                "/api/v1/collection/existence",
                "{\"status\":{},\"value\":true}",
                "{\"db_name\":\"default\",\"collection_name\":\"book\"}"),
        POST_THROUGH_OKHTTP(
                RequestMethod.POST,
                "/api/v1/partition",
                "{}",
                "{\"db_name\":\"default\",\"collection_name\":\"book\",\"partition_name\":\"novel\"}");

        final RequestMethod method;
        final String path;
        final String okBody;
        final String requestJson;

        Route(RequestMethod method, String path, String okBody, String requestJson) {
            this.method = method;
            this.path = path;
            this.okBody = okBody;
            this.requestJson = requestJson;
        }

        Object call(RestTransport t, CallOptions options) throws TransportException {
            return this == BODY_GET_THROUGH_THE_JDK_CLIENT
                    ? t.call(Operations.HAS_COLLECTION, HAS_BOOK, options)
                    : t.call(Operations.CREATE_PARTITION, CREATE_NOVEL, options);
        }
    }

    static WireMockServer wiremock;
    RestTransport transport;

    @BeforeAll
    static void startWireMock() {
        // gzip off: OkHttp asks for gzip (the JDK client does not), and WireMock's gzip stream
        // would hold back the chunks the timing tests trickle.
        wiremock = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .gzipDisabled(true));
        wiremock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wiremock.stop();
    }

    @BeforeEach
    void connect() throws TransportException {
        wiremock.resetAll();
        transport = RestTransport.create(connectParam(wiremock.port()));
    }

    private static ConnectParam connectParam(int port) {
        return ConnectParam.newBuilder()
                .withUri("http://127.0.0.1:" + port)
                .withAuthorization("root", "Milvus")
                .withMaxMessageSizeBytes(4096)
                .build();
    }

    @AfterEach
    void close() {
        transport.close();
    }

    private void answer(Route route, ResponseDefinitionBuilder response) {
        wiremock.stubFor(any(urlPathEqualTo(route.path)).willReturn(response));
    }

    private TransportException failure(Route route, CallOptions options) {
        return catchThrowableOfType(TransportException.class, () -> route.call(transport, options));
    }

    private TransportException failure(Route route) {
        return failure(route, CallOptions.none());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void eachRouteIsSentOverHttp11WithItsOwnMethodTheJsonBodyJsonHeadersAndBasicCredentials(Route route)
            throws Exception {
        answer(route, aResponse().withStatus(200).withBody(route.okBody));

        route.call(transport, CallOptions.none());

        List<LoggedRequest> sent = wiremock.findAll(anyRequestedFor(urlPathEqualTo(route.path)));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getMethod()).isEqualTo(route.method);
        assertThat(sent.get(0).getProtocol()).isEqualTo("HTTP/1.1");
        wiremock.verify(anyRequestedFor(urlPathEqualTo(route.path))
                .withHeader("X-HTTP-Method-Override", absent())
                .withHeader("Upgrade", absent())
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Authorization", equalTo("Basic cm9vdDpNaWx2dXM="))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson(route.requestJson)));
    }

    @Test
    void aGetRouteAnswersTheValueReadFromItsJsonBody() throws Exception {
        answer(
                Route.BODY_GET_THROUGH_THE_JDK_CLIENT,
                aResponse().withStatus(200).withBody("{\"status\":{},\"value\":true}"));

        BoolResponse r = transport.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.none());

        assertThat(r.getValue()).isTrue();
    }

    @Test
    void aServerErrorStatusIsReturnedUntouchedNotThrown() throws Exception {
        answer(
                Route.BODY_GET_THROUGH_THE_JDK_CLIENT,
                aResponse()
                        .withStatus(200)
                        .withBody(
                                "{\"status\":{\"error_code\":4,\"reason\":\"can't find collection: book\",\"code\":100}}"));

        BoolResponse r = transport.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.none());

        assertThat(r.getStatus().getErrorCodeValue()).isEqualTo(4);
        assertThat(r.getStatus().getCode()).isEqualTo(100);
        assertThat(r.getStatus().getReason()).isEqualTo("can't find collection: book");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void http500WithAnHtmlBodyIsInternalWithASnippetOfTheBody(Route route) {
        answer(
                route,
                aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><body><h1>Internal Server Error</h1></body></html>"));

        TransportException e = failure(route);

        assertThat(e.getFailure()).isEqualTo(TransportFailure.INTERNAL);
        assertThat(e.getMessage()).contains("HTTP 500").contains("Internal Server Error");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void aTruncatedJsonAnswerIsAnIllegalResponse(Route route) {
        answer(route, aResponse().withStatus(200).withBody("{\"status\":{},\"val"));

        assertThat(failure(route).getFailure()).isEqualTo(TransportFailure.ILLEGAL_RESPONSE);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void aNonJsonAnswerIsAnIllegalResponseQuotingIt(Route route) {
        answer(
                route,
                aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html>proxy login</html>"));

        TransportException e = failure(route);

        assertThat(e.getFailure()).isEqualTo(TransportFailure.ILLEGAL_RESPONSE);
        assertThat(e.getMessage()).contains("<html>proxy login</html>");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void aConnectionResetIsUnavailable(Route route) {
        answer(route, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(failure(route).getFailure()).isEqualTo(TransportFailure.UNAVAILABLE);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void anEmptyAnswerIsUnavailable(Route route) {
        answer(route, aResponse().withFault(Fault.EMPTY_RESPONSE));

        assertThat(failure(route).getFailure()).isEqualTo(TransportFailure.UNAVAILABLE);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void aRefusedConnectionIsUnavailableNamingTheTarget(Route route) throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (RestTransport refused = RestTransport.create(connectParam(closedPort))) {
            TransportException e =
                    catchThrowableOfType(TransportException.class, () -> route.call(refused, CallOptions.none()));

            assertThat(e.getFailure()).isEqualTo(TransportFailure.UNAVAILABLE);
            assertThat(e.getMessage()).contains("127.0.0.1:" + closedPort);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void aServerThatNeverAcceptsFailsAfterTheConnectTimeoutAsDeadlineExceeded(Route route) throws Exception {
        // A backlog of 1 that nobody accepts from: once it is full, Linux drops further SYNs, so a
        // connect hangs until the client gives up.
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> filling = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket s = new Socket();
                    try {
                        s.connect(full.getLocalSocketAddress(), 200);
                        filling.add(s);
                    } catch (IOException backlogFull) {
                        s.close();
                        break;
                    }
                }
                ConnectParam p = ConnectParam.newBuilder()
                        .withUri("http://127.0.0.1:" + full.getLocalPort())
                        .withConnectTimeout(Duration.ofMillis(400))
                        .build();
                try (RestTransport t = RestTransport.create(p)) {
                    long start = System.nanoTime();
                    TransportException e =
                            catchThrowableOfType(TransportException.class, () -> route.call(t, CallOptions.none()));

                    assertThat(e).as("the call must fail").isNotNull();
                    assertThat(e.getFailure()).isEqualTo(TransportFailure.DEADLINE_EXCEEDED);
                    assertThat(Duration.ofNanos(System.nanoTime() - start))
                            .isBetween(Duration.ofMillis(300), Duration.ofMillis(3000));
                }
            } finally {
                for (Socket s : filling) {
                    s.close();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void aSlowAnswerPastTheDeadlineIsDeadlineExceeded(Route route) {
        answer(route, aResponse().withStatus(200).withFixedDelay(3000).withBody(route.okBody));

        assertDeadlineExceededPromptly(route, Duration.ofMillis(300));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void aBodyTricklingPastTheDeadlineIsDeadlineExceeded(Route route) {
        answer(
                route,
                aResponse()
                        .withStatus(200)
                        .withBody(route.okBody + " ".repeat(200))
                        .withChunkedDribbleDelay(10, 3000));

        assertDeadlineExceededPromptly(route, Duration.ofMillis(500));
    }

    /** The call fails with DEADLINE_EXCEEDED well before the 3 s the faulty answer would take. */
    private void assertDeadlineExceededPromptly(Route route, Duration deadline) {
        long start = System.nanoTime();

        TransportException e = failure(route, CallOptions.withDeadline(deadline));

        assertThat(e.getFailure()).isEqualTo(TransportFailure.DEADLINE_EXCEEDED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void theReadTimeoutLimitsTheWaitBetweenBytesNotTheWholeAnswer(Route route) throws Exception {
        answer(
                route,
                aResponse()
                        .withStatus(200)
                        .withBody(route.okBody + " ".repeat(200))
                        .withChunkedDribbleDelay(6, 1500));
        try (RestTransport patient = RestTransport.builder(connectParam(wiremock.port()))
                        .readTimeout(Duration.ofSeconds(1))
                        .build();
                RestTransport impatient = RestTransport.builder(connectParam(wiremock.port()))
                        .readTimeout(Duration.ofMillis(100))
                        .build()) {
            route.call(patient, CallOptions.none());
            TransportException e =
                    catchThrowableOfType(TransportException.class, () -> route.call(impatient, CallOptions.none()));

            assertThat(e.getFailure()).isEqualTo(TransportFailure.DEADLINE_EXCEEDED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void http401IsUnauthenticatedAnd403IsPermissionDenied(Route route) {
        answer(
                route,
                aResponse()
                        .withStatus(401)
                        .withHeader("WWW-Authenticate", "Basic realm=\"milvus\"")
                        .withBody("{\"error_code\":1,\"reason\":\"auth check failure\"}"));
        TransportException unauthenticated = failure(route);
        answer(route, aResponse().withStatus(403).withBody("forbidden"));
        TransportException denied = failure(route);

        assertThat(unauthenticated.getFailure()).isEqualTo(TransportFailure.UNAUTHENTICATED);
        assertThat(unauthenticated.getMessage()).contains("auth check failure").doesNotContain("Milvus");
        assertThat(denied.getFailure()).isEqualTo(TransportFailure.PERMISSION_DENIED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void unknownRoutesAreUnimplementedAndLimitsAreResourceExhausted(Route route) {
        answer(route, aResponse().withStatus(404).withBody("404 page not found"));
        TransportFailure notFound = failure(route).getFailure();
        answer(route, aResponse().withStatus(413).withBody("{\"error_code\":5,\"reason\":\"request body too large\"}"));
        TransportFailure tooLarge = failure(route).getFailure();
        answer(route, aResponse().withStatus(503).withBody("upstream down"));
        TransportFailure unavailable = failure(route).getFailure();

        assertThat(notFound).isEqualTo(TransportFailure.UNIMPLEMENTED);
        assertThat(tooLarge).isEqualTo(TransportFailure.RESOURCE_EXHAUSTED);
        assertThat(unavailable).isEqualTo(TransportFailure.UNAVAILABLE);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void aRedirectIsNotFollowed(Route route) {
        answer(
                route,
                aResponse()
                        .withStatus(302)
                        .withHeader("Location", "http://127.0.0.1:" + wiremock.port() + "/elsewhere"));

        TransportException e = failure(route);

        assertThat(e.getFailure()).isEqualTo(TransportFailure.INTERNAL);
        assertThat(e.getMessage()).contains("HTTP 302");
        assertThat(wiremock.findAll(anyRequestedFor(urlPathEqualTo("/elsewhere"))))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void anAnswerDeclaredLargerThanMaxMessageSizeIsResourceExhausted(Route route) {
        answer(route, aResponse().withStatus(200).withBody("{\"status\":{\"reason\":\"" + "x".repeat(5000) + "\"}}"));

        TransportException e = failure(route);

        assertThat(e.getFailure()).isEqualTo(TransportFailure.RESOURCE_EXHAUSTED);
        assertThat(e.getMessage()).contains("maxMessageSizeBytes 4096");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void aChunkedAnswerGrowingPastMaxMessageSizeIsResourceExhausted(Route route) {
        answer(
                route,
                aResponse()
                        .withStatus(200)
                        .withBody("{\"status\":{\"reason\":\"" + "x".repeat(5000) + "\"}}")
                        .withChunkedDribbleDelay(4, 40));

        TransportException e = failure(route);

        assertThat(e.getFailure()).isEqualTo(TransportFailure.RESOURCE_EXHAUSTED);
        assertThat(e.getMessage()).contains("4097 bytes or more");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void anAnswerOfExactlyMaxMessageSizeIsRead(Route route) throws Exception {
        String padded = route.okBody + " ".repeat(4096 - route.okBody.length());
        answer(route, aResponse().withStatus(200).withBody(padded));

        assertThat(route.call(transport, CallOptions.none())).isNotNull();
    }

    @Test
    void unexpectedFieldsAreIgnored() throws Exception {
        answer(
                Route.BODY_GET_THROUGH_THE_JDK_CLIENT,
                aResponse()
                        .withStatus(200)
                        .withBody("{\"status\":{\"brand_new\":[1,2]},\"value\":true,\"added_in_3_0\":{\"x\":1}}"));

        BoolResponse r = transport.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.none());

        assertThat(r.getValue()).isTrue();
        assertThat(r.getStatus().getErrorCodeValue()).isZero();
    }

    @Test
    void aMissingStatusIsAnIllegalResponseNamingIt() {
        answer(
                Route.BODY_GET_THROUGH_THE_JDK_CLIENT,
                aResponse().withStatus(200).withBody("{\"value\":true}"));

        TransportException e = failure(Route.BODY_GET_THROUGH_THE_JDK_CLIENT);

        assertThat(e.getFailure()).isEqualTo(TransportFailure.ILLEGAL_RESPONSE);
        assertThat(e.getMessage()).contains("HasCollection").contains("\"status\"");
    }

    @Test
    void aFieldOfTheWrongTypeIsAnIllegalResponseNamingIt() {
        answer(
                Route.BODY_GET_THROUGH_THE_JDK_CLIENT,
                aResponse().withStatus(200).withBody("{\"status\":{},\"value\":\"yes\"}"));

        TransportException e = failure(Route.BODY_GET_THROUGH_THE_JDK_CLIENT);

        assertThat(e.getFailure()).isEqualTo(TransportFailure.ILLEGAL_RESPONSE);
        assertThat(e.getMessage()).contains("\"value\"").contains("boolean");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void aClosedTransportRefusesCallsAsUnavailableWithoutSendingThem(Route route) {
        answer(route, aResponse().withStatus(200).withBody(route.okBody));
        transport.close();

        assertThat(failure(route).getFailure()).isEqualTo(TransportFailure.UNAVAILABLE);
        assertThat(wiremock.findAll(anyRequestedFor(urlPathEqualTo(route.path))))
                .isEmpty();
    }
}
