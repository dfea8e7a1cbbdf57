package io.partita.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.partita.model.BoolResponse;
import io.partita.param.ConnectParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.testing.TestCertificates;
import io.partita.transport.CallOptions;
import io.partita.transport.Operations;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrpcTlsTest {
    @TempDir
    static Path dir;

    static TestCertificates.Identity server;
    static TestCertificates.Identity otherServer;
    static TestCertificates.Identity client;

    @BeforeAll
    static void makeCertificates() throws Exception {
        server = TestCertificates.create(dir, "partita.test", "dns:partita.test");
        otherServer = TestCertificates.create(dir, "stranger.test", "dns:stranger.test");
        client = TestCertificates.create(dir, "client.test", "dns:client.test");
    }

    private static SslContext serverTls(boolean requireClientCert) throws Exception {
        var b = GrpcSslContexts.forServer(server.certPem.toFile(), server.keyPem.toFile());
        if (requireClientCert) {
            b.trustManager(client.certPem.toFile()).clientAuth(ClientAuth.REQUIRE);
        }
        return b.build();
    }

    private static ConnectParam.Builder secureParam(int port) {
        return ConnectParam.newBuilder()
                .withUri("grpcs://127.0.0.1:" + port)
                .withServerName("partita.test")
                .withConnectTimeout(Duration.ofSeconds(5));
    }

    private static boolean hasBook(GrpcTransport t) throws TransportException {
        BoolResponse r = t.call(
                Operations.HAS_COLLECTION,
                HasCollectionParam.newBuilder().withCollectionName("book").build(),
                CallOptions.withDeadline(Duration.ofSeconds(10)));
        return r.getValue();
    }

    @Test
    void oneWayTlsWithTheServersCaAndNameOverrideSucceeds() throws Exception {
        try (LoopbackServer s = LoopbackServer.tls(new ScriptedService(), serverTls(false));
                GrpcTransport t = GrpcTransport.create(secureParam(s.port())
                        .withCaPemPath(server.certPem.toString())
                        .build())) {
            assertThat(hasBook(t)).isTrue();
        }
    }

    @Test
    void oneWayTlsTrustingAnotherCaIsRefusedAsUnavailable() throws Exception {
        try (LoopbackServer s = LoopbackServer.tls(new ScriptedService(), serverTls(false));
                GrpcTransport t = GrpcTransport.create(secureParam(s.port())
                        .withCaPemPath(otherServer.certPem.toString())
                        .build())) {
            assertThatThrownBy(() -> hasBook(t))
                    .isInstanceOf(TransportException.class)
                    .extracting(e -> ((TransportException) e).getFailure())
                    .isEqualTo(TransportFailure.UNAVAILABLE);
        }
    }

    @Test
    void oneWayTlsWithAWrongServerNameIsRefused() throws Exception {
        try (LoopbackServer s = LoopbackServer.tls(new ScriptedService(), serverTls(false));
                GrpcTransport t = GrpcTransport.create(secureParam(s.port())
                        .withServerName("wrong.test")
                        .withCaPemPath(server.certPem.toString())
                        .build())) {
            assertThatThrownBy(() -> hasBook(t))
                    .isInstanceOf(TransportException.class)
                    .extracting(e -> ((TransportException) e).getFailure())
                    .isEqualTo(TransportFailure.UNAVAILABLE);
        }
    }

    @Test
    void mutualTlsWithTheClientCertificateSucceeds() throws Exception {
        try (LoopbackServer s = LoopbackServer.tls(new ScriptedService(), serverTls(true));
                GrpcTransport t = GrpcTransport.create(secureParam(s.port())
                        .withCaPemPath(server.certPem.toString())
                        .withClientPemPath(client.certPem.toString())
                        .withClientKeyPath(client.keyPem.toString())
                        .build())) {
            assertThat(hasBook(t)).isTrue();
        }
    }

    @Test
    void mutualTlsWithoutAClientCertificateIsRefused() throws Exception {
        try (LoopbackServer s = LoopbackServer.tls(new ScriptedService(), serverTls(true));
                GrpcTransport t = GrpcTransport.create(secureParam(s.port())
                        .withCaPemPath(server.certPem.toString())
                        .build())) {
            assertThatThrownBy(() -> hasBook(t))
                    .isInstanceOf(TransportException.class)
                    .extracting(e -> ((TransportException) e).getFailure())
                    .isEqualTo(TransportFailure.UNAVAILABLE);
        }
    }

    @Test
    void anUnreadableCaFileFailsAtBuildNamingTheField() {
        assertThatThrownBy(() -> GrpcTransport.create(secureParam(1)
                        .withCaPemPath(dir.resolve("missing.pem").toString())
                        .build()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("caPemPath")
                .hasMessageContaining("missing.pem");
    }
}
