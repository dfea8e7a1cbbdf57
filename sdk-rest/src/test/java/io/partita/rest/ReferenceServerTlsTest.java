package io.partita.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.grpc.GrpcTransport;
import io.partita.param.ConnectParam;
import io.partita.param.R;
import io.partita.param.collection.HasCollectionParam;
import io.partita.server.ReferenceServer;
import io.partita.server.tls.TlsSettings;
import io.partita.testing.TestCertificates;
import io.partita.transport.TransportException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partita's SDK over both transports against a real reference server with TLS on (one-way and
 * mutual): gRPC through {@code grpcs://}, REST through {@code https://}, each creating a collection
 * and seeing it; in mutual mode a client without its certificate is refused on both.
 */
class ReferenceServerTlsTest {
    @TempDir
    static Path certs;

    @TempDir
    Path data;

    static TestCertificates.Identity server;
    static TestCertificates.Identity client;

    @BeforeAll
    static void makeCertificates() throws Exception {
        server = TestCertificates.create(certs, "partita-server", "dns:localhost,ip:127.0.0.1");
        client = TestCertificates.create(certs, "partita-client", "dns:client");
    }

    private ReferenceServer start(TlsSettings tls) throws Exception {
        return ReferenceServer.builder()
                .dataDir(data)
                .grpcPort(0)
                .httpPort(0)
                .tls(tls)
                .start();
    }

    private static ConnectParam.Builder secure(String uri, boolean withClientCertificate) {
        ConnectParam.Builder b = ConnectParam.newBuilder().withUri(uri).withCaPemPath(server.certPem.toString());
        if (withClientCertificate) {
            b.withClientPemPath(client.certPem.toString()).withClientKeyPath(client.keyPem.toString());
        }
        return b;
    }

    /** Creates {@code name} through {@code c} and reads it back; returns the two statuses and the answer. */
    private static String createAndSee(MilvusClient c, String name) {
        R<?> created = c.createCollection(TwoFieldCollection.named(name));
        R<Boolean> has = c.hasCollection(
                HasCollectionParam.newBuilder().withCollectionName(name).build());
        return created.getStatus() + "/" + has.getStatus() + "/" + has.getData();
    }

    private static String overGrpc(int port, boolean withClientCertificate, String name) throws TransportException {
        ConnectParam p =
                secure("grpcs://localhost:" + port, withClientCertificate).build();
        try (GrpcTransport t = GrpcTransport.create(p);
                MilvusClient c = new MilvusServiceClient(secure("grpcs://localhost:" + port, withClientCertificate)
                        .withTransport(t)
                        .build())) {
            return createAndSee(c, name);
        }
    }

    private static String overRest(int port, boolean withClientCertificate, String name) {
        try (MilvusClient c = new MilvusServiceClient(
                secure("https://localhost:" + port, withClientCertificate).build())) {
            return createAndSee(c, name);
        }
    }

    @Test
    void oneWayTlsServesTheSdkOverGrpcAndRest() throws Exception {
        try (ReferenceServer s = start(TlsSettings.oneWay(server.certPem, server.keyPem))) {
            assertThat(overGrpc(s.grpcPort(), false, "over_grpc")).isEqualTo("0/0/true");
            assertThat(overRest(s.httpPort(), false, "over_rest")).isEqualTo("0/0/true");
        }
    }

    @Test
    void mutualTlsServesTheSdkWithItsCertificateAndRefusesItWithout() throws Exception {
        try (ReferenceServer s = start(TlsSettings.mutual(server.certPem, server.keyPem, client.certPem))) {
            assertThat(overGrpc(s.grpcPort(), true, "over_grpc")).isEqualTo("0/0/true");
            assertThat(overRest(s.httpPort(), true, "over_rest")).isEqualTo("0/0/true");
            assertThat(overGrpc(s.grpcPort(), false, "refused_grpc")).doesNotStartWith("0/");
            assertThat(overRest(s.httpPort(), false, "refused_rest")).doesNotStartWith("0/");
            assertThat(s.engine().hasCollection("refused_grpc")).isFalse();
        }
    }
}
