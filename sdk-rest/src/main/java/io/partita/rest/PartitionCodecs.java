package io.partita.rest;

import com.google.gson.JsonObject;
import io.partita.model.GetPartitionStatisticsResponse;
import io.partita.model.ShowPartitionsResponse;
import io.partita.transport.Operations;

/** Codecs of the partition routes: {@code /partition}, {@code /partitions}, {@code /partitions/load}, ... */
final class PartitionCodecs {
    private PartitionCodecs() {}

    static void register(CodecTable t) {
        t.put(
                Operations.CREATE_PARTITION,
                (http, p, db) ->
                        JsonValues.statusOf(http.send(names(db, p.getCollectionName(), p.getPartitionName()))));
        t.put(
                Operations.DROP_PARTITION,
                (http, p, db) ->
                        JsonValues.statusOf(http.send(names(db, p.getCollectionName(), p.getPartitionName()))));
        t.put(
                Operations.HAS_PARTITION,
                (http, p, db) ->
                        CollectionCodecs.bool(http.send(names(db, p.getCollectionName(), p.getPartitionName()))));
        t.put(
                Operations.LOAD_PARTITIONS,
                (http, p, db) -> JsonValues.statusOf(http.send(Body.of(db)
                        .str("collection_name", p.getCollectionName())
                        .strs("partition_names", p.getPartitionNames())
                        .num("replica_number", p.getReplicaNumber())
                        .strs("load_fields", p.getLoadFields())
                        .bool("skip_load_dynamic_field", p.isSkipLoadDynamicField())
                        .strs("resource_groups", p.getResourceGroups())
                        .json())));
        t.put(
                Operations.RELEASE_PARTITIONS,
                (http, p, db) -> JsonValues.statusOf(http.send(Body.of(db)
                        .str("collection_name", p.getCollectionName())
                        .strs("partition_names", p.getPartitionNames())
                        .json())));
        t.put(Operations.GET_PARTITION_STATISTICS, (http, p, db) -> {
            JsonObject r = http.send(names(db, p.getCollectionName(), p.getPartitionName()));
            return GetPartitionStatisticsResponse.newBuilder()
                    .setStatus(JsonValues.status(r))
                    .addAllStats(JsonValues.pairs(r, "stats"))
                    .build();
        });
        t.put(Operations.SHOW_PARTITIONS, (http, p, db) -> {
            JsonObject r = http.send(Body.of(db)
                    .str("collection_name", p.getCollectionName())
                    .strs("partition_names", p.getPartitionNames())
                    .num("type", p.getShowType().getNumber())
                    .json());
            return ShowPartitionsResponse.newBuilder()
                    .setStatus(JsonValues.status(r))
                    .addAllPartitionNames(JsonValues.strs(r, "partition_names"))
                    .addAllPartitionIDs(JsonValues.longs(r, "partitionIDs"))
                    .addAllCreatedTimestamps(JsonValues.longs(r, "created_timestamps"))
                    .addAllCreatedUtcTimestamps(JsonValues.longs(r, "created_utc_timestamps"))
                    .addAllInMemoryPercentages(JsonValues.longs(r, "inMemory_percentages"))
                    .build();
        });
    }

    private static JsonObject names(String db, String collection, String partition) {
        return Body.of(db)
                .str("collection_name", collection)
                .str("partition_name", partition)
                .json();
    }
}
