package io.partita.client;

import io.partita.model.BoolResponse;
import io.partita.model.GetPartitionStatisticsResponse;
import io.partita.model.ShowPartitionsResponse;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.DropPartitionParam;
import io.partita.param.partition.GetPartitionStatisticsParam;
import io.partita.param.partition.HasPartitionParam;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.transport.Operations;

/** Partition calls, including sync load. Thread-safe. */
final class PartitionCalls {
    private final Invoker invoker;
    private final LoadWaiter loadWaiter;

    PartitionCalls(Invoker invoker, LoadWaiter loadWaiter) {
        this.invoker = invoker;
        this.loadWaiter = loadWaiter;
    }

    R<RpcStatus> create(CreatePartitionParam p) {
        return Results.status(invoker.call(Operations.CREATE_PARTITION, p));
    }

    R<RpcStatus> drop(DropPartitionParam p) {
        return Results.status(invoker.call(Operations.DROP_PARTITION, p));
    }

    R<Boolean> has(HasPartitionParam p) {
        return Results.map(invoker.call(Operations.HAS_PARTITION, p), BoolResponse::getValue);
    }

    R<RpcStatus> load(LoadPartitionsParam p) {
        R<RpcStatus> r = Results.status(invoker.call(Operations.LOAD_PARTITIONS, p));
        return loadWaiter.afterLoad(r, p.getCollectionName(), p.getPartitionNames(), p);
    }

    R<GetPartitionStatisticsResponse> statistics(GetPartitionStatisticsParam p) {
        return invoker.call(Operations.GET_PARTITION_STATISTICS, p);
    }

    R<ShowPartitionsResponse> show(ShowPartitionsParam p) {
        return invoker.call(Operations.SHOW_PARTITIONS, p);
    }
}
