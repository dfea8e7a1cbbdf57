package io.partita.server;

import io.partita.server.search.Kernels;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How the standalone jar gets the SIMD kernel by itself. {@code java -jar} cannot add a module
 * (a manifest has no {@code Add-Modules}; {@code Add-Opens} and {@code Launcher-Agent-Class} do
 * not resolve one), so when {@code jdk.incubator.vector} is missing, {@link Main#main} starts
 * the same command again as a child JVM with {@code --add-modules jdk.incubator.vector} (the
 * same JVM options, class path and arguments) and exits with the child's exit code.
 *
 * <p>The parent only waits: SIGTERM/Ctrl-C reach the child through a shutdown hook (which
 * stops it and waits, so the data is synced before the parent exits), and the child's standard
 * input is a pipe from the parent, which the child watches: when the parent dies, even by
 * {@code kill -9}, the pipe closes and the child halts at once, as a killed server would, so no
 * orphan keeps the data directory. Not done when the module is already present, when
 * {@code -Dpartita.relaunch=false} or {@code -Dpartita.simd=false} is given, or when the
 * command cannot be reconstructed (then the engine's WARN line says how to enable SIMD).
 *
 * <p>The child also asks for transparent huge pages ({@code -XX:+UseTransparentHugePages}) when
 * the Linux kernel offers them ({@code always} or {@code madvise} in {@link #THP_SETTING}) and
 * the command line does not decide it already: a graph search reads vectors at random across the
 * whole column, and 2 MB pages take the TLB misses out of it (HNSW on 1M × 128: 1.2–1.4× the
 * queries per CPU-second, docs/benchmarks.md). Accounting is unchanged: it counts array bytes.
 */
final class VectorModuleRelaunch {
    /** Set on the child's command line; also stops a second relaunch. */
    static final String CHILD_PROPERTY = "partita.relaunched";

    /** Where Linux says whether transparent huge pages are on: {@code [always]}, {@code [madvise]} or {@code [never]}. */
    static final Path THP_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private VectorModuleRelaunch() {}

    /** True when this JVM should start the child instead of serving. */
    static boolean wanted() {
        // the boot layer asked directly: initializing Kernels here would log its scalar-kernel WARN
        return ModuleLayer.boot().findModule(Kernels.VECTOR_MODULE).isEmpty()
                && !Boolean.getBoolean(CHILD_PROPERTY)
                && Boolean.parseBoolean(System.getProperty("partita.relaunch", "true"))
                && Boolean.parseBoolean(System.getProperty("partita.simd", "true"));
    }

    /** The child's command, or empty when this JVM's command cannot be rebuilt. */
    static Optional<List<String>> command(String[] args) {
        Optional<String> java = ProcessHandle.current().info().command();
        String classPath = System.getProperty("java.class.path", "");
        if (java.isEmpty() || classPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java.get());
        cmd.add("--add-modules");
        cmd.add(Kernels.VECTOR_MODULE);
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (hugePagesOffered() && options.stream().noneMatch(o -> o.contains("TransparentHugePages"))) {
            cmd.add("-XX:+UseTransparentHugePages");
        }
        cmd.addAll(options);
        cmd.add("-D" + CHILD_PROPERTY + "=true");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return Optional.of(cmd);
    }

    /** True when the kernel gives huge pages to a process that asks ({@code always} or {@code madvise}). */
    static boolean hugePagesOffered() {
        try {
            String setting = java.nio.file.Files.readString(THP_SETTING);
            return setting.contains("[always]") || setting.contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false; // not Linux, or no THP support
        }
    }

    /**
     * Runs the child to completion; returns its exit code, or -1 when it could not be started
     * (the caller then serves in this JVM, on the scalar kernel).
     */
    static int run(String[] args) {
        Optional<List<String>> cmd = command(args);
        if (cmd.isEmpty()) {
            return -1;
        }
        Process child;
        try {
            child = new ProcessBuilder(cmd.get())
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .directory(Path.of("").toAbsolutePath().toFile())
                    .start();
        } catch (IOException e) {
            return -1;
        }
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = child.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException e) {
                    // already shutting down
                }
                return code;
            } catch (InterruptedException e) {
                // keep waiting: the child decides when the server stops
            }
        }
    }

    /** In the child: halts this JVM when the parent's pipe on standard input closes. */
    static void haltWithParent() {
        Thread watch = new Thread(
                () -> {
                    InputStream in = System.in;
                    try {
                        while (in.read() >= 0) {
                            // the parent never writes; anything read is ignored
                        }
                    } catch (IOException e) {
                        // treated as the parent's end
                    }
                    Runtime.getRuntime().halt(137);
                },
                "partita-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
