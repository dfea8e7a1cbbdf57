package io.partita.v2.client;

import io.partita.v2.common.CompactionState;
import io.partita.v2.common.IndexBuildState;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.DescribeCollectionReq;
import io.partita.v2.service.collection.request.GetLoadStateReq;
import io.partita.v2.service.collection.request.LoadCollectionReq;
import io.partita.v2.service.index.request.DescribeIndexReq;
import io.partita.v2.service.index.request.ListIndexesReq;
import io.partita.v2.service.index.response.DescribeIndexResp;
import io.partita.v2.service.utility.OptimizeTask;
import io.partita.v2.service.utility.OptimizeTask.ProgressStage;
import io.partita.v2.service.utility.request.CompactReq;
import io.partita.v2.service.utility.request.GetCompactionStateReq;
import io.partita.v2.service.utility.response.OptimizeResp;
import java.util.ArrayList;
import java.util.List;

/**
 * The work of {@code MilvusClientV2.optimize}, on the task's thread, through the client's own
 * calls: wait for the vector indexes, compact, wait for the compaction and for the indexes of the
 * new segments, then reload a loaded collection (Partita has no RefreshLoad: a load with
 * {@code refresh}), each stage recorded on the task, as the official 2.6 client's optimize does.
 */
final class OptimizeOps {
    private static final long POLL_MS = 200;

    private OptimizeOps() {}

    static OptimizeResp run(MilvusClientV2 client, OptimizeTask task, String collection, Long timeout) {
        long start = System.currentTimeMillis();
        task.checkCancelled();
        List<String> indexes = vectorIndexes(client, collection);
        task.setProgress(ProgressStage.WAITING_FOR_INDEXES);
        waitForIndexes(client, task, collection, indexes, start, timeout);

        task.checkCancelled();
        task.setProgress(ProgressStage.COMPACTING);
        long compactionId = client.compact(
                        CompactReq.builder().collectionName(collection).build())
                .getCompactionID();

        task.setProgress(ProgressStage.WAITING_FOR_COMPACTION);
        while (true) {
            task.checkCancelled();
            checkTimeout(start, timeout, "Timeout waiting for compaction " + compactionId + " to complete");
            CompactionState state = client.getCompactionState(GetCompactionStateReq.builder()
                            .compactionID(compactionId)
                            .build())
                    .getState();
            if (state == CompactionState.Completed) {
                break;
            }
            pause("compaction");
        }

        task.checkCancelled();
        task.setProgress(ProgressStage.WAITING_FOR_INDEX_REBUILD);
        waitForIndexes(client, task, collection, indexes, start, timeout);

        task.checkCancelled();
        if (Boolean.TRUE.equals(client.getLoadState(
                GetLoadStateReq.builder().collectionName(collection).build()))) {
            task.setProgress(ProgressStage.REFRESHING_LOAD);
            client.loadCollection(LoadCollectionReq.builder()
                    .collectionName(collection)
                    .refresh(true)
                    .build());
        }
        return OptimizeResp.builder()
                .status("success")
                .collectionName(collection)
                .compactionId(compactionId)
                .progress(task.getProgressHistoryAsStrings())
                .build();
    }

    /** @return the names of the indexes on the collection's vector fields */
    private static List<String> vectorIndexes(MilvusClientV2 client, String collection) {
        List<String> vectorFields = client.describeCollection(DescribeCollectionReq.builder()
                        .collectionName(collection)
                        .build())
                .getVectorFieldNames();
        List<String> out = new ArrayList<>();
        for (String name : client.listIndexes(
                ListIndexesReq.builder().collectionName(collection).build())) {
            DescribeIndexResp.IndexDesc d = describe(client, collection, name);
            if (d != null && vectorFields.contains(d.getFieldName())) {
                out.add(name);
            }
        }
        return out;
    }

    private static DescribeIndexResp.IndexDesc describe(MilvusClientV2 client, String collection, String index) {
        return client.describeIndex(DescribeIndexReq.builder()
                        .collectionName(collection)
                        .indexName(index)
                        .build())
                .getIndexDescByIndexName(index);
    }

    private static void waitForIndexes(
            MilvusClientV2 client,
            OptimizeTask task,
            String collection,
            List<String> indexes,
            long start,
            Long timeout) {
        for (String index : indexes) {
            while (true) {
                task.checkCancelled();
                checkTimeout(start, timeout, "Timeout waiting for indexes to complete on collection " + collection);
                DescribeIndexResp.IndexDesc d = describe(client, collection, index);
                if (d != null && d.getIndexState() == IndexBuildState.Finished) {
                    break;
                }
                if (d != null && d.getIndexState() == IndexBuildState.Failed) {
                    throw new MilvusClientException(
                            ErrorCode.SERVER_ERROR,
                            "Index build failed for '" + index + "': " + d.getIndexFailedReason());
                }
                pause("indexes");
            }
        }
    }

    private static void checkTimeout(long start, Long timeout, String message) {
        if (timeout != null && System.currentTimeMillis() - start >= timeout) {
            throw new MilvusClientException(ErrorCode.CLIENT_ERROR, message);
        }
    }

    private static void pause(String what) {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MilvusClientException(ErrorCode.CLIENT_ERROR, "Interrupted while waiting for " + what);
        }
    }
}
