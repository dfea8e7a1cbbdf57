package io.partita.client;

import io.partita.model.GetCompactionPlansResponse;
import io.partita.model.GetCompactionStateResponse;
import io.partita.model.GetFlushStateResponse;
import io.partita.model.GetMetricsResponse;
import io.partita.model.GetPersistentSegmentInfoResponse;
import io.partita.model.GetQuerySegmentInfoResponse;
import io.partita.model.GetReplicasResponse;
import io.partita.model.ListCredUsersResponse;
import io.partita.model.ManualCompactionResponse;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.alias.AlterAliasParam;
import io.partita.param.alias.CreateAliasParam;
import io.partita.param.alias.DropAliasParam;
import io.partita.param.control.GetCompactionPlansParam;
import io.partita.param.control.GetCompactionStateParam;
import io.partita.param.control.GetFlushStateParam;
import io.partita.param.control.GetMetricsParam;
import io.partita.param.control.GetPersistentSegmentInfoParam;
import io.partita.param.control.GetQuerySegmentInfoParam;
import io.partita.param.control.GetReplicasParam;
import io.partita.param.control.LoadBalanceParam;
import io.partita.param.control.ManualCompactionParam;
import io.partita.param.credential.CreateCredentialParam;
import io.partita.param.credential.DeleteCredentialParam;
import io.partita.param.credential.ListCredUsersParam;
import io.partita.param.credential.UpdateCredentialParam;
import io.partita.transport.Operations;

/** Alias, credential and control calls: plain request/answer, no client-side logic. Thread-safe. */
final class ControlCalls {
    private final Invoker invoker;

    ControlCalls(Invoker invoker) {
        this.invoker = invoker;
    }

    R<RpcStatus> createAlias(CreateAliasParam p) {
        return Results.status(invoker.call(Operations.CREATE_ALIAS, p));
    }

    R<RpcStatus> dropAlias(DropAliasParam p) {
        return Results.status(invoker.call(Operations.DROP_ALIAS, p));
    }

    R<RpcStatus> alterAlias(AlterAliasParam p) {
        return Results.status(invoker.call(Operations.ALTER_ALIAS, p));
    }

    R<GetFlushStateResponse> flushState(GetFlushStateParam p) {
        return invoker.call(Operations.GET_FLUSH_STATE, p);
    }

    R<GetPersistentSegmentInfoResponse> persistentSegments(GetPersistentSegmentInfoParam p) {
        return invoker.call(Operations.GET_PERSISTENT_SEGMENT_INFO, p);
    }

    R<GetQuerySegmentInfoResponse> querySegments(GetQuerySegmentInfoParam p) {
        return invoker.call(Operations.GET_QUERY_SEGMENT_INFO, p);
    }

    R<GetReplicasResponse> replicas(GetReplicasParam p) {
        return invoker.call(Operations.GET_REPLICAS, p);
    }

    R<GetMetricsResponse> metrics(GetMetricsParam p) {
        return invoker.call(Operations.GET_METRICS, p);
    }

    R<RpcStatus> loadBalance(LoadBalanceParam p) {
        return Results.status(invoker.call(Operations.LOAD_BALANCE, p));
    }

    R<GetCompactionStateResponse> compactionState(GetCompactionStateParam p) {
        return invoker.call(Operations.GET_COMPACTION_STATE, p);
    }

    R<ManualCompactionResponse> manualCompaction(ManualCompactionParam p) {
        return invoker.call(Operations.MANUAL_COMPACTION, p);
    }

    R<GetCompactionPlansResponse> compactionPlans(GetCompactionPlansParam p) {
        return invoker.call(Operations.GET_COMPACTION_PLANS, p);
    }

    R<RpcStatus> createCredential(CreateCredentialParam p) {
        return Results.status(invoker.call(Operations.CREATE_CREDENTIAL, p));
    }

    R<RpcStatus> updateCredential(UpdateCredentialParam p) {
        return Results.status(invoker.call(Operations.UPDATE_CREDENTIAL, p));
    }

    R<RpcStatus> deleteCredential(DeleteCredentialParam p) {
        return Results.status(invoker.call(Operations.DELETE_CREDENTIAL, p));
    }

    R<ListCredUsersResponse> listCredUsers(ListCredUsersParam p) {
        return invoker.call(Operations.LIST_CRED_USERS, p);
    }
}
