package io.partita.cli;

import picocli.CommandLine.Command;

/** {@code exit} / {@code quit}: leaves the interactive shell. */
@Command(name = "exit", aliases = "quit", description = "Leave the interactive shell.")
final class ExitCommand extends SessionCommand {
    @Override
    int run(Session session) {
        session.requestExit();
        return ExitCodes.OK;
    }
}
