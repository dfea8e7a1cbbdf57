package io.partita.grpc;

import io.partita.model.BoolResponse;
import io.partita.model.GetPartitionStatisticsResponse;
import io.partita.model.ShowPartitionsResponse;
import io.partita.transport.Operations;
import io.partita.wire.CreatePartitionRequest;
import io.partita.wire.DropPartitionRequest;
import io.partita.wire.GetPartitionStatisticsRequest;
import io.partita.wire.HasPartitionRequest;
import io.partita.wire.LoadPartitionsRequest;
import io.partita.wire.ReleasePartitionsRequest;
import io.partita.wire.ShowPartitionsRequest;

/** Codecs of the partition RPCs: create, drop, has, load, release, statistics, show. */
final class PartitionCodecs {
    private PartitionCodecs() {}

    static void register(CodecTable t) {
        t.put(
                Operations.CREATE_PARTITION,
                (stub, p, db) -> WireValues.status(stub.createPartition(CreatePartitionRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .setPartitionName(p.getPartitionName())
                        .build())));
        t.put(
                Operations.DROP_PARTITION,
                (stub, p, db) -> WireValues.status(stub.dropPartition(DropPartitionRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .setPartitionName(p.getPartitionName())
                        .build())));
        t.put(Operations.HAS_PARTITION, (stub, p, db) -> {
            io.partita.wire.BoolResponse r = stub.hasPartition(HasPartitionRequest.newBuilder()
                    .setDbName(db)
                    .setCollectionName(p.getCollectionName())
                    .setPartitionName(p.getPartitionName())
                    .build());
            return BoolResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setValue(r.getValue())
                    .build();
        });
        t.put(
                Operations.LOAD_PARTITIONS,
                (stub, p, db) -> WireValues.status(stub.loadPartitions(LoadPartitionsRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .addAllPartitionNames(p.getPartitionNames())
                        .setReplicaNumber(p.getReplicaNumber())
                        .addAllLoadFields(p.getLoadFields())
                        .setSkipLoadDynamicField(p.isSkipLoadDynamicField())
                        .addAllResourceGroups(p.getResourceGroups())
                        .build())));
        t.put(
                Operations.RELEASE_PARTITIONS,
                (stub, p, db) -> WireValues.status(stub.releasePartitions(ReleasePartitionsRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .addAllPartitionNames(p.getPartitionNames())
                        .build())));
        t.put(Operations.GET_PARTITION_STATISTICS, (stub, p, db) -> {
            io.partita.wire.GetPartitionStatisticsResponse r =
                    stub.getPartitionStatistics(GetPartitionStatisticsRequest.newBuilder()
                            .setDbName(db)
                            .setCollectionName(p.getCollectionName())
                            .setPartitionName(p.getPartitionName())
                            .build());
            return GetPartitionStatisticsResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .addAllStats(WireValues.pairs(r.getStatsList()))
                    .build();
        });
        t.put(Operations.SHOW_PARTITIONS, (stub, p, db) -> {
            io.partita.wire.ShowPartitionsResponse r = stub.showPartitions(ShowPartitionsRequest.newBuilder()
                    .setDbName(db)
                    .setCollectionName(p.getCollectionName())
                    .addAllPartitionNames(p.getPartitionNames())
                    .setTypeValue(p.getShowType().getNumber())
                    .build());
            return ShowPartitionsResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .addAllPartitionNames(r.getPartitionNamesList())
                    .addAllPartitionIDs(r.getPartitionIDsList())
                    .addAllCreatedTimestamps(r.getCreatedTimestampsList())
                    .addAllCreatedUtcTimestamps(r.getCreatedUtcTimestampsList())
                    .addAllInMemoryPercentages(r.getInMemoryPercentagesList())
                    .build();
        });
    }
}
