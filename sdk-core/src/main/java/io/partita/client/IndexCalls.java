package io.partita.client;

import io.partita.exception.MilvusTransportException;
import io.partita.exception.WaitTimeoutException;
import io.partita.model.DescribeIndexResponse;
import io.partita.model.ErrorCode;
import io.partita.model.GetIndexBuildProgressResponse;
import io.partita.model.GetIndexStateResponse;
import io.partita.model.IndexState;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.index.CreateIndexParam;
import io.partita.param.index.DescribeIndexParam;
import io.partita.param.index.DropIndexParam;
import io.partita.param.index.GetIndexBuildProgressParam;
import io.partita.param.index.GetIndexStateParam;
import io.partita.transport.Operations;
import io.partita.transport.TransportFailure;
import java.time.Duration;

/** Index calls, including waiting for a build in sync mode. Thread-safe. */
final class IndexCalls {
    private final Invoker invoker;

    IndexCalls(Invoker invoker) {
        this.invoker = invoker;
    }

    R<RpcStatus> create(CreateIndexParam p) {
        R<RpcStatus> r = Results.status(invoker.call(Operations.CREATE_INDEX, p));
        if (!r.isSuccess() || !p.isSyncMode()) {
            return r;
        }
        return awaitBuild(p);
    }

    private R<RpcStatus> awaitBuild(CreateIndexParam p) {
        ClientCore core = invoker.core();
        Duration timeout = Duration.ofSeconds(p.getSyncWaitingTimeout());
        long start = core.nanoClock.getAsLong();
        GetIndexStateParam state = GetIndexStateParam.newBuilder()
                .withCollectionName(p.getCollectionName())
                .withFieldName(p.getFieldName())
                .withIndexName(p.getIndexName())
                .build();
        while (true) {
            R<GetIndexStateResponse> r = invoker.call(Operations.GET_INDEX_STATE, state);
            if (!r.isSuccess()) {
                return Results.failure(r);
            }
            IndexState s = r.getData().getState();
            if (s == IndexState.Finished) {
                return R.success();
            }
            if (s == IndexState.Failed) {
                return R.failed(
                        ErrorCode.UnexpectedError,
                        "index build failed: " + r.getData().getFailReason());
            }
            long remaining = timeout.toNanos() - (core.nanoClock.getAsLong() - start);
            if (remaining <= 0) {
                return R.failed(new WaitTimeoutException("index build on " + p.getCollectionName() + "."
                        + p.getFieldName() + " did not finish: timeout after " + timeout.toMillis()
                        + " ms (syncWaitingTimeout), state " + s));
            }
            try {
                core.sleeper.sleep(Duration.ofNanos(Math.min(p.getSyncWaitingInterval() * 1_000_000L, remaining)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return R.failed(new MilvusTransportException(
                        TransportFailure.CANCELLED,
                        "interrupted while waiting for the index build on " + p.getCollectionName(),
                        e));
            }
        }
    }

    R<RpcStatus> drop(DropIndexParam p) {
        return Results.status(invoker.call(Operations.DROP_INDEX, p));
    }

    R<DescribeIndexResponse> describe(DescribeIndexParam p) {
        return invoker.call(Operations.DESCRIBE_INDEX, p);
    }

    R<GetIndexStateResponse> state(GetIndexStateParam p) {
        return invoker.call(Operations.GET_INDEX_STATE, p);
    }

    R<GetIndexBuildProgressResponse> buildProgress(GetIndexBuildProgressParam p) {
        return invoker.call(Operations.GET_INDEX_BUILD_PROGRESS, p);
    }
}
