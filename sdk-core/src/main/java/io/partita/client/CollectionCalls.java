package io.partita.client;

import io.partita.exception.MilvusTransportException;
import io.partita.exception.WaitTimeoutException;
import io.partita.model.BoolResponse;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.FlushAllResponse;
import io.partita.model.FlushResponse;
import io.partita.model.GetCollectionStatisticsResponse;
import io.partita.model.GetFlushAllStateResponse;
import io.partita.model.GetFlushStateResponse;
import io.partita.model.GetLoadStateResponse;
import io.partita.model.GetLoadingProgressResponse;
import io.partita.model.LongArray;
import io.partita.model.ShowCollectionsResponse;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.DescribeCollectionParam;
import io.partita.param.collection.DropCollectionParam;
import io.partita.param.collection.FlushParam;
import io.partita.param.collection.GetCollectionStatisticsParam;
import io.partita.param.collection.GetLoadStateParam;
import io.partita.param.collection.GetLoadingProgressParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.collection.ReleaseCollectionParam;
import io.partita.param.collection.ShowCollectionsParam;
import io.partita.param.control.FlushAllParam;
import io.partita.param.control.GetFlushAllStateParam;
import io.partita.param.control.GetFlushStateParam;
import io.partita.transport.Operations;
import io.partita.transport.TransportFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Collection calls, including sync load and sync flush. Thread-safe. */
final class CollectionCalls {
    private final Invoker invoker;
    private final LoadWaiter loadWaiter;

    CollectionCalls(Invoker invoker) {
        this.invoker = invoker;
        this.loadWaiter = new LoadWaiter(invoker);
    }

    R<Boolean> has(HasCollectionParam p) {
        return Results.map(invoker.call(Operations.HAS_COLLECTION, p), BoolResponse::getValue);
    }

    R<RpcStatus> create(CreateCollectionParam p) {
        return Results.status(invoker.call(Operations.CREATE_COLLECTION, p));
    }

    R<RpcStatus> drop(DropCollectionParam p) {
        return Results.status(invoker.call(Operations.DROP_COLLECTION, p));
    }

    R<RpcStatus> load(LoadCollectionParam p) {
        R<RpcStatus> r = Results.status(invoker.call(Operations.LOAD_COLLECTION, p));
        return loadWaiter.afterLoad(r, p.getCollectionName(), List.of(), p);
    }

    R<RpcStatus> release(ReleaseCollectionParam p) {
        return Results.status(invoker.call(Operations.RELEASE_COLLECTION, p));
    }

    R<DescribeCollectionResponse> describe(DescribeCollectionParam p) {
        return invoker.call(Operations.DESCRIBE_COLLECTION, p);
    }

    R<GetCollectionStatisticsResponse> statistics(GetCollectionStatisticsParam p) {
        return invoker.call(Operations.GET_COLLECTION_STATISTICS, p);
    }

    R<ShowCollectionsResponse> show(ShowCollectionsParam p) {
        return invoker.call(Operations.SHOW_COLLECTIONS, p);
    }

    R<GetLoadingProgressResponse> loadingProgress(GetLoadingProgressParam p) {
        return invoker.call(Operations.GET_LOADING_PROGRESS, p);
    }

    R<GetLoadStateResponse> loadState(GetLoadStateParam p) {
        return invoker.call(Operations.GET_LOAD_STATE, p);
    }

    LoadWaiter loadWaiter() {
        return loadWaiter;
    }

    R<FlushResponse> flush(FlushParam p) {
        R<FlushResponse> r = invoker.call(Operations.FLUSH, p);
        if (!r.isSuccess() || !p.isSyncFlush()) {
            return r;
        }
        List<Long> segments = new ArrayList<>();
        for (LongArray ids : r.getData().getCollSegIDsMap().values()) {
            segments.addAll(ids.getDataList());
        }
        if (segments.isEmpty()) {
            return r;
        }
        R<Boolean> flushed = awaitFlush(
                segments,
                Duration.ofMillis(p.getSyncFlushWaitingInterval()),
                Duration.ofSeconds(p.getSyncFlushWaitingTimeout()),
                p.getCollectionNames());
        return flushed.isSuccess() ? r : Results.failure(flushed);
    }

    /**
     * FlushAll; with {@code sync}, asks GetFlushAllState every {@code intervalMs} until flushed or
     * {@code timeoutSeconds} pass (the official V1 client's {@code flushAll(boolean, long, long)}).
     */
    R<FlushAllResponse> flushAll(boolean sync, long intervalMs, long timeoutSeconds) {
        R<FlushAllResponse> r = invoker.call(Operations.FLUSH_ALL, FlushAllParam.INSTANCE);
        if (!r.isSuccess() || !sync) {
            return r;
        }
        ClientCore core = invoker.core();
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        long start = core.nanoClock.getAsLong();
        GetFlushAllStateParam state = GetFlushAllStateParam.newBuilder()
                .withFlushAllTs(r.getData().getFlushAllTs())
                .build();
        while (true) {
            R<GetFlushAllStateResponse> s = invoker.call(Operations.GET_FLUSH_ALL_STATE, state);
            if (!s.isSuccess()) {
                return Results.failure(s);
            }
            if (s.getData().getFlushed()) {
                return r;
            }
            long remaining = timeout.toNanos() - (core.nanoClock.getAsLong() - start);
            if (remaining <= 0) {
                return R.failed(new WaitTimeoutException("flush of all collections did not finish: timeout after "
                        + timeout.toMillis() + " ms (syncFlushAllTimeout)"));
            }
            try {
                core.sleeper.sleep(Duration.ofNanos(Math.min(Math.max(intervalMs, 1) * 1_000_000L, remaining)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return R.failed(new MilvusTransportException(
                        TransportFailure.CANCELLED, "interrupted while waiting for the flush of all collections", e));
            }
        }
    }

    private R<Boolean> awaitFlush(List<Long> segments, Duration interval, Duration timeout, List<String> names) {
        ClientCore core = invoker.core();
        long start = core.nanoClock.getAsLong();
        GetFlushStateParam state =
                GetFlushStateParam.newBuilder().withSegmentIDs(segments).build();
        while (true) {
            R<GetFlushStateResponse> r = invoker.call(Operations.GET_FLUSH_STATE, state);
            if (!r.isSuccess() || r.getData().getFlushed()) {
                return Results.map(r, GetFlushStateResponse::getFlushed);
            }
            long remaining = timeout.toNanos() - (core.nanoClock.getAsLong() - start);
            if (remaining <= 0) {
                return R.failed(new WaitTimeoutException("flush of collections " + names
                        + " did not finish: timeout after " + timeout.toMillis() + " ms (syncFlushWaitingTimeout)"));
            }
            try {
                core.sleeper.sleep(Duration.ofNanos(Math.min(interval.toNanos(), remaining)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return R.failed(new MilvusTransportException(
                        TransportFailure.CANCELLED, "interrupted while waiting for the flush of " + names, e));
            }
        }
    }
}
