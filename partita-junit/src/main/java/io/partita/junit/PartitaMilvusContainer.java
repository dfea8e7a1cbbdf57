package io.partita.junit;

import io.partita.server.model.Profile;
import java.net.URI;

/**
 * A drop-in for Testcontainers' {@code MilvusContainer}, without Docker: the same lifecycle methods
 * ({@link #start()}, {@link #stop()}, {@link #close()}, {@link #isRunning()}) and addresses
 * ({@link #getEndpoint()}, {@link #getHost()}, {@link #getMappedPort(int)}), backed by an embedded reference
 * server on free loopback ports with a temporary data directory.
 *
 * <pre>{@code
 * // was: static MilvusContainer milvus = new MilvusContainer("milvusdb/milvus:v2.3.5");
 * static PartitaMilvusContainer milvus = new PartitaMilvusContainer("milvus-2.3");
 *
 * @BeforeAll static void up() { milvus.start(); }
 * @AfterAll static void down() { milvus.stop(); }
 *
 * ConnectParam.newBuilder().withUri(milvus.getEndpoint()).build();   // official clients: http:// is gRPC
 * ConnectParam.newBuilder().withUri(milvus.getGrpcUri().toString()).build();   // Partita's SDK
 * }</pre>
 *
 * <p>Not a Testcontainers {@code Startable} (this artifact does not depend on Testcontainers), so start and
 * stop it from {@code @BeforeAll}/{@code @AfterAll} rather than {@code @Container}.
 */
public final class PartitaMilvusContainer implements AutoCloseable {
    /** Milvus's gRPC port inside its container, which {@link #getMappedPort(int)} maps. */
    public static final int GRPC_PORT = 19530;
    /** Milvus 2.1's HTTP API port inside its container. */
    public static final int HTTP_PORT = 9091;

    private final Profile profile;
    private boolean http;
    private boolean auth;
    private EmbeddedServer server;

    /** A container with the default lifecycle rules ({@code milvus-2.1}). */
    public PartitaMilvusContainer() {
        this(Profile.MILVUS_2_1.id());
    }

    /**
     * @param profile the lifecycle rules: {@code "milvus-2.1"}, {@code "milvus-2.3"} or {@code "milvus-2.6"}; also
     *     accepted is a Milvus image name such as {@code "milvusdb/milvus:v2.3.5"}, whose tag picks the newest
     *     profile not newer than that version (v2.2.x gets milvus-2.1, v2.4.x and v2.5.x milvus-2.3, v2.6 and
     *     later milvus-2.6)
     */
    public PartitaMilvusContainer(String profile) {
        this.profile = profileOf(profile);
    }

    /** @return this, serving Milvus 2.1's HTTP API too (on {@link #getMappedPort(int) getMappedPort(9091)}) */
    public PartitaMilvusContainer withHttp() {
        this.http = true;
        return this;
    }

    /** @return this, requiring credentials: user {@code root}, password {@code Milvus} */
    public PartitaMilvusContainer withAuth() {
        this.auth = true;
        return this;
    }

    /** Starts the server; does nothing when it runs already. */
    public synchronized void start() {
        if (server == null) {
            server = EmbeddedServer.start(new ServerSettings(profile, 0, 1, http, auth));
        }
    }

    /** Stops the server and deletes its data; does nothing when it is not running. */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } finally {
                server = null;
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** @return whether {@link #start()} ran and {@link #stop()} did not since */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** @return {@code 127.0.0.1}: the server listens on loopback only */
    public String getHost() {
        return "127.0.0.1";
    }

    /**
     * @param containerPort {@link #GRPC_PORT} (19530) or, with {@link #withHttp()}, {@link #HTTP_PORT} (9091)
     * @return the port the server really listens on for it
     */
    public synchronized int getMappedPort(int containerPort) {
        PartitaEndpoints endpoints = running().endpoints();
        if (containerPort == GRPC_PORT) {
            return endpoints.grpcUri().getPort();
        }
        if (containerPort == HTTP_PORT && endpoints.httpUriIfEnabled().isPresent()) {
            return endpoints.httpUri().getPort();
        }
        throw new IllegalArgumentException("port " + containerPort + " is not served: only " + GRPC_PORT
                + (http ? " and " + HTTP_PORT : " (and " + HTTP_PORT + " with withHttp())"));
    }

    /**
     * @return {@code http://127.0.0.1:<grpc port>}, as {@code MilvusContainer.getEndpoint()} gives it: the official
     *     clients connect to it over gRPC; Partita's SDK reads {@code http://} as REST, so give it {@link #getGrpcUri()}
     */
    public String getEndpoint() {
        return "http://" + getHost() + ":" + getMappedPort(GRPC_PORT);
    }

    /** @return the gRPC and (when on) HTTP addresses */
    public synchronized PartitaEndpoints getEndpoints() {
        return running().endpoints();
    }

    /** @return the gRPC address as a URI, {@code grpc://127.0.0.1:<port>} */
    public URI getGrpcUri() {
        return getEndpoints().grpcUri();
    }

    /** @return the running server itself, for in-process checks */
    public synchronized io.partita.server.ReferenceServer getReferenceServer() {
        return running().server();
    }

    private EmbeddedServer running() {
        if (server == null) {
            throw new IllegalStateException("the container is not started: call start() first");
        }
        return server;
    }

    private static Profile profileOf(String text) {
        String t = text.trim();
        int tag = t.lastIndexOf(":v");
        if (tag >= 0) {
            String[] version = t.substring(tag + 2).split("\\.");
            t = version.length >= 2 ? "milvus-" + version[0] + "." + version[1] : t;
            t = switch (t) {
                case "milvus-2.1", "milvus-2.2" -> "milvus-2.1";
                case "milvus-2.3", "milvus-2.4", "milvus-2.5" -> "milvus-2.3";
                default -> t.startsWith("milvus-2.") ? "milvus-2.6" : t;
            };
        }
        try {
            return Profile.fromId(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "profile must be milvus-2.1, milvus-2.3, milvus-2.6 or a milvusdb/milvus:vX.Y.Z image, got \""
                            + text + "\"",
                    e);
        }
    }
}
