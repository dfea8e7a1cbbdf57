package io.partita.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.partita.wire.MilvusServiceGrpc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The standalone jar run as a child process ({@code java -jar reference-server.jar ...}). */
final class ForkedServer implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("^Partita reference server ready: grpc=([0-9.]+):(\\d+) .*");

    final Process process;
    final String readyLine;
    final int grpcPort;
    final ManagedChannel channel;
    final List<String> stdout;

    private ForkedServer(Process process, String readyLine, int grpcPort, List<String> stdout) {
        this.process = process;
        this.readyLine = readyLine;
        this.grpcPort = grpcPort;
        this.stdout = stdout;
        this.channel = NettyChannelBuilder.forAddress("127.0.0.1", grpcPort)
                .usePlaintext()
                .build();
    }

    static Path jar() {
        String p = System.getProperty("partita.server.jar", "target/reference-server.jar");
        Path jar = Path.of(p);
        assertThat(jar).as("the standalone jar (built by `mvn package`)").exists();
        return jar;
    }

    /** Runs the jar with these flags and returns its exit code and output, for flags that make it exit. */
    static Result runToExit(String... flags) throws IOException, InterruptedException {
        Process p = command(flags).start();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        assertThat(done).as("the process exits").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.exitValue(), out, err);
    }

    record Result(int exitCode, String stdout, String stderr) {}

    static ProcessBuilder command(String... flags) {
        return command(List.of(), flags);
    }

    private static ProcessBuilder command(List<String> jvmOptions, String... flags) {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar().toString()));
        cmd.addAll(List.of(flags));
        return new ProcessBuilder(cmd);
    }

    /**
     * {@link #start} as one JVM that SIGKILL reaches directly: the vector module given on the
     * command line (so the jar does not relaunch itself as a child JVM), and the JIT's quick tier
     * only, for a fast start (the kill-point loop starts the server a thousand times).
     */
    static ForkedServer startDirect(Path dataDir, String... flags) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(
                List.of("--add-modules", "jdk.incubator.vector", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        String cds = System.getProperty("partita.cds"); // a class-data archive of this command (crash.sh makes one)
        if (cds != null && Files.exists(Path.of(cds))) {
            options.add("-XX:SharedArchiveFile=" + cds);
        }
        return start(options, dataDir, flags);
    }

    /**
     * Starts the jar with {@code --grpc-port 0} (and {@code --http-port 0} unless a flag names one:
     * the default 9091 may be taken by another server on the machine) plus these flags, and waits
     * for its ready line.
     */
    static ForkedServer start(Path dataDir, String... flags) throws IOException, InterruptedException {
        return start(List.of(), dataDir, flags);
    }

    private static ForkedServer start(List<String> jvmOptions, Path dataDir, String... flags)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--grpc-port", "0", "--data-dir", dataDir.toString()));
        if (!List.of(flags).contains("--http-port")) {
            all.addAll(List.of("--http-port", "0"));
        }
        all.addAll(List.of(flags));
        Path errLog = Files.createTempFile("partita-server", ".err");
        Process p = command(jvmOptions, all.toArray(new String[0]))
                .redirectError(errLog.toFile())
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r =
                            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            seen.add(line);
                            lines.add(line);
                        }
                    } catch (IOException ignored) {
                        // the process went away
                    }
                },
                "forked-server-stdout");
        reader.setDaemon(true);
        reader.start();
        String line = lines.poll(60, TimeUnit.SECONDS);
        if (line == null) {
            p.destroyForcibly();
            throw new AssertionError("no ready line; stderr: " + Files.readString(errLog));
        }
        Matcher m = READY.matcher(line);
        assertThat(m.matches()).as("ready line %s", line).isTrue();
        return new ForkedServer(p, line, Integer.parseInt(m.group(2)), seen);
    }

    MilvusServiceGrpc.MilvusServiceBlockingStub stub() {
        return MilvusServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
