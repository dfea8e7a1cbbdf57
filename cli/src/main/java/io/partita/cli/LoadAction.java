package io.partita.cli;

import io.partita.exception.LoadTimeoutException;
import io.partita.param.collection.GetLoadingProgressParam;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.partition.LoadPartitionsParam;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * What every load form shares ({@code load -c book -p novel}, milvus_cli 1.x's {@code load
 * collection -c book} and {@code load partition -c book -p novel}): schedule the load, then draw a
 * progress bar on stderr until the server reports 100%, or return at once with {@code --no-wait}.
 */
abstract class LoadAction extends SessionCommand {
    @Option(
            names = {"-r", "--replicas"},
            paramLabel = "N",
            description = "Number of in-memory replicas (default: 1).")
    int replicas = 1;

    @Option(names = "--no-wait", description = "Return once the load is scheduled instead of waiting for 100%%.")
    boolean noWait;

    @Option(
            names = "--wait-timeout",
            paramLabel = "SECONDS",
            description = "How long to wait for 100%% (default: 300); exit code 4 after it.")
    long waitTimeoutSeconds = 300;

    /** Loads the collection, or the given partitions of it when the list is not empty. */
    final int load(Session session, String collection, List<String> partitions) throws InterruptedException {
        if (partitions.isEmpty()) {
            session.client()
                    .loadCollection(LoadCollectionParam.newBuilder()
                            .withCollectionName(collection)
                            .withReplicaNumber(replicas)
                            .withSyncLoad(false)
                            .build())
                    .orThrow();
        } else {
            session.client()
                    .loadPartitions(LoadPartitionsParam.newBuilder()
                            .withCollectionName(collection)
                            .withPartitionNames(partitions)
                            .withReplicaNumber(replicas)
                            .withSyncLoad(false)
                            .build())
                    .orThrow();
        }
        String what =
                partitions.isEmpty() ? "collection " + collection : "partitions " + partitions + " of " + collection;
        if (!noWait) {
            waitForLoad(session, collection, partitions, what);
        }
        output().done(
                        (noWait ? "Load scheduled: " : "Loaded ") + what,
                        Map.of(
                                "collection",
                                collection,
                                "partitions",
                                partitions,
                                "replicas",
                                replicas,
                                "waited",
                                !noWait));
        return ExitCodes.OK;
    }

    private void waitForLoad(Session session, String collection, List<String> partitions, String what)
            throws InterruptedException {
        ProgressBar bar = new ProgressBar(output().err(), "loading " + what, session.progress());
        long deadline = System.nanoTime() + waitTimeoutSeconds * 1_000_000_000L;
        GetLoadingProgressParam query = GetLoadingProgressParam.newBuilder()
                .withCollectionName(collection)
                .withPartitionNames(partitions)
                .build();
        while (true) {
            long progress = session.client().getLoadingProgress(query).orThrow().getProgress();
            bar.update(progress);
            if (progress >= 100) {
                bar.finish();
                return;
            }
            if (System.nanoTime() > deadline) {
                bar.finish();
                throw new LoadTimeoutException("load of " + what + " still at " + progress + "% after "
                        + waitTimeoutSeconds + " s; it goes on in the background (see 'show loading_progress')");
            }
            Thread.sleep(100);
        }
    }
}
