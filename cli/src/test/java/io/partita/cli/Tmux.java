package io.partita.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A private tmux server (its own socket, so it never touches a user's sessions) running one
 * program in a detached window: type into it, read its screen. Closing kills the tmux server.
 */
final class Tmux implements AutoCloseable {
    private final String socket = "partita-test-" + UUID.randomUUID();

    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts {@code command} (one shell word list) in a 200x50 window. */
    Tmux(List<String> command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("new-session", "-d", "-s", "cli", "-x", "200", "-y", "50"));
        args.addAll(command);
        tmux(args.toArray(new String[0]));
    }

    /** Types the text literally, then Enter. */
    void typeLine(String text) throws IOException, InterruptedException {
        type(text);
        tmux("send-keys", "-t", "cli", "Enter");
    }

    /** Types the text literally, without Enter. */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "cli", "-l", "--", text);
    }

    /** Presses one key by tmux's name ({@code Tab}, {@code Enter}). */
    void press(String key) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "cli", key);
    }

    /** The window's text with its scroll-back. */
    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-t", "cli", "-S", "-2000");
    }

    /** Polls the screen until {@code test} holds or {@code timeout} passes; returns the last screen. */
    String waitFor(Predicate<String> test, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String s = screen();
        while (!test.test(s) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            s = screen();
        }
        return s;
    }

    /** The last non-blank line of the screen, stripped: the prompt or question the program waits at. */
    static String lastLine(String screen) {
        List<String> lines =
                screen.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("tmux", "-L", socket, "kill-server")
                .redirectErrorStream(true)
                .start()
                .waitFor();
    }
}
