package io.partita.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands ({@code create collection}); run alone it is a usage error. */
abstract class GroupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "'" + spec.qualifiedName(" ").replaceFirst("^partita ", "") + "' needs one of: "
                        + String.join(", ", spec.subcommands().keySet()));
    }
}
