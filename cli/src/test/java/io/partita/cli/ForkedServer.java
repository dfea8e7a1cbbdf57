package io.partita.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference server in its own JVM ({@code io.partita.server.Main} from the test class path,
 * the relocated embeddable build), so the CLI under test shares nothing with it but the socket.
 * Started on free ports with a fresh data directory; closing kills it.
 */
final class ForkedServer implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("ready: .*grpc=([^\\s:]+):(\\d+)");

    private final Process process;
    private final URI grpcUri;

    private ForkedServer(Process process, URI grpcUri) {
        this.process = process;
        this.grpcUri = grpcUri;
    }

    /** Starts the server and waits (up to two minutes, for a loaded machine) for its ready line. */
    static ForkedServer start(Path dataDir) throws IOException, InterruptedException {
        return start(dataDir, "milvus-2.1");
    }

    /** {@link #start(Path)} under a profile ({@code --profile}), e.g. {@code milvus-2.6}. */
    static ForkedServer start(Path dataDir, String profile) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-Dpartita.relaunch=false",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.partita.server.Main",
                        "--grpc-port",
                        "0",
                        "--http-port",
                        "0",
                        "--data-dir",
                        dataDir.toString(),
                        "--profile",
                        profile))
                .redirectErrorStream(true)
                .start();
        CompletableFuture<Matcher> ready = new CompletableFuture<>();
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r =
                            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            synchronized (log) {
                                log.append(line).append('\n');
                            }
                            Matcher m = READY.matcher(line);
                            if (m.find()) {
                                ready.complete(m);
                            }
                        }
                    } catch (IOException e) {
                        // the process went away
                    }
                    ready.completeExceptionally(new IOException("the server exited before it was ready"));
                },
                "forked-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            Matcher m = ready.get(120, TimeUnit.SECONDS);
            return new ForkedServer(p, URI.create("grpc://" + m.group(1) + ":" + m.group(2)));
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            synchronized (log) {
                throw new IOException("no ready line from the forked server; its output:\n" + log, e);
            }
        }
    }

    URI grpcUri() {
        return grpcUri;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
