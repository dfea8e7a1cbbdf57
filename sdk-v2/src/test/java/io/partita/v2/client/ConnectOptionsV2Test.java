package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.server.tls.TlsSettings;
import io.partita.testing.TestCertificates;
import io.partita.v2.exception.MilvusClientException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ConnectConfig.proxyAddress}, {@code clientRequestId} and {@code sslContext} against the real
 * reference server:
 * the calls go through a small HTTP proxy run by the test (gRPC tunnelled with HTTP CONNECT, REST
 * as proxied HTTP/1.1 requests, which it relays byte for byte and records), and the per-thread id
 * arrives at the server as {@code client_request_id} (the gRPC server's record of it, the HTTP
 * request as the proxy relayed it); a caller's SSLContext is the TLS of both transports.
 */
class ConnectOptionsV2Test {
    @Test
    void grpcGoesThroughTheProxyWithConnectAndCarriesEachThreadsRequestId() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6);
                Relay relay = Relay.start()) {
            ThreadLocal<String> ids = new ThreadLocal<>();
            MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder()
                    .uri(servers.grpcUri())
                    .proxyAddress("127.0.0.1:" + relay.port())
                    .clientRequestId(ids)
                    .build());
            try {
                ids.set("grpc-7");
                assertThat(client.listCollections().getCollectionNames()).isEmpty();
                assertThat(relay.heads).contains("CONNECT 127.0.0.1:" + servers.server.grpcPort() + " HTTP/1.1");
                assertThat(servers.server.recentClientRequestIds()).contains("ShowCollections grpc-7");

                Thread other = new Thread(() -> {
                    ids.set("grpc-other");
                    client.listCollections();
                });
                other.start();
                other.join();
                assertThat(servers.server.recentClientRequestIds()).contains("ShowCollections grpc-other");

                ids.remove(); // a thread without an id sends none
                int before = servers.server.recentClientRequestIds().size();
                client.listCollections();
                assertThat(servers.server.recentClientRequestIds()).hasSize(before);
            } finally {
                client.close();
            }
        }
    }

    @Test
    void restGoesThroughTheProxyAndCarriesTheRequestIdHeader() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6);
                Relay relay = Relay.start()) {
            ThreadLocal<String> ids = ThreadLocal.withInitial(() -> "rest-9");
            MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder()
                    .uri(servers.httpUri() + "/v2/vectordb")
                    .proxyAddress("127.0.0.1:" + relay.port())
                    .clientRequestId(ids)
                    .build());
            try {
                assertThat(client.listCollections().getCollectionNames()).isEmpty();
                String relayed = relay.relayedText();
                assertThat(relayed).contains(" " + servers.httpUri() + "/"); // absolute-form: a proxied request
                assertThat(relayed).containsIgnoringCase("client_request_id: rest-9");
            } finally {
                client.close();
            }
        }
    }

    @Test
    void anSslContextIsTheTlsOfBothTransports(@TempDir Path dir) throws Exception {
        TestCertificates.Identity id = TestCertificates.create(dir, "partita-server", "dns:localhost,ip:127.0.0.1");
        try (ReferenceServer server = ReferenceServer.builder()
                .dataDir(dir.resolve("data"))
                .grpcPort(0)
                .httpPort(0)
                .bindAddress("127.0.0.1")
                .tls(TlsSettings.oneWay(id.certPem, id.keyPem))
                .start()) {
            SSLContext trusting = trusting(id);
            for (String uri :
                    List.of("grpcs://localhost:" + server.grpcPort(), "https://localhost:" + server.httpPort())) {
                MilvusClientV2 client = new MilvusClientV2(
                        ConnectConfig.builder().uri(uri).sslContext(trusting).build());
                try {
                    assertThat(client.listCollections().getCollectionNames())
                            .as(uri)
                            .isEmpty();
                } finally {
                    client.close();
                }
            }
            // a context that does not trust the server's certificate fails the handshake
            SSLContext jvmDefault = SSLContext.getInstance("TLS");
            jvmDefault.init(null, null, null);
            assertThatThrownBy(() -> {
                        MilvusClientV2 c = new MilvusClientV2(ConnectConfig.builder()
                                .uri("https://localhost:" + server.httpPort())
                                .sslContext(jvmDefault)
                                .build());
                        try {
                            c.listCollections();
                        } finally {
                            c.close();
                        }
                    })
                    .isInstanceOf(MilvusClientException.class);
        }
    }

    private static SSLContext trusting(TestCertificates.Identity id) throws Exception {
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        try (InputStream in = Files.newInputStream(id.certPem)) {
            ts.setCertificateEntry(
                    "server", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ts);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    /**
     * An HTTP proxy for the test: CONNECT tunnels (gRPC), and plain proxied requests (REST), whose
     * bytes it relays to the server unchanged and keeps.
     */
    private static final class Relay implements AutoCloseable {
        final List<String> heads = new CopyOnWriteArrayList<>();
        private final ByteArrayOutputStream relayed = new ByteArrayOutputStream();
        private final ServerSocket listener;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();

        private Relay(ServerSocket listener) {
            this.listener = listener;
        }

        static Relay start() throws IOException {
            Relay r = new Relay(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            Thread t = new Thread(r::accept, "test-proxy");
            t.setDaemon(true);
            t.start();
            return r;
        }

        int port() {
            return listener.getLocalPort();
        }

        String relayedText() {
            synchronized (relayed) {
                return relayed.toString(StandardCharsets.ISO_8859_1);
            }
        }

        private void accept() {
            while (!listener.isClosed()) {
                try {
                    Socket client = listener.accept();
                    sockets.add(client);
                    Thread t = new Thread(() -> serve(client), "test-proxy-conn");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket client) {
            try {
                InputStream in = client.getInputStream();
                byte[] head = readHead(in);
                String text = new String(head, StandardCharsets.ISO_8859_1);
                String requestLine = text.substring(0, text.indexOf("\r\n"));
                heads.add(requestLine);
                String[] parts = requestLine.split(" ");
                Socket server;
                if (parts[0].equals("CONNECT")) {
                    String[] hostPort = parts[1].split(":");
                    server = new Socket(hostPort[0], Integer.parseInt(hostPort[1]));
                    client.getOutputStream()
                            .write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    client.getOutputStream().flush();
                    sockets.add(server);
                    pump(in, server.getOutputStream(), false);
                } else {
                    URI target = URI.create(parts[1]);
                    server = new Socket(target.getHost(), target.getPort());
                    sockets.add(server);
                    keep(head, head.length);
                    server.getOutputStream().write(head);
                    pump(in, server.getOutputStream(), true);
                }
                pump(server.getInputStream(), client.getOutputStream(), false);
            } catch (IOException | RuntimeException e) {
                close(client);
            }
        }

        private void pump(InputStream from, OutputStream to, boolean record) {
            Thread t = new Thread(
                    () -> {
                        byte[] buf = new byte[8192];
                        try {
                            for (int n; (n = from.read(buf)) > 0; ) {
                                if (record) {
                                    keep(buf, n);
                                }
                                to.write(buf, 0, n);
                                to.flush();
                            }
                        } catch (IOException e) {
                            // either side closed
                        }
                    },
                    "test-proxy-pump");
            t.setDaemon(true);
            t.start();
        }

        private void keep(byte[] bytes, int n) {
            synchronized (relayed) {
                relayed.write(bytes, 0, n);
            }
        }

        private static byte[] readHead(InputStream in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("closed before the request head ended");
                }
                out.write(b);
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            return out.toByteArray();
        }

        private static void close(Socket s) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }

        @Override
        public void close() throws IOException {
            listener.close();
            sockets.forEach(Relay::close);
        }
    }
}
