package io.partita.rest;

import com.google.gson.JsonObject;
import io.partita.model.CompactionMergeInfo;
import io.partita.model.CompactionState;
import io.partita.model.GetCompactionPlansResponse;
import io.partita.model.GetCompactionStateResponse;
import io.partita.model.GetFlushStateResponse;
import io.partita.model.GetMetricsResponse;
import io.partita.model.GetPersistentSegmentInfoResponse;
import io.partita.model.GetQuerySegmentInfoResponse;
import io.partita.model.GetReplicasResponse;
import io.partita.model.ManualCompactionResponse;
import io.partita.model.PersistentSegmentInfo;
import io.partita.model.QuerySegmentInfo;
import io.partita.model.ReplicaInfo;
import io.partita.model.SegmentState;
import io.partita.model.ShardReplica;
import io.partita.model.Status;
import io.partita.transport.Operations;

/** Codecs of the control and information routes: flush state, segments, replicas, metrics, load balance, compaction. */
final class InfoCodecs {
    private InfoCodecs() {}

    static void register(CodecTable t) {
        t.put(Operations.GET_FLUSH_STATE, (http, p, db) -> {
            JsonObject r =
                    http.send(Body.of(db).nums("segmentIDs", p.getSegmentIDs()).json());
            return GetFlushStateResponse.newBuilder()
                    .setStatus(JsonValues.status(r))
                    .setFlushed(JsonValues.bool(r, "flushed"))
                    .build();
        });
        t.put(Operations.GET_PERSISTENT_SEGMENT_INFO, (http, p, db) -> {
            JsonObject r = http.send(segmentInfoBody(db, p.getCollectionName()));
            GetPersistentSegmentInfoResponse.Builder b =
                    GetPersistentSegmentInfoResponse.newBuilder().setStatus(JsonValues.status(r));
            JsonValues.objs(r, "infos").forEach(i -> b.addInfos(persistent(i)));
            return b.build();
        });
        t.put(Operations.GET_QUERY_SEGMENT_INFO, (http, p, db) -> {
            JsonObject r = http.send(segmentInfoBody(db, p.getCollectionName()));
            GetQuerySegmentInfoResponse.Builder b =
                    GetQuerySegmentInfoResponse.newBuilder().setStatus(JsonValues.status(r));
            JsonValues.objs(r, "infos").forEach(i -> b.addInfos(query(i)));
            return b.build();
        });
        t.put(Operations.GET_REPLICAS, (http, p, db) -> {
            // Milvus 2.1 names the collection of GetReplicas by id only: describe it first, as the official SDKs do.
            JsonObject described = http.sendTo(
                    Operations.DESCRIBE_COLLECTION,
                    Body.of(db).str("collection_name", p.getCollectionName()).json());
            Status describeStatus = JsonValues.status(described);
            if (!describeStatus.isSuccess()) {
                return GetReplicasResponse.newBuilder()
                        .setStatus(describeStatus)
                        .build();
            }
            JsonObject r = http.send(Body.of(db)
                    .num("collectionID", JsonValues.lng(described, "collectionID"))
                    .str("collection_name", p.getCollectionName())
                    .bool("with_shard_nodes", true)
                    .json());
            GetReplicasResponse.Builder b = GetReplicasResponse.newBuilder().setStatus(JsonValues.status(r));
            JsonValues.objs(r, "replicas").forEach(i -> b.addReplicas(replica(i)));
            return b.build();
        });
        t.put(Operations.GET_METRICS, (http, p, db) -> {
            JsonObject r = http.send(Body.of("").str("request", p.getRequest()).json());
            return GetMetricsResponse.newBuilder()
                    .setStatus(JsonValues.status(r))
                    .setResponse(JsonValues.str(r, "response"))
                    .setComponentName(JsonValues.str(r, "component_name"))
                    .build();
        });
        t.put(
                Operations.LOAD_BALANCE,
                (http, p, db) -> JsonValues.statusOf(http.send(Body.of(db)
                        .num("src_nodeID", p.getSourceNodeID())
                        .nums("dst_nodeIDs", p.getDestinationNodeIDs())
                        .nums("sealed_segmentIDs", p.getSegmentIDs())
                        .json())));
        t.put(Operations.MANUAL_COMPACTION, (http, p, db) -> {
            JsonObject r = http.send(
                    Body.of(db).str("collection_name", p.getCollectionName()).json());
            return ManualCompactionResponse.newBuilder()
                    .setStatus(JsonValues.status(r))
                    .setCompactionID(JsonValues.lng(r, "compactionID"))
                    .build();
        });
        t.put(Operations.GET_COMPACTION_STATE, (http, p, db) -> {
            JsonObject r = http.send(
                    Body.of("").num("compactionID", p.getCompactionID()).json());
            GetCompactionStateResponse.Builder b = GetCompactionStateResponse.newBuilder()
                    .setStatus(JsonValues.status(r))
                    .setExecutingPlanNo(JsonValues.lng(r, "executingPlanNo"))
                    .setTimeoutPlanNo(JsonValues.lng(r, "timeoutPlanNo"))
                    .setCompletedPlanNo(JsonValues.lng(r, "completedPlanNo"))
                    .setFailedPlanNo(JsonValues.lng(r, "failedPlanNo"));
            CompactionState state = CompactionState.forNumber(JsonValues.integer(r, "state"));
            if (state != null) {
                b.setState(state);
            }
            return b.build();
        });
        t.put(Operations.GET_COMPACTION_PLANS, (http, p, db) -> {
            JsonObject r = http.send(
                    Body.of("").num("compactionID", p.getCompactionID()).json());
            GetCompactionPlansResponse.Builder b =
                    GetCompactionPlansResponse.newBuilder().setStatus(JsonValues.status(r));
            CompactionState state = CompactionState.forNumber(JsonValues.integer(r, "state"));
            if (state != null) {
                b.setState(state);
            }
            JsonValues.objs(r, "mergeInfos")
                    .forEach(m -> b.addMergeInfos(CompactionMergeInfo.newBuilder()
                            .addAllSources(JsonValues.longs(m, "sources"))
                            .setTarget(JsonValues.lng(m, "target"))
                            .build()));
            return b.build();
        });
    }

    /** The two segment-info requests spell their fields in camel case ({@code dbName}, {@code collectionName}). */
    private static JsonObject segmentInfoBody(String db, String collection) {
        return Body.of("").str("dbName", db).str("collectionName", collection).json();
    }

    private static PersistentSegmentInfo persistent(JsonObject i) {
        PersistentSegmentInfo.Builder b = PersistentSegmentInfo.newBuilder()
                .setSegmentID(JsonValues.lng(i, "segmentID"))
                .setCollectionID(JsonValues.lng(i, "collectionID"))
                .setPartitionID(JsonValues.lng(i, "partitionID"))
                .setNumRows(JsonValues.lng(i, "num_rows"));
        SegmentState state = SegmentState.forNumber(JsonValues.integer(i, "state"));
        if (state != null) {
            b.setState(state);
        }
        return b.build();
    }

    private static QuerySegmentInfo query(JsonObject i) {
        QuerySegmentInfo.Builder b = QuerySegmentInfo.newBuilder()
                .setSegmentID(JsonValues.lng(i, "segmentID"))
                .setCollectionID(JsonValues.lng(i, "collectionID"))
                .setPartitionID(JsonValues.lng(i, "partitionID"))
                .setMemSize(JsonValues.lng(i, "mem_size"))
                .setNumRows(JsonValues.lng(i, "num_rows"))
                .setIndexName(JsonValues.str(i, "index_name"))
                .setIndexID(JsonValues.lng(i, "indexID"))
                .setNodeID(JsonValues.lng(i, "nodeID"))
                .addAllNodeIds(JsonValues.longs(i, "nodeIds"));
        SegmentState state = SegmentState.forNumber(JsonValues.integer(i, "state"));
        if (state != null) {
            b.setState(state);
        }
        return b.build();
    }

    private static ReplicaInfo replica(JsonObject i) {
        ReplicaInfo.Builder b = ReplicaInfo.newBuilder()
                .setReplicaID(JsonValues.lng(i, "replicaID"))
                .setCollectionID(JsonValues.lng(i, "collectionID"))
                .addAllPartitionIds(JsonValues.longs(i, "partition_ids"))
                .addAllNodeIds(JsonValues.longs(i, "node_ids"))
                .setResourceGroupName(JsonValues.str(i, "resource_group_name"));
        JsonValues.objs(i, "shard_replicas")
                .forEach(s -> b.addShardReplicas(ShardReplica.newBuilder()
                        .setLeaderID(JsonValues.lng(s, "leaderID"))
                        .setLeaderAddr(JsonValues.str(s, "leader_addr"))
                        .setDmChannelName(JsonValues.str(s, "dm_channel_name"))
                        .addAllNodeIds(JsonValues.longs(s, "node_ids"))
                        .build()));
        return b.build();
    }
}
