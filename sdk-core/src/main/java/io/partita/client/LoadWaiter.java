package io.partita.client;

import io.partita.exception.LoadTimeoutException;
import io.partita.exception.MilvusTransportException;
import io.partita.model.ShowCollectionsResponse;
import io.partita.model.ShowPartitionsResponse;
import io.partita.model.ShowType;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.SyncLoadParam;
import io.partita.param.collection.GetLoadingProgressParam;
import io.partita.param.collection.ShowCollectionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.transport.Operations;
import io.partita.transport.TransportFailure;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for a load to reach 100%: polls GetLoadingProgress, or, when the server does not know
 * that RPC (UNIMPLEMENTED), the in-memory percentages of ShowPartitions / ShowCollections.
 * A server error while polling ends the wait with that error; reaching the timeout ends it with
 * a {@code LoadTimeout} failure, never a success. Thread-safe.
 */
final class LoadWaiter {
    private static final Logger LOG = LoggerFactory.getLogger(MilvusServiceClient.class);

    private final Invoker invoker;

    LoadWaiter(Invoker invoker) {
        this.invoker = invoker;
    }

    /**
     * What a load call answers: the load's own answer when it failed or {@code syncLoad} is off,
     * otherwise the outcome of waiting with the Param's interval and timeout.
     */
    R<RpcStatus> afterLoad(
            R<RpcStatus> loadAnswer, String collectionName, List<String> partitionNames, SyncLoadParam p) {
        if (!loadAnswer.isSuccess() || !p.isSyncLoad()) {
            return loadAnswer;
        }
        return await(
                collectionName,
                partitionNames,
                p.getSyncLoadWaitingIntervalDuration(),
                p.getSyncLoadWaitingTimeoutDuration());
    }

    R<RpcStatus> await(String collectionName, List<String> partitionNames, Duration interval, Duration timeout) {
        ClientCore core = invoker.core();
        long start = core.nanoClock.getAsLong();
        long last = -1;
        while (true) {
            R<Long> progress = progress(collectionName, partitionNames);
            if (!progress.isSuccess()) {
                return R.failed(progress.getException());
            }
            last = progress.getData();
            if (last >= 100) {
                return R.success();
            }
            long elapsed = core.nanoClock.getAsLong() - start;
            long remaining = timeout.toNanos() - elapsed;
            if (remaining <= 0) {
                return R.failed(new LoadTimeoutException("load of collection " + collectionName
                        + (partitionNames.isEmpty() ? "" : " partitions " + partitionNames)
                        + " did not finish: timeout after " + timeout.toMillis() + " ms (syncLoadWaitingTimeout),"
                        + " loading progress " + last + "%"));
            }
            LOG.debug("waiting for the load of {}: {}%", collectionName, last);
            try {
                core.sleeper.sleep(Duration.ofNanos(Math.min(interval.toNanos(), remaining)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return R.failed(new MilvusTransportException(
                        TransportFailure.CANCELLED,
                        "interrupted while waiting for the load of collection " + collectionName,
                        e));
            }
        }
    }

    /** @return the loading percentage, 0 to 100 */
    R<Long> progress(String collectionName, List<String> partitionNames) {
        if (!invoker.core().loadingProgressUnsupported.get()) {
            R<Long> r = Results.map(
                    invoker.call(
                            Operations.GET_LOADING_PROGRESS,
                            GetLoadingProgressParam.newBuilder()
                                    .withCollectionName(collectionName)
                                    .withPartitionNames(partitionNames)
                                    .build()),
                    response -> response.getProgress());
            if (!isUnimplemented(r)) {
                return r;
            }
            LOG.debug("GetLoadingProgress is unimplemented by the server; using in-memory percentages");
            invoker.core().loadingProgressUnsupported.set(true);
        }
        return partitionNames.isEmpty()
                ? collectionPercentage(collectionName)
                : partitionPercentage(collectionName, partitionNames);
    }

    private static boolean isUnimplemented(R<?> r) {
        return r.getException() instanceof MilvusTransportException
                && ((MilvusTransportException) r.getException()).getFailure() == TransportFailure.UNIMPLEMENTED;
    }

    private R<Long> partitionPercentage(String collectionName, List<String> partitionNames) {
        R<ShowPartitionsResponse> r = invoker.call(
                Operations.SHOW_PARTITIONS,
                ShowPartitionsParam.newBuilder()
                        .withCollectionName(collectionName)
                        .withPartitionNames(partitionNames)
                        .withShowType(ShowType.InMemory)
                        .build());
        return Results.map(r, response -> minimum(response.getInMemoryPercentagesList(), partitionNames.size()));
    }

    private R<Long> collectionPercentage(String collectionName) {
        R<ShowCollectionsResponse> r = invoker.call(
                Operations.SHOW_COLLECTIONS,
                ShowCollectionsParam.newBuilder()
                        .addCollectionName(collectionName)
                        .withShowType(ShowType.InMemory)
                        .build());
        return Results.map(r, response -> {
            int i = response.getCollectionNamesList().indexOf(collectionName);
            return i < 0 || i >= response.getInMemoryPercentagesCount() ? 0L : response.getInMemoryPercentages(i);
        });
    }

    /** The slowest partition decides; partitions missing from the answer count as 0%. */
    private static long minimum(List<Long> percentages, int expected) {
        if (percentages.size() < expected) {
            return 0;
        }
        long min = 100;
        for (long p : percentages) {
            min = Math.min(min, p);
        }
        return min;
    }
}
