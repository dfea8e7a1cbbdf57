package io.partita.server;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.partita.server.auth.AccessControl;
import io.partita.server.auth.AuthInterceptor;
import io.partita.server.auth.CredentialStore;
import io.partita.server.engine.Engine;
import io.partita.server.engine.EngineConfig;
import io.partita.server.engine.core.DatabaseEngines;
import io.partita.server.grpc.MilvusServiceAdapter;
import io.partita.server.grpc.RequestBudget;
import io.partita.server.metrics.ServerMetrics;
import io.partita.server.model.Profile;
import io.partita.server.tls.ServerTls;
import io.partita.server.tls.TlsSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Partita reference server: one {@link Engine} over a data directory, exposed through
 * the Milvus gRPC protocol. Build and start it with {@link #builder()}:
 *
 * <pre>{@code
 * try (ReferenceServer server = ReferenceServer.builder()
 *     .dataDir(Path.of("partita-data"))
 *     .grpcPort(0)                       // any free port
 *     .profile(Profile.MILVUS_2_3)
 *     .start()) {
 *   String uri = server.grpcUri().toString();   // e.g. grpc://127.0.0.1:40123
 * }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> {@link Builder#start()} returns a server in state {@link State#RUNNING};
 * {@link #close()} moves it through {@link State#CLOSING} to {@link State#CLOSED}: it stops
 * accepting calls, waits up to {@link Builder#shutdownTimeout(Duration)} for running calls,
 * cancels the rest, then closes the engine, which syncs the data. Close is idempotent.
 *
 * <p><b>Threading.</b> Thread-safe. Several servers may run in one JVM as long as each has its own
 * data directory and port. The caller owns the server and must close it.
 */
public final class ReferenceServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceServer.class);
    /** The {@code node_id} label of Milvus's proxy metrics: the one proxy this server plays. */
    private static final long PROXY_NODE_ID = 1;

    /** The lifecycle of a server; it only moves forward. */
    public enum State {
        /** Serving calls. */
        RUNNING,
        /** {@link #close()} has started. */
        CLOSING,
        /** Stopped; the engine is closed. */
        CLOSED
    }

    private final Builder config;
    private final Engine engine;
    private final Server grpc;
    private io.partita.server.http.HttpApiServer http; // null when the HTTP API is off
    private ServerMetrics metrics;
    private final io.partita.server.grpc.ClientRequestIds requestIds;
    private final InetSocketAddress grpcAddress;
    private final Object lock = new Object();
    private State state = State.RUNNING;

    private ReferenceServer(
            Builder config, Engine engine, Server grpc, io.partita.server.grpc.ClientRequestIds requestIds) {
        this.requestIds = requestIds;
        this.config = config;
        this.engine = engine;
        this.grpc = grpc;
        this.grpcAddress = (InetSocketAddress) grpc.getListenSockets().get(0);
    }

    /** A builder with the defaults documented on each setter. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return {@code "<Method> <id>"} for the most recent gRPC calls (up to 256) that carried a
     *     {@code client_request_id}, oldest first: the id Milvus writes to its access log
     */
    public java.util.List<String> recentClientRequestIds() {
        return requestIds.recent();
    }

    /** The gRPC port actually bound (the chosen one when the builder asked for 0). */
    public int grpcPort() {
        return grpcAddress.getPort();
    }

    /**
     * Where clients connect, e.g. {@code grpc://127.0.0.1:19530}; a wildcard bind reports 127.0.0.1.
     * The scheme stays {@code grpc} with TLS on too (see {@link #tls()}); clients turn TLS on themselves.
     */
    public URI grpcUri() {
        return URI.create("grpc://" + hostForClients() + ":" + grpcPort());
    }

    /**
     * The HTTP API port actually bound (see {@code io.partita.server.http.HttpApiServer}), or -1 when
     * the HTTP API is off ({@link Builder#httpPort(int)} -1, the embedded default).
     */
    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    /** The TLS the ports speak ({@link TlsSettings#OFF} by default). */
    public TlsSettings tls() {
        return config.tls;
    }

    /** The HTTP port asked for in the builder (-1: off). */
    public int requestedHttpPort() {
        return config.httpPort;
    }

    public Profile profile() {
        return config.profile;
    }

    public Path dataDir() {
        return config.dataDir;
    }

    /** The engine behind the server, for in-process inspection (tests, benchmarks). Owned by the server. */
    public Engine engine() {
        return engine;
    }

    public State state() {
        synchronized (lock) {
            return state;
        }
    }

    /** One line describing where the server listens, as {@code Main} prints it when ready. */
    public String describe() {
        String http = httpPort() < 0 ? "off" : hostForClients() + ":" + httpPort();
        return "grpc=" + hostForClients() + ":" + grpcPort() + " http=" + http + " profile=" + config.profile.id()
                + " data=" + config.dataDir + (config.tls.enabled() ? " tls-mode=" + config.tls.mode() : "");
    }

    private String hostForClients() {
        InetAddress a = grpcAddress.getAddress();
        return a == null || a.isAnyLocalAddress() ? "127.0.0.1" : a.getHostAddress();
    }

    /** Stops the server as described in the class comment; blocks at most about twice the shutdown timeout. */
    @Override
    public void close() {
        synchronized (lock) {
            if (state != State.RUNNING) {
                return;
            }
            state = State.CLOSING;
        }
        try {
            if (http != null) {
                http.close();
            }
            grpc.shutdown();
            long waitMs = config.shutdownTimeout.toMillis();
            if (!grpc.awaitTermination(waitMs, TimeUnit.MILLISECONDS)) {
                LOG.warn("gRPC calls still running after {} ms; cancelling them", waitMs);
                grpc.shutdownNow();
                grpc.awaitTermination(waitMs, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            grpc.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            metrics.close();
            engine.close();
            synchronized (lock) {
                state = State.CLOSED;
            }
        }
    }

    /**
     * Configures and starts a {@link ReferenceServer}. Not thread-safe; each {@link #start()} makes
     * a new server from the current settings.
     */
    public static final class Builder {
        private Path dataDir = Path.of("partita-data");
        private int grpcPort = 19530;
        private int httpPort = -1;
        private Profile profile = Profile.MILVUS_2_1;
        private long memoryLimitBytes = 0;
        private int queryNodes = 1;
        private boolean mmap = false;
        private boolean autoCompaction = true;
        private boolean auth = false;
        private String rootPassword = CredentialStore.DEFAULT_ROOT_PASSWORD;
        private String bindAddress = "127.0.0.1";
        private Duration shutdownTimeout = Duration.ofSeconds(5);
        private int maxInboundMessageBytes = 256 * 1024 * 1024;
        private long grpcRequestBudgetBytes = 0;
        private TlsSettings tls = TlsSettings.OFF;

        private Builder() {}

        /** Directory holding catalog, data and credentials; created if missing. Default {@code ./partita-data}. */
        public Builder dataDir(Path dir) {
            this.dataDir = Objects.requireNonNull(dir, "dataDir");
            return this;
        }

        /** gRPC port; 0 picks any free port (see {@link ReferenceServer#grpcPort()}). Default 19530. */
        public Builder grpcPort(int port) {
            this.grpcPort = checkPort("grpcPort", port);
            return this;
        }

        /** HTTP API port; 0 picks a free one, -1 (the default when embedding; the standalone jar uses 9091) turns it off. */
        public Builder httpPort(int port) {
            this.httpPort = port == -1 ? -1 : checkPort("httpPort", port);
            return this;
        }

        /** Lifecycle rules; default {@link Profile#MILVUS_2_1}. */
        public Builder profile(Profile p) {
            this.profile = Objects.requireNonNull(p, "profile");
            return this;
        }

        /**
         * Memory capacity of each simulated query node, in bytes; loads are refused past 90% of it.
         * 0 (the default) lets the engine derive it from the JVM's max heap (see {@code EngineConfig}).
         */
        public Builder memoryLimitBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("memoryLimitBytes must be >= 0, got " + bytes);
            }
            this.memoryLimitBytes = bytes;
            return this;
        }

        /** Number of simulated query nodes, ≥ 1; default 1. Loading R replicas needs R nodes. */
        public Builder queryNodes(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("queryNodes must be >= 1, got " + n);
            }
            this.queryNodes = n;
            return this;
        }

        /** Whether every call must carry valid credentials (Milvus's {@code authorizationEnabled}); default off. */
        /**
         * The server-wide {@code mmap.enabled}: FLOAT_VECTOR columns of sealed segments load
         * memory-mapped (charged to disk, not to the query nodes' memory) unless a field's own
         * {@code mmap.enabled} type param says otherwise. Default false.
         */
        public Builder mmap(boolean enabled) {
            this.mmap = enabled;
            return this;
        }

        /**
         * Automatic compaction at flush of a partition whose deleted rows reach 20 % of its sealed
         * rows (Milvus's {@code dataCoord.compaction.single.ratio.threshold}); default on.
         */
        public Builder autoCompaction(boolean enabled) {
            this.autoCompaction = enabled;
            return this;
        }

        public Builder auth(boolean enabled) {
            this.auth = enabled;
            return this;
        }

        /** Password given to {@code root} when the data directory has no users yet; default {@code Milvus}. */
        public Builder rootPassword(String password) {
            this.rootPassword = Objects.requireNonNull(password, "rootPassword");
            return this;
        }

        /** Address to listen on; default {@code 127.0.0.1}. */
        public Builder bindAddress(String address) {
            this.bindAddress = Objects.requireNonNull(address, "bindAddress");
            return this;
        }

        /** How long {@link ReferenceServer#close()} waits for running calls before cancelling them; default 5 s. */
        public Builder shutdownTimeout(Duration timeout) {
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("shutdownTimeout must not be negative, got " + timeout);
            }
            this.shutdownTimeout = timeout;
            return this;
        }

        /**
         * TLS on both ports (Milvus's {@code tlsMode}): {@link TlsSettings#oneWay}, {@link
         * TlsSettings#mutual} or {@link TlsSettings#OFF}, the default. The files are read at
         * {@link #start()}, which fails naming the bad one.
         */
        public Builder tls(TlsSettings settings) {
            this.tls = Objects.requireNonNull(settings, "tls");
            return this;
        }

        /** Largest request accepted, in bytes; default 256 MiB (large inserts). */
        public Builder maxInboundMessageBytes(int bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxInboundMessageBytes must be > 0, got " + bytes);
            }
            this.maxInboundMessageBytes = bytes;
            return this;
        }

        /**
         * The most gRPC request bytes parsed or being handled at once; a request past it is
         * answered with Milvus's rate-limit error (legacy {@code RateLimit}, code 8, retriable).
         * Default (0): four maximal messages, at most a quarter of the heap, never below one message.
         */
        public Builder grpcRequestBudgetBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("grpcRequestBudgetBytes must be >= 0, got " + bytes);
            }
            this.grpcRequestBudgetBytes = bytes;
            return this;
        }

        /**
         * Opens the engine (recovering the data directory), binds the port and starts serving.
         *
         * @throws IOException when the port cannot be bound; nothing is left open then
         */
        public ReferenceServer start() throws IOException {
            Builder frozen = copy();
            EngineConfig.Builder ec =
                    EngineConfig.builder(frozen.dataDir).profile(frozen.profile).queryNodeCount(frozen.queryNodes);
            ec.mmap(frozen.mmap);
            ec.autoCompaction(frozen.autoCompaction);
            if (frozen.memoryLimitBytes > 0) {
                ec.memoryLimitBytes(frozen.memoryLimitBytes);
            }
            ServerTls tls = frozen.tls.enabled() ? ServerTls.load(frozen.tls) : null; // before any file is opened
            ServerCredentials grpcCredentials = grpcCredentials(tls);
            Engine engine = DatabaseEngines.open(ec.build());
            ServerMetrics metrics = null;
            try {
                CredentialStore credentials = CredentialStore.open(frozen.dataDir, frozen.rootPassword);
                if (frozen.auth && credentials.rootHasDefaultPassword()) {
                    LOG.warn("authentication is on but user root still has the default password; "
                            + "set another with --root-password or PARTITA_ROOT_PASSWORD at first start, "
                            + "or UpdateCredential");
                }
                MilvusServiceAdapter adapter = new MilvusServiceAdapter(
                        engine,
                        frozen.profile,
                        credentials,
                        AccessControl.open(frozen.dataDir, credentials),
                        frozen.auth);
                metrics = ServerMetrics.start(engine, PROXY_NODE_ID);
                ServerServiceDefinition service = adapter.definition(
                        frozen.grpcRequestBudgetBytes > 0
                                ? new RequestBudget(frozen.grpcRequestBudgetBytes)
                                : RequestBudget.forMessagesUpTo(frozen.maxInboundMessageBytes),
                        metrics);
                if (frozen.auth) {
                    service = ServerInterceptors.intercept(service, new AuthInterceptor(credentials));
                }
                io.partita.server.grpc.ClientRequestIds requestIds = new io.partita.server.grpc.ClientRequestIds();
                service = ServerInterceptors.intercept(service, requestIds);
                // HTTP binds first, so that an open gRPC port (what clients and harnesses wait for)
                // means the whole server is ready.
                io.partita.server.http.HttpApiServer http = frozen.httpPort < 0
                        ? null
                        : io.partita.server.http.HttpApiServer.start(
                                frozen.bindAddress,
                                frozen.httpPort,
                                adapter,
                                metrics,
                                frozen.auth ? credentials : null,
                                frozen.maxInboundMessageBytes,
                                io.partita.server.http.HttpApiServer.DEFAULT_MAX_HEADER_BYTES,
                                tls);
                Server grpc;
                try {
                    grpc = NettyServerBuilder.forAddress(
                                    new InetSocketAddress(InetAddress.getByName(frozen.bindAddress), frozen.grpcPort),
                                    grpcCredentials)
                            .addService(service)
                            .maxInboundMessageSize(frozen.maxInboundMessageBytes)
                            .permitKeepAliveTime(5, TimeUnit.SECONDS)
                            .permitKeepAliveWithoutCalls(true)
                            .build()
                            .start();
                } catch (IOException | RuntimeException e) {
                    if (http != null) {
                        http.close();
                    }
                    throw e;
                }
                ReferenceServer server = new ReferenceServer(frozen, engine, grpc, requestIds);
                server.http = http;
                server.metrics = metrics;
                return server;
            } catch (IOException | RuntimeException e) {
                if (metrics != null) {
                    metrics.close();
                }
                engine.close();
                throw e;
            }
        }

        private Builder copy() {
            Builder b = new Builder();
            b.dataDir = dataDir;
            b.grpcPort = grpcPort;
            b.httpPort = httpPort;
            b.profile = profile;
            b.memoryLimitBytes = memoryLimitBytes;
            b.queryNodes = queryNodes;
            b.mmap = mmap;
            b.autoCompaction = autoCompaction;
            b.auth = auth;
            b.rootPassword = rootPassword;
            b.bindAddress = bindAddress;
            b.shutdownTimeout = shutdownTimeout;
            b.maxInboundMessageBytes = maxInboundMessageBytes;
            b.grpcRequestBudgetBytes = grpcRequestBudgetBytes;
            b.tls = tls;
            return b;
        }

        private static ServerCredentials grpcCredentials(ServerTls tls) throws IOException {
            if (tls == null) {
                return InsecureServerCredentials.create();
            }
            try {
                TlsServerCredentials.Builder b =
                        TlsServerCredentials.newBuilder().keyManager(tls.keyManagers());
                if (tls.requireClientCertificate()) {
                    b.trustManager(tls.trustManagers()).clientAuth(TlsServerCredentials.ClientAuth.REQUIRE);
                }
                return b.build();
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException("cannot set up TLS for the gRPC port: " + e.getMessage(), e);
            }
        }

        private static int checkPort(String name, int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(name + " must be in 0..65535, got " + port);
            }
            return port;
        }
    }
}
