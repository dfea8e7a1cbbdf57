package io.partita.cli;

import io.partita.param.collection.FlushParam;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** milvus_cli 1.x's {@code flush -c book}: seals the growing segments and waits until they are flushed. */
@Command(name = "flush", description = "Seal and persist a collection's growing segments.")
final class FlushCommand extends SessionCommand {
    @Option(
            names = {"-c", "--collection-name"},
            required = true,
            paramLabel = "NAME",
            description = "Name of the collection.")
    String collection;

    @Override
    int run(Session session) {
        session.client()
                .flush(FlushParam.newBuilder()
                        .addCollectionName(collection)
                        .withSyncFlush(true)
                        .build())
                .orThrow();
        output().done("Flush collection " + collection + " successfully!");
        return ExitCodes.OK;
    }
}
