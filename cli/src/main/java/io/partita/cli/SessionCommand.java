package io.partita.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that runs against the {@link Session} of its root {@code partita} command. */
abstract class SessionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    final Session session() {
        return ((PartitaCommand) spec.root().userObject()).session;
    }

    final Output output() {
        return session().output();
    }

    @Override
    public final Integer call() throws Exception {
        return run(session());
    }

    /** Runs the command; failures are thrown and turned into one line and an exit code by {@link Main}. */
    abstract int run(Session session) throws Exception;
}
