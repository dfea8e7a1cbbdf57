package io.partita.interop;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference server's standalone jar, run as a child process ({@code java -jar
 * reference-server.jar --grpc-port 0 --http-port 0 --data-dir DIR --profile P}) so that the
 * client under test shares nothing with it but the socket.
 *
 * <p>{@link #start} returns once the server printed its ready line; {@link #close} stops it (SIGTERM,
 * then a forced kill after {@link #STOP_TIMEOUT}). The server's stdout and stderr go to
 * {@code server.log} in the data directory's parent. Not thread-safe; one test class owns one.
 */
public final class ForkedReferenceServer implements AutoCloseable {
    /** How long the child may take to print its ready line. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    /** How long a graceful stop may take before the child is killed. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    /** The ready line: the gRPC address, then the HTTP one ({@code http=off} when disabled). */
    private static final Pattern READY = Pattern.compile("ready: .*grpc=([^\\s:]+):(\\d+)(?: http=[^\\s:]+:(\\d+))?");

    private final Process process;
    private final String host;
    private final int grpcPort;
    private final int httpPort;

    private ForkedReferenceServer(Process process, String host, int grpcPort, int httpPort) {
        this.process = process;
        this.host = host;
        this.grpcPort = grpcPort;
        this.httpPort = httpPort;
    }

    /**
     * Starts the jar named by the system property {@code partita.server.jar} (set by the build) with
     * a fresh data directory under {@code partita.work.dir} (or the system temp directory).
     *
     * @param profile {@code milvus-2.1} or {@code milvus-2.3}
     * @param extraArgs further server flags, e.g. {@code --memory-limit 1g}
     */
    public static ForkedReferenceServer start(String profile, String... extraArgs) throws IOException {
        Path workRoot = Path.of(System.getProperty("partita.work.dir", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(workRoot);
        Path work = Files.createTempDirectory(workRoot, "server-");
        // A private copy: a jar resolved from a shared local repository can be replaced by another
        // build while the child still loads classes from it lazily.
        Path jar = Files.copy(serverJar(), work.resolve("reference-server.jar"));
        List<String> cmd = new ArrayList<>(List.of(
                javaExecutable(),
                "-Xmx512m",
                "-jar",
                jar.toString(),
                "--grpc-port",
                "0",
                "--http-port",
                "0",
                "--data-dir",
                work.resolve("data").toString(),
                "--profile",
                profile));
        cmd.addAll(List.of(extraArgs));
        Path log = work.resolve("server.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        CompletableFuture<Matcher> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pump(p, log, ready), "reference-server-output");
        pump.setDaemon(true);
        pump.start();
        try {
            Matcher m = ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            int httpPort = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
            return new ForkedReferenceServer(p, m.group(1), Integer.parseInt(m.group(2)), httpPort);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while waiting for the reference server", e);
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IOException(
                    "reference server did not print its ready line within " + START_TIMEOUT + " (command " + cmd
                            + "); its output:\n" + readQuietly(log),
                    e);
        }
    }

    /** Copies the child's output to the log file and completes {@code ready} at the ready line. */
    private static void pump(Process p, Path log, CompletableFuture<Matcher> ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(line);
                out.newLine();
                out.flush();
                Matcher m = READY.matcher(line);
                if (!ready.isDone() && m.find()) {
                    ready.complete(m);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IOException("reference server exited before it was ready"));
    }

    private static Path serverJar() {
        String prop = System.getProperty("partita.server.jar");
        if (prop == null || prop.isBlank() || prop.startsWith("${")) {
            throw new IllegalStateException("system property partita.server.jar is not set (got " + prop
                    + "); run through Maven, which points it at reference-server's standalone jar");
        }
        Path jar = Path.of(prop);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("partita.server.jar points to a missing file: " + jar);
        }
        return jar;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java")
                .toString();
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** The address clients should use, as printed by the server (normally 127.0.0.1). */
    public String host() {
        return host;
    }

    /** The gRPC port the server picked. */
    public int grpcPort() {
        return grpcPort;
    }

    /** The HTTP API port the server picked, or -1 when its ready line names none. */
    public int httpPort() {
        return httpPort;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
