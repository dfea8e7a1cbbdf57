package io.partita.server;

import io.partita.server.auth.CredentialStore;
import io.partita.server.model.Profile;
import io.partita.server.tls.TlsSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The standalone server: {@code java -jar reference-server.jar [flags]}. Prints exactly one line
 * on stdout when ready, stops cleanly on SIGTERM/Ctrl-C (a shutdown hook closes the server, which
 * syncs the data), and refuses bad flags with one line on stderr and exit code 2. Started without
 * {@code --add-modules jdk.incubator.vector}, it runs itself again with it
 * ({@link VectorModuleRelaunch}), so the jar always searches with the SIMD kernel.
 */
@Command(
        name = "reference-server",
        mixinStandardHelpOptions = false,
        sortOptions = false,
        description = "Partita reference server: a Milvus-compatible server (gRPC) over a data directory.")
public final class Main implements Callable<Integer> {
    /** Exit code for bad flags, as picocli and most Unix tools use. */
    static final int EXIT_USAGE = 2;
    /** Environment variable read for root's first password when {@code --root-password} is absent. */
    static final String ROOT_PASSWORD_ENV = "PARTITA_ROOT_PASSWORD";
    /** Exit code when the server cannot start (port in use, unreadable data directory). */
    static final int EXIT_START_FAILED = 1;

    @Option(
            names = "--grpc-port",
            paramLabel = "PORT",
            description = "gRPC port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int grpcPort = 19530;

    @Option(
            names = "--http-port",
            paramLabel = "PORT",
            description =
                    "HTTP port of the Milvus 2.1 HTTP API under /api/v1, plus /healthz and /metrics; 0 picks a free port (default: ${DEFAULT-VALUE}).")
    int httpPort = 9091;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Directory for catalog, data and credentials (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("./partita-data");

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            converter = ProfileConverter.class,
            description = "Lifecycle rules: milvus-2.1, milvus-2.3 or milvus-2.6 (default: milvus-2.1).")
    Profile profile = Profile.MILVUS_2_1;

    @Option(
            names = "--memory-limit",
            paramLabel = "SIZE",
            converter = SizeConverter.class,
            description =
                    "Memory per query node, e.g. 2g, 512m, 1073741824. Default: 80%% of the JVM max heap (-Xmx) split across the query nodes.")
    long memoryLimitBytes = 0;

    @Option(
            names = "--query-nodes",
            paramLabel = "N",
            description = "Number of simulated query nodes (default: ${DEFAULT-VALUE}).")
    int queryNodes = 1;

    @Option(
            names = "--mmap",
            description = "Load FLOAT_VECTOR columns of sealed segments memory-mapped (mmap.enabled for every field"
                    + " that does not set its own); they are charged to disk, not to the query nodes' memory.")
    boolean mmap = false;

    @Option(
            names = "--no-auto-compaction",
            description = "Do not compact a partition at flush when its deleted rows reach 20% of its sealed rows"
                    + " (ManualCompaction still works).")
    boolean noAutoCompaction = false;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind = "127.0.0.1";

    @Option(
            names = "--auth",
            paramLabel = "on|off",
            arity = "0..1",
            fallbackValue = "on",
            converter = OnOffConverter.class,
            description = "Require Milvus credentials on every call (user root, default password Milvus); "
                    + "--auth alone means on (default: off).")
    boolean auth = false;

    @Option(
            names = "--root-password",
            paramLabel = "PASSWORD",
            description = "Password given to root when the data directory has no users yet; "
                    + "default: the environment variable " + ROOT_PASSWORD_ENV + ", else Milvus.")
    String rootPassword;

    @Option(
            names = "--tls-mode",
            paramLabel = "0|1|2",
            description = "TLS on both ports, as Milvus's tlsMode: 0 plain text, 1 one-way (needs --tls-cert and "
                    + "--tls-key), 2 mutual (also --tls-ca) (default: ${DEFAULT-VALUE}).")
    int tlsMode = 0;

    @Option(
            names = "--tls-cert",
            paramLabel = "PEM",
            description = "The server's certificate chain, PEM (Milvus's tls.serverPemPath).")
    Path tlsCert;

    @Option(
            names = "--tls-key",
            paramLabel = "PEM",
            description = "The server's private key, PEM PKCS#8 (Milvus's tls.serverKeyPath).")
    Path tlsKey;

    @Option(
            names = "--tls-ca",
            paramLabel = "PEM",
            description = "CA certificates that sign client certificates in mode 2, PEM (Milvus's tls.caPemPath).")
    Path tlsCa;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;

    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * The command line as {@link #main} received it, for {@link VectorModuleRelaunch}; null when
     * run in-process ({@link #run}), which never relaunches.
     */
    private static volatile String[] mainArgs;

    public static void main(String[] args) {
        if (Boolean.getBoolean(VectorModuleRelaunch.CHILD_PROPERTY)) {
            VectorModuleRelaunch.haltWithParent();
        } else {
            mainArgs = args.clone();
        }
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The one line printed on stdout when the server is ready (quoted in SERVER.md). */
    static String readyLine(ReferenceServer server) {
        return "Partita reference server ready: " + server.describe();
    }

    /** Parses and runs; returns the exit code (0 after a clean stop). Blocks while the server runs. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("reference-server: " + ex.getMessage() + " (see --help)");
            return EXIT_USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        if (queryNodes < 1) {
            return usage("--query-nodes must be >= 1, got " + queryNodes);
        }
        if (grpcPort < 0 || grpcPort > 65535 || httpPort < 0 || httpPort > 65535) {
            return usage("ports must be in 0..65535, got --grpc-port " + grpcPort + " --http-port " + httpPort);
        }
        try {
            java.net.InetAddress.getByName(bind);
        } catch (java.net.UnknownHostException e) {
            return usage("--bind " + bind + " is not an address of this machine");
        }
        TlsSettings tls;
        try {
            tls = new TlsSettings(tlsMode, tlsCert, tlsKey, tlsCa);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        // flags are valid (help and refusals stay in this JVM): serve in a child JVM with SIMD
        String[] relaunch = mainArgs;
        if (relaunch != null && VectorModuleRelaunch.wanted()) {
            int child = VectorModuleRelaunch.run(relaunch);
            if (child >= 0) {
                return child;
            }
        }
        ReferenceServer server;
        try {
            server = ReferenceServer.builder()
                    .dataDir(dataDir)
                    .grpcPort(grpcPort)
                    .httpPort(httpPort)
                    .profile(profile)
                    .memoryLimitBytes(memoryLimitBytes)
                    .queryNodes(queryNodes)
                    .mmap(mmap)
                    .autoCompaction(!noAutoCompaction)
                    .auth(auth)
                    .rootPassword(rootPassword())
                    .bindAddress(bind)
                    .tls(tls)
                    .start();
        } catch (IOException | RuntimeException e) {
            System.err.println("reference-server: cannot start: " + e.getMessage());
            return EXIT_START_FAILED;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "partita-shutdown"));
        System.out.println(readyLine(server));
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return 0;
    }

    /** The flag, else the environment variable, else Milvus's default. */
    private String rootPassword() {
        if (rootPassword != null) {
            return rootPassword;
        }
        String env = System.getenv(ROOT_PASSWORD_ENV);
        return env == null || env.isEmpty() ? CredentialStore.DEFAULT_ROOT_PASSWORD : env;
    }

    private static int usage(String message) {
        System.err.println("reference-server: " + message + " (see --help)");
        return EXIT_USAGE;
    }

    /** {@code --profile} values. */
    static final class ProfileConverter implements CommandLine.ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            try {
                return Profile.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --memory-limit} values. */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return ByteSizes.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --auth on|off} (also true/false). */
    static final class OnOffConverter implements CommandLine.ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "on", "true", "yes" -> true;
                case "off", "false", "no" -> false;
                default -> throw new CommandLine.TypeConversionException("expected on or off, got '" + value + "'");
            };
        }
    }
}
