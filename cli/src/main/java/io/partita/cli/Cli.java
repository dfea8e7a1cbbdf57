package io.partita.cli;

import picocli.CommandLine;

/** Builds the picocli command tree over a {@link Session} and runs one command line on it. */
final class Cli {
    private Cli() {}

    static CommandLine commandLine(Session session) {
        PartitaCommand root = new PartitaCommand(session);
        CommandLine cl = new CommandLine(root);
        cl.setOut(session.output().out());
        cl.setErr(session.output().err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            session.output().err().println("error: usage: " + ex.getMessage() + suggestions(ex) + " (try --help)");
            session.output().err().flush();
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            session.output().failure(ex);
            return Failures.exitCode(ex);
        });
        cl.setExecutionStrategy(parsed -> {
            try {
                root.applyTo(session, session.env());
            } catch (UsageException e) {
                session.output().failure(e);
                return ExitCodes.USAGE;
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        return cl;
    }

    /**
     * picocli's "did you mean" for a mistyped command or option ({@code lod} → load, list), as
     * {@code ; did you mean: load, list?}; empty when picocli has none.
     */
    static String suggestions(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException)) {
            return "";
        }
        java.util.List<String> s = ((CommandLine.UnmatchedArgumentException) ex).getSuggestions();
        return s.isEmpty() ? "" : "; did you mean: " + String.join(", ", s) + "?";
    }

    /** Parses and runs one command line; returns its exit code. */
    static int execute(Session session, String[] args) {
        return commandLine(session).execute(args);
    }
}
