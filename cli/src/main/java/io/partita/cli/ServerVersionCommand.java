package io.partita.cli;

import java.util.Map;
import picocli.CommandLine.Command;

/**
 * milvus_cli 1.x's {@code server_version}: the connected server's version, from GetVersion (read in
 * zilliztech/milvus_cli {@code milvus_cli/scripts/helper_client_cli.py}).
 */
@Command(name = "server_version", description = "Print the connected server's version.")
final class ServerVersionCommand extends SessionCommand {
    @Override
    int run(Session session) {
        String version = session.client().getVersion().orThrow().getVersion();
        output().done("Milvus server version: " + version, Map.of("version", version));
        return ExitCodes.OK;
    }
}
