package io.partita.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.shell.jline3.PicocliJLineCompleter;

/**
 * The interactive shell: prompt {@code partita > }, one command per line, until {@code exit},
 * {@code quit} or end of input. On a terminal it uses JLine (history in
 * {@code ~/.partita_history}, tab completion of commands and options); otherwise it reads
 * plain lines, so scripts can pipe commands in. A failing line prints its error and the shell
 * goes on; the shell itself exits 0.
 */
final class Shell {
    static final String PROMPT = "partita > ";

    private final Session session;

    Shell(Session session) {
        this.session = session;
    }

    int run() {
        session.setInteractive(true);
        session.setJsonByDefault(session.output().isJson());
        session.setLongsAsStringsByDefault(session.output().longsAsStrings());
        session.output()
                .err()
                .println("Partita shell, target " + session.uri() + ". Type 'help' for commands, 'exit' to leave.");
        session.output().err().flush();
        try (LineSource lines = openLines()) {
            session.setPrompter(lines::read);
            while (!session.exitRequested()) {
                String line = lines.read(PROMPT);
                if (line == null) {
                    break;
                }
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                try {
                    Cli.execute(session, Words.split(line).toArray(new String[0]));
                } catch (UsageException e) {
                    session.output().failure(e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }

    private LineSource openLines() throws IOException {
        if (session.in() == System.in && System.console() != null) {
            Terminal terminal = TerminalBuilder.builder().system(true).build();
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("partita")
                    .completer(
                            new PicocliJLineCompleter(Cli.commandLine(session).getCommandSpec()))
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".partita_history"))
                    .build();
            return new LineSource() {
                @Override
                public String read(String prompt) {
                    while (true) {
                        try {
                            return reader.readLine(prompt);
                        } catch (UserInterruptException e) {
                            continue; // Ctrl-C clears the line, as in a shell
                        } catch (EndOfFileException e) {
                            return null;
                        }
                    }
                }

                @Override
                public void close() throws IOException {
                    terminal.close();
                }
            };
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(session.in(), StandardCharsets.UTF_8));
        return new LineSource() {
            @Override
            public String read(String prompt) throws IOException {
                session.output().out().print(prompt);
                session.output().out().flush();
                return reader.readLine();
            }

            @Override
            public void close() {
                // the caller owns the input stream
            }
        };
    }

    private interface LineSource extends AutoCloseable {
        String read(String prompt) throws IOException;

        @Override
        void close() throws IOException;
    }
}
