package io.partita.cli;

import picocli.CommandLine.Command;

/** milvus_cli 1.x's {@code version}: this CLI's version (the server's is not asked). */
@Command(name = "version", description = "Print the version of this CLI.")
final class VersionCommand extends SessionCommand {
    @Override
    int run(Session session) {
        output().done(new VersionProvider().getVersion()[0]);
        return ExitCodes.OK;
    }
}
