package io.partita.interop.v26;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.HasCollectionReq;
import io.partita.interop.ForkedReferenceServer;
import io.partita.testing.TestCertificates;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS through the official milvus-sdk-java 2.6.22 V2 client against the forked reference server:
 * one-way ({@code --tls-mode 1}, the client trusting the server's certificate through
 * {@code serverPemPath}) and mutual ({@code --tls-mode 2}, the client presenting its certificate
 * through {@code clientPemPath}/{@code clientKeyPath}/{@code caPemPath}), each creating and finding a
 * collection; in mode 2 a client without a certificate is refused. Certificates are made per run
 * with keytool; none is committed.
 */
class OfficialV2TlsTest {
    @TempDir
    static Path certs;

    static TestCertificates.Identity server;
    static TestCertificates.Identity client;

    @BeforeAll
    static void makeCertificates() throws Exception {
        server = TestCertificates.create(certs, "partita-server", "dns:localhost,ip:127.0.0.1");
        client = TestCertificates.create(certs, "partita-client", "dns:client");
    }

    @Test
    void oneWayTlsServesTheOfficialClientTrustingTheServerCertificate() throws Exception {
        try (ForkedReferenceServer s = ForkedReferenceServer.start(
                "milvus-2.6",
                "--tls-mode",
                "1",
                "--tls-cert",
                server.certPem.toString(),
                "--tls-key",
                server.keyPem.toString())) {
            MilvusClientV2 c = new MilvusClientV2(ConnectConfig.builder()
                    .uri("https://localhost:" + s.grpcPort())
                    .serverPemPath(server.certPem.toString())
                    .serverName("localhost")
                    .build());
            try {
                createAndFind(c, "tls_one_way");
            } finally {
                c.close();
            }
        }
    }

    @Test
    void mutualTlsServesAClientWithItsCertificateAndRefusesOneWithout() throws Exception {
        try (ForkedReferenceServer s = ForkedReferenceServer.start(
                "milvus-2.6",
                "--tls-mode",
                "2",
                "--tls-cert",
                server.certPem.toString(),
                "--tls-key",
                server.keyPem.toString(),
                "--tls-ca",
                client.certPem.toString())) {
            MilvusClientV2 c = new MilvusClientV2(ConnectConfig.builder()
                    .uri("https://localhost:" + s.grpcPort())
                    .clientPemPath(client.certPem.toString())
                    .clientKeyPath(client.keyPem.toString())
                    .caPemPath(server.certPem.toString())
                    .serverName("localhost")
                    .build());
            try {
                createAndFind(c, "tls_mutual");
            } finally {
                c.close();
            }
            // no client certificate: the handshake fails, so the client cannot connect
            assertThrows(
                    RuntimeException.class,
                    () -> new MilvusClientV2(ConnectConfig.builder()
                                    .uri("https://localhost:" + s.grpcPort())
                                    .serverPemPath(server.certPem.toString())
                                    .serverName("localhost")
                                    .connectTimeoutMs(5_000)
                                    .build())
                            .close());
        }
    }

    private static void createAndFind(MilvusClientV2 c, String name) {
        c.createCollection(
                CreateCollectionReq.builder().collectionName(name).dimension(4).build());
        assertTrue(
                c.hasCollection(HasCollectionReq.builder().collectionName(name).build()));
        assertEquals(
                1,
                c.listCollections().getCollectionNames().stream()
                        .filter(name::equals)
                        .count());
    }
}
