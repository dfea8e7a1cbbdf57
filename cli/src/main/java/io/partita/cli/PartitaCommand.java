package io.partita.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command. Global options come before the command; without a command, {@code partita}
 * starts the interactive shell.
 */
@Command(
        name = "partita",
        mixinStandardHelpOptions = false,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description =
                "Partita command line: manage collections, partitions, loads and data on a Milvus-compatible server.%n"
                        + "Without a command, starts an interactive shell.",
        footer = {
            "",
            "Exit codes: 0 ok, 1 server error, 2 usage, 3 connection/transport failure, 4 wait timeout, 5 input file error."
        },
        subcommands = {
            ConnectCommand.class,
            CreateCommand.class,
            ListCommand.class,
            DescribeCommand.class,
            LoadCommand.class,
            ReleaseCommand.class,
            DropCommand.class,
            DeleteCommand.class,
            InsertCommand.class,
            InsertCommand.Upsert.class,
            SearchCommand.class,
            QueryCommand.class,
            DataCommands.Get.class,
            HybridSearchCommand.class,
            IteratorCommands.Query.class,
            IteratorCommands.Search.class,
            ShowCommand.class,
            FlushCommand.class,
            UpdateCommand.class,
            VersionCommand.class,
            ServerVersionCommand.class,
            DatabaseCommands.UseGroup.class,
            ResourceGroupCommands.TransferGroup.class,
            RenameCommand.class,
            AlterCommand.class,
            GrantCommand.class,
            RevokeCommand.class,
            CompactionCommands.Compact.class,
            ExitCommand.class,
            CommandLine.HelpCommand.class
        })
final class PartitaCommand implements Callable<Integer> {
    final Session session;

    @Option(
            names = {"-u", "--uri"},
            paramLabel = "URI",
            description = "Server address: grpc://host:port, grpcs://, http:// or https:// (default: $PARTITA_URI or "
                    + Session.DEFAULT_URI + ").")
    String uri;

    @Option(names = "--user", paramLabel = "NAME", description = "User name when the server requires authentication.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Password (default: $PARTITA_PASSWORD).")
    String password;

    @Option(names = "--json", description = "Print results as JSON for scripts instead of tables.")
    boolean json;

    @Option(
            names = "--ids-as-strings",
            description = "With --json, print 64-bit integers (ids, timestamps) as strings, which JavaScript "
                    + "and jq would otherwise round above 2^53.")
    boolean idsAsStrings;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Deadline of each call, in seconds (default: 30).")
    Long timeoutSeconds;

    @Option(names = "--no-progress", description = "Do not draw the progress bar while a load runs.")
    boolean noProgress;

    @Option(names = "--help", usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
    boolean version;

    PartitaCommand(Session session) {
        this.session = session;
    }

    /** Applies the global options given on this command line to the session. */
    void applyTo(Session s, java.util.Map<String, String> env) {
        String password = this.password != null ? this.password : env.get("PARTITA_PASSWORD");
        if (uri != null || user != null) {
            s.target(uri != null ? uri : s.uri(), user, password);
        } else if (!s.interactive() && env.get("PARTITA_URI") != null) {
            s.target(env.get("PARTITA_URI"), null, null);
        }
        if (timeoutSeconds != null) {
            if (timeoutSeconds <= 0) {
                throw new UsageException("--timeout must be > 0 seconds, got " + timeoutSeconds);
            }
            s.setTimeout(Duration.ofSeconds(timeoutSeconds));
        }
        if (noProgress) {
            s.setProgress(false);
        }
        s.output().setJson(json || s.jsonByDefault());
        s.output().setLongsAsStrings(idsAsStrings || s.longsAsStringsByDefault());
    }

    @Override
    public Integer call() {
        if (session.interactive()) {
            return ExitCodes.OK; // an empty line in the shell
        }
        return new Shell(session).run();
    }
}
