package io.partita.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.partita.model.BoolResponse;
import io.partita.param.ConnectParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.transport.CallOptions;
import io.partita.transport.Operations;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a real server won't readily produce, from WireMock, and the client code each maps to. */
class RestTransportFaultTest {
    private static final String ROUTE = "/api/v1/collection/existence";
    private static final HasCollectionParam HAS_BOOK = HasCollectionParam.newBuilder().withCollectionName("book").build();

    static WireMockServer wiremock;
    RestTransport transport;

    @BeforeAll
    static void startWireMock() {
        wiremock = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wiremock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wiremock.stop();
    }

    @BeforeEach
    void connect() throws TransportException {
        wiremock.resetAll();
        transport = RestTransport.create(ConnectParam.newBuilder().withUri("http://127.0.0.1:" + wiremock.port())
            .withAuthorization("root", "Milvus").withMaxMessageSizeBytes(4096).build());
    }

    @AfterEach
    void close() {
        transport.close();
    }

    private void answer(ResponseDefinitionBuilder response) {
        wiremock.stubFor(any(urlPathEqualTo(ROUTE)).willReturn(response));
    }

    private TransportException failure(CallOptions options) {
        return catchThrowableOfType(TransportException.class, () -> transport.call(Operations.HAS_COLLECTION, HAS_BOOK, options));
    }

    private TransportException failure() {
        return failure(CallOptions.none());
    }

    @Test
    void aGetRouteIsSentAsPostWithAMethodOverrideTheJsonBodyAndBasicCredentials() throws Exception {
        answer(aResponse().withStatus(200).withBody("{\"status\":{},\"value\":true}"));

        transport.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.none());

        wiremock.verify(postRequestedFor(urlPathEqualTo(ROUTE))
            .withHeader("X-HTTP-Method-Override", equalTo("GET"))
            .withHeader("Authorization", equalTo("Basic cm9vdDpNaWx2dXM="))
            .withHeader("Content-Type", containing("application/json"))
            .withRequestBody(equalToJson("{\"db_name\":\"default\",\"collection_name\":\"book\"}")));
    }

    @Test
    void aServerErrorStatusIsReturnedUntouchedNotThrown() throws Exception {
        answer(aResponse().withStatus(200).withBody("{\"status\":{\"error_code\":4,\"reason\":\"can't find collection: book\",\"code\":100}}"));

        BoolResponse r = transport.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.none());

        assertThat(r.getStatus().getErrorCodeValue()).isEqualTo(4);
        assertThat(r.getStatus().getCode()).isEqualTo(100);
        assertThat(r.getStatus().getReason()).isEqualTo("can't find collection: book");
    }

    @Test
    void http500WithAnHtmlBodyIsInternalWithASnippetOfTheBody() {
        answer(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
            .withBody("<html><body><h1>Internal Server Error</h1></body></html>"));

        TransportException e = failure();

        assertThat(e.getFailure()).isEqualTo(TransportFailure.INTERNAL);
        assertThat(e.getMessage()).contains("HasCollection").contains("HTTP 500").contains("Internal Server Error");
    }

    @Test
    void aTruncatedJsonAnswerIsAnIllegalResponse() {
        answer(aResponse().withStatus(200).withBody("{\"status\":{},\"val"));

        assertThat(failure().getFailure()).isEqualTo(TransportFailure.ILLEGAL_RESPONSE);
    }

    @Test
    void aConnectionResetIsUnavailable() {
        answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(failure().getFailure()).isEqualTo(TransportFailure.UNAVAILABLE);
    }

    @Test
    void anEmptyAnswerIsUnavailable() {
        answer(aResponse().withFault(Fault.EMPTY_RESPONSE));

        assertThat(failure().getFailure()).isEqualTo(TransportFailure.UNAVAILABLE);
    }

    @Test
    void aSlowAnswerPastTheDeadlineIsDeadlineExceeded() {
        answer(aResponse().withStatus(200).withFixedDelay(3000).withBody("{\"status\":{},\"value\":true}"));
        long start = System.nanoTime();

        TransportException e = failure(CallOptions.withDeadline(Duration.ofMillis(300)));

        assertThat(e.getFailure()).isEqualTo(TransportFailure.DEADLINE_EXCEEDED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void http401IsUnauthenticatedAnd403IsPermissionDenied() {
        answer(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Basic realm=\"milvus\"")
            .withBody("{\"error_code\":1,\"reason\":\"auth check failure\"}"));
        TransportException unauthenticated = failure();
        answer(aResponse().withStatus(403).withBody("forbidden"));
        TransportException denied = failure();

        assertThat(unauthenticated.getFailure()).isEqualTo(TransportFailure.UNAUTHENTICATED);
        assertThat(unauthenticated.getMessage()).contains("auth check failure").doesNotContain("Milvus");
        assertThat(denied.getFailure()).isEqualTo(TransportFailure.PERMISSION_DENIED);
    }

    @Test
    void unknownRoutesAreUnimplementedAndLimitsAreResourceExhausted() {
        answer(aResponse().withStatus(404).withBody("404 page not found"));
        TransportFailure notFound = failure().getFailure();
        answer(aResponse().withStatus(413).withBody("{\"error_code\":5,\"reason\":\"request body too large\"}"));
        TransportFailure tooLarge = failure().getFailure();
        answer(aResponse().withStatus(503).withBody("upstream down"));
        TransportFailure unavailable = failure().getFailure();

        assertThat(notFound).isEqualTo(TransportFailure.UNIMPLEMENTED);
        assertThat(tooLarge).isEqualTo(TransportFailure.RESOURCE_EXHAUSTED);
        assertThat(unavailable).isEqualTo(TransportFailure.UNAVAILABLE);
    }

    @Test
    void anAnswerLargerThanMaxMessageSizeIsResourceExhausted() {
        answer(aResponse().withStatus(200).withBody("{\"status\":{\"reason\":\"" + "x".repeat(5000) + "\"}}"));

        assertThat(failure().getFailure()).isEqualTo(TransportFailure.RESOURCE_EXHAUSTED);
    }

    @Test
    void unexpectedFieldsAreIgnored() throws Exception {
        answer(aResponse().withStatus(200).withBody("{\"status\":{\"brand_new\":[1,2]},\"value\":true,\"added_in_3_0\":{\"x\":1}}"));

        BoolResponse r = transport.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.none());

        assertThat(r.getValue()).isTrue();
        assertThat(r.getStatus().getErrorCodeValue()).isZero();
    }

    @Test
    void aMissingStatusIsAnIllegalResponseNamingIt() {
        answer(aResponse().withStatus(200).withBody("{\"value\":true}"));

        TransportException e = failure();

        assertThat(e.getFailure()).isEqualTo(TransportFailure.ILLEGAL_RESPONSE);
        assertThat(e.getMessage()).contains("HasCollection").contains("\"status\"");
    }

    @Test
    void aFieldOfTheWrongTypeIsAnIllegalResponseNamingIt() {
        answer(aResponse().withStatus(200).withBody("{\"status\":{},\"value\":\"yes\"}"));

        TransportException e = failure();

        assertThat(e.getFailure()).isEqualTo(TransportFailure.ILLEGAL_RESPONSE);
        assertThat(e.getMessage()).contains("\"value\"").contains("boolean");
    }

    @Test
    void aClosedTransportRefusesCallsAsUnavailable() {
        transport.close();

        assertThat(failure().getFailure()).isEqualTo(TransportFailure.UNAVAILABLE);
    }
}
