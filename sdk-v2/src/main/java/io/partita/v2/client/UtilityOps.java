package io.partita.v2.client;

import io.partita.model.CheckHealthResponse;
import io.partita.model.DescribeAliasResponse;
import io.partita.model.FlushAllResponse;
import io.partita.model.GetCompactionStateResponse;
import io.partita.model.ListAliasesResponse;
import io.partita.param.alias.AlterAliasParam;
import io.partita.param.alias.CreateAliasParam;
import io.partita.param.alias.DescribeAliasParam;
import io.partita.param.alias.DropAliasParam;
import io.partita.param.alias.ListAliasesParam;
import io.partita.param.collection.FlushParam;
import io.partita.param.control.GetCompactionStateParam;
import io.partita.param.control.GetFlushAllStateParam;
import io.partita.param.control.ManualCompactionParam;
import io.partita.v2.common.CompactionState;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.utility.request.AlterAliasReq;
import io.partita.v2.service.utility.request.CompactReq;
import io.partita.v2.service.utility.request.CreateAliasReq;
import io.partita.v2.service.utility.request.DescribeAliasReq;
import io.partita.v2.service.utility.request.DropAliasReq;
import io.partita.v2.service.utility.request.FlushAllReq;
import io.partita.v2.service.utility.request.FlushReq;
import io.partita.v2.service.utility.request.GetCompactionStateReq;
import io.partita.v2.service.utility.request.GetFlushAllStateReq;
import io.partita.v2.service.utility.request.ListAliasesReq;
import io.partita.v2.service.utility.response.CheckHealthResp;
import io.partita.v2.service.utility.response.CompactResp;
import io.partita.v2.service.utility.response.DescribeAliasResp;
import io.partita.v2.service.utility.response.FlushAllResp;
import io.partita.v2.service.utility.response.GetCompactionStateResp;
import io.partita.v2.service.utility.response.GetFlushAllStateResp;
import io.partita.v2.service.utility.response.GetServerVersionResp;
import io.partita.v2.service.utility.response.ListAliasResp;
import java.util.ArrayList;
import java.util.List;

/** Flush, alias and compaction calls of {@link MilvusClientV2}, and the answer for calls Partita's client lacks. */
final class UtilityOps {
    private UtilityOps() {}

    /** Waits for the flush: {@code waitFlushedTimeoutMs} 0 means sdk-core's longest wait (300 s). */
    static void flush(Session s, FlushReq r) {
        s.checkDatabase(r.getDatabaseName());
        long seconds = r.getWaitFlushedTimeoutMs() == 0
                ? 300
                : Waits.seconds(r.getWaitFlushedTimeoutMs(), 300, "FlushReq.waitFlushedTimeoutMs");
        Failures.orThrow(s.v1.flush(Failures.params(() -> FlushParam.newBuilder()
                .withCollectionNames(r.getCollectionNames())
                .withSyncFlush(true)
                .withSyncFlushWaitingTimeout(seconds)
                .build())));
    }

    /**
     * FlushAll, then waits as the official client does: GetFlushAllState until flushed, failing
     * with {@code CLIENT_ERROR} past {@code waitFlushedTimeoutMs} (0: no limit).
     */
    static FlushAllResp flushAll(Session s, FlushAllReq r) {
        s.checkDatabase(r.getDatabaseName());
        long timeoutMs = r.getWaitFlushedTimeoutMs();
        FlushAllResponse a = Failures.orThrow(s.v1.flushAll(false, 0, 0));
        long start = System.nanoTime();
        GetFlushAllStateParam state = GetFlushAllStateParam.newBuilder()
                .withFlushAllTs(a.getFlushAllTs())
                .build();
        while (!Failures.orThrow(s.v1.getFlushAllState(state)).getFlushed()) {
            if (timeoutMs > 0 && (System.nanoTime() - start) / 1_000_000L > timeoutMs) {
                // the official client's text (UtilityService.waitFlushAll)
                throw new MilvusClientException(
                        ErrorCode.CLIENT_ERROR, "wait for flush all timeout, flush_all_ts: " + a.getFlushAllTs());
            }
            try {
                Thread.sleep(Math.min(500, timeoutMs > 0 ? timeoutMs : 500));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MilvusClientException(ErrorCode.CLIENT_ERROR, "Interrupted while waiting for flush all");
            }
        }
        return FlushAllResp.builder().flushAllTs(a.getFlushAllTs()).build();
    }

    static GetFlushAllStateResp getFlushAllState(Session s, GetFlushAllStateReq r) {
        s.checkDatabase(r.getDatabaseName());
        boolean flushed = Failures.orThrow(
                        s.v1.getFlushAllState(Failures.params(() -> GetFlushAllStateParam.newBuilder()
                                .withFlushAllTs(r.getFlushAllTs())
                                .build())))
                .getFlushed();
        return GetFlushAllStateResp.builder().flushed(flushed).build();
    }

    static void createAlias(Session s, CreateAliasReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.createAlias(Failures.params(() -> CreateAliasParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withAlias(r.getAlias())
                .build())));
    }

    static void alterAlias(Session s, AlterAliasReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.alterAlias(Failures.params(() -> AlterAliasParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withAlias(r.getAlias())
                .build())));
    }

    static void dropAlias(Session s, DropAliasReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.dropAlias(Failures.params(
                () -> DropAliasParam.newBuilder().withAlias(r.getAlias()).build())));
    }

    static DescribeAliasResp describeAlias(Session s, DescribeAliasReq r) {
        s.checkDatabase(r.getDatabaseName());
        DescribeAliasResponse a = Failures.orThrow(s.v1.describeAlias(Failures.params(
                () -> DescribeAliasParam.newBuilder().withAlias(r.getAlias()).build())));
        return DescribeAliasResp.builder()
                .databaseName(a.getDbName().isEmpty() ? s.dbName : a.getDbName())
                .collectionName(a.getCollection())
                .alias(a.getAlias())
                .build();
    }

    static ListAliasResp listAliases(Session s, ListAliasesReq r) {
        s.checkDatabase(r.getDatabaseName());
        ListAliasesResponse a = Failures.orThrow(s.v1.listAliases(Failures.params(() -> ListAliasesParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .build())));
        return ListAliasResp.builder()
                .collectionName(a.getCollectionName().isEmpty() ? r.getCollectionName() : a.getCollectionName())
                .alias(a.getAliasesList())
                .build();
    }

    /** A plain (mix) compaction; clustering and L0 compactions are refused before sending. */
    static CompactResp compact(Session s, CompactReq r) {
        s.checkDatabase(r.getDatabaseName());
        if (Boolean.TRUE.equals(r.getIsClustering()) || Boolean.TRUE.equals(r.getIsL0())) {
            throw Checks.invalid("CompactReq.isClustering/isL0: Partita's client sends plain compactions only");
        }
        long id = Failures.orThrow(s.v1.manualCompaction(Failures.params(() -> ManualCompactionParam.newBuilder()
                        .withCollectionName(r.getCollectionName())
                        .build())))
                .getCompactionID();
        return CompactResp.builder().compactionID(id).build();
    }

    static GetCompactionStateResp getCompactionState(Session s, GetCompactionStateReq r) {
        GetCompactionStateResponse a =
                Failures.orThrow(s.v1.getCompactionState(Failures.params(() -> GetCompactionStateParam.newBuilder()
                        .withCompactionID(r.getCompactionID())
                        .build())));
        return GetCompactionStateResp.builder()
                .state(CompactionState.valueOf(a.getState().name()))
                .executingPlanNo(a.getExecutingPlanNo())
                .timeoutPlanNo(a.getTimeoutPlanNo())
                .completedPlanNo(a.getCompletedPlanNo())
                .build();
    }

    /** GetVersion, through sdk-core's one operation for it. */
    static GetServerVersionResp serverVersion(Session s) {
        return GetServerVersionResp.builder()
                .version(Failures.orThrow(s.v1.getVersion()).getVersion())
                .build();
    }

    /** CheckHealth: the quota states by their names, as the official client gives them. */
    static CheckHealthResp checkHealth(Session s) {
        CheckHealthResponse a = Failures.orThrow(s.v1.checkHealth());
        List<String> states = new ArrayList<>();
        a.getQuotaStatesList().forEach(q -> states.add(q.name()));
        return CheckHealthResp.builder()
                .isHealthy(a.getIsHealthy())
                .reasons(a.getReasonsList())
                .quotaStates(states)
                .build();
    }

    /**
     * The failure of a call whose RPC Partita's client does not send yet: RPC_ERROR with the
     * UNIMPLEMENTED status name, as the official client reports an RPC the server lacks.
     */
    static MilvusClientException unimplemented(String rpc) {
        return new MilvusClientException(
                ErrorCode.RPC_ERROR,
                "UNIMPLEMENTED: " + rpc + " is not sent by Partita's client (sdk-core has no " + rpc + " operation)");
    }
}
