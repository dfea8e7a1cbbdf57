package io.partita.cli;

import io.partita.model.CompactionMergeInfo;
import io.partita.model.GetCompactionPlansResponse;
import io.partita.model.GetCompactionStateResponse;
import io.partita.model.PersistentSegmentInfo;
import io.partita.param.control.GetCompactionPlansParam;
import io.partita.param.control.GetCompactionStateParam;
import io.partita.param.control.GetFlushStateParam;
import io.partita.param.control.GetPersistentSegmentInfoParam;
import io.partita.param.control.ManualCompactionParam;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * milvus_cli 1.x's compaction and flush-state commands: {@code compact -c C}, {@code show compaction_state -id ID},
 * {@code show compaction_plans -c C -id ID} and {@code show flush_state -c C} (forms read in zilliztech/milvus_cli
 * {@code milvus_cli/scripts/collection_client_cli.py}). milvus_cli answers {@code show flush_state} from
 * FlushAllState; Partita asks GetFlushState about the collection's persisted segments, which is the
 * per-collection answer the command names.
 */
final class CompactionCommands {
    private CompactionCommands() {}

    /** {@code compact -c C}: starts a compaction and prints its id. */
    @Command(
            name = "compact",
            description = "Compact a collection's segments (deleted rows go); prints the compaction id.")
    static final class Compact extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(
                names = {"-t", "--timeout"},
                paramLabel = "SECONDS",
                description = "Accepted as milvus_cli does; the global --timeout applies.")
        Double ignoredTimeout;

        @Override
        int run(Session session) {
            long id = session.client()
                    .manualCompaction(ManualCompactionParam.newBuilder()
                            .withCollectionName(collection)
                            .build())
                    .orThrow()
                    .getCompactionID();
            output().done(
                            "Compact collection " + collection + " successfully! Compaction id: " + id,
                            java.util.Map.of("compaction_id", id));
            return ExitCodes.OK;
        }
    }

    /** {@code show compaction_state -id ID}. */
    @Command(name = "compaction_state", description = "Show the state of a compaction and its plan counts.")
    static final class State extends SessionCommand {
        @Option(
                names = {"-id", "--compaction-id"},
                required = true,
                paramLabel = "ID",
                description = "The compaction id that compact printed.")
        long compactionId;

        @Override
        int run(Session session) {
            GetCompactionStateResponse s = session.client()
                    .getCompactionState(GetCompactionStateParam.newBuilder()
                            .withCompactionID(compactionId)
                            .build())
                    .orThrow();
            output().table(
                            List.of("compaction_id", "state", "executing", "completed", "failed", "timeout"),
                            List.of(List.of(
                                    compactionId,
                                    s.getState(),
                                    s.getExecutingPlanNo(),
                                    s.getCompletedPlanNo(),
                                    s.getFailedPlanNo(),
                                    s.getTimeoutPlanNo())));
            return ExitCodes.OK;
        }
    }

    /** {@code show compaction_plans -c C -id ID}: each plan's source segments and target. */
    @Command(name = "compaction_plans", description = "Show a compaction's plans: source segments and target segment.")
    static final class Plans extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection (as milvus_cli asks; the id names the compaction).")
        String collection;

        @Option(
                names = {"-id", "--compaction-id"},
                required = true,
                paramLabel = "ID",
                description = "The compaction id that compact printed.")
        long compactionId;

        @Override
        int run(Session session) {
            GetCompactionPlansResponse plans = session.client()
                    .getCompactionStateWithPlans(GetCompactionPlansParam.newBuilder()
                            .withCompactionID(compactionId)
                            .build())
                    .orThrow();
            List<List<Object>> rows = new ArrayList<>();
            for (CompactionMergeInfo m : plans.getMergeInfosList()) {
                rows.add(List.of(plans.getState(), m.getSourcesList().toString(), m.getTarget()));
            }
            output().table(List.of("state", "sources", "target"), rows);
            return ExitCodes.OK;
        }
    }

    /** {@code show flush_state -c C}: whether every persisted segment of the collection is flushed. */
    @Command(name = "flush_state", description = "Show whether a collection's segments are flushed.")
    static final class FlushState extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Override
        int run(Session session) {
            List<Long> segments = new ArrayList<>();
            for (PersistentSegmentInfo s : session.client()
                    .getPersistentSegmentInfo(GetPersistentSegmentInfoParam.newBuilder()
                            .withCollectionName(collection)
                            .build())
                    .orThrow()
                    .getInfosList()) {
                segments.add(s.getSegmentID());
            }
            boolean flushed = session.client()
                    .getFlushState(GetFlushStateParam.newBuilder()
                            .withSegmentIDs(segments)
                            .build())
                    .orThrow()
                    .getFlushed();
            output().table(
                            List.of("collection", "segments", "flushed"),
                            List.of(List.of(collection, segments.size(), flushed)));
            return ExitCodes.OK;
        }
    }
}
