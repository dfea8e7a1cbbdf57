package io.partita.v2.client;

import io.partita.param.alias.AlterAliasParam;
import io.partita.param.alias.CreateAliasParam;
import io.partita.param.alias.DropAliasParam;
import io.partita.param.collection.FlushParam;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.utility.request.AlterAliasReq;
import io.partita.v2.service.utility.request.CreateAliasReq;
import io.partita.v2.service.utility.request.DropAliasReq;
import io.partita.v2.service.utility.request.FlushReq;

/** Flush and alias calls of {@link MilvusClientV2}, and the answer for calls Partita's client lacks. */
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
