package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.unary;
import static io.partita.wire.MilvusServiceGrpc.getAllocTimestampMethod;
import static io.partita.wire.MilvusServiceGrpc.getCheckHealthMethod;
import static io.partita.wire.MilvusServiceGrpc.getConnectMethod;
import static io.partita.wire.MilvusServiceGrpc.getDescribeDatabaseMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetMetricsMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetPersistentSegmentInfoMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetQuerySegmentInfoMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetReplicasMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetVersionMethod;
import static io.partita.wire.MilvusServiceGrpc.getListDatabasesMethod;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.partita.server.auth.AccessControl;
import io.partita.server.auth.Caller;
import io.partita.server.engine.Engine;
import io.partita.server.model.CollectionInfo;
import io.partita.server.model.DatabaseInfo;
import io.partita.server.model.EngineException;
import io.partita.server.model.EngineState;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.Profile;
import io.partita.server.model.ReplicaInfo;
import io.partita.server.model.SegmentInfo;
import io.partita.wire.AllocTimestampResponse;
import io.partita.wire.CheckHealthResponse;
import io.partita.wire.ConnectResponse;
import io.partita.wire.DescribeDatabaseRequest;
import io.partita.wire.DescribeDatabaseResponse;
import io.partita.wire.GetMetricsRequest;
import io.partita.wire.GetMetricsResponse;
import io.partita.wire.GetPersistentSegmentInfoRequest;
import io.partita.wire.GetPersistentSegmentInfoResponse;
import io.partita.wire.GetQuerySegmentInfoRequest;
import io.partita.wire.GetQuerySegmentInfoResponse;
import io.partita.wire.GetReplicasRequest;
import io.partita.wire.GetReplicasResponse;
import io.partita.wire.GetVersionResponse;
import io.partita.wire.KeyValuePair;
import io.partita.wire.ListDatabasesResponse;
import io.partita.wire.PersistentSegmentInfo;
import io.partita.wire.QuerySegmentInfo;
import io.partita.wire.ServerInfo;
import io.partita.wire.ShardReplica;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Server-level RPCs: Connect, GetVersion, CheckHealth, AllocTimestamp, the default database
 * (ListDatabases, DescribeDatabase), segment and replica introspection, GetMetrics.
 */
final class InfoRpcs {
    /** Milvus timestamps are hybrid: physical milliseconds shifted left by this many logical bits. */
    private static final int LOGICAL_BITS = 18;

    private final Engine engine;
    private final String version;
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong lastTimestamp = new AtomicLong();

    /** Null unless RBAC is enforced: then ListDatabases shows each user only its databases. */
    private AccessControl access;

    /** ListDatabases lists, for each user, only the databases {@code access} lets it see (auth on). */
    InfoRpcs filteringDatabasesBy(AccessControl access) {
        this.access = access;
        return this;
    }

    InfoRpcs(Engine engine, Profile profile) {
        this.engine = engine;
        this.version = profile.milvusVersion();
    }

    /** The server-level RPCs' declarations; the first six are gRPC only, as in Milvus 2.1. */
    List<ServerRpc<?, ?>> rpcs() {
        return List.of(
                unary(getConnectMethod(), r -> {
                    ClientSdks.remember(r.getClientInfo());
                    return connect();
                }),
                unary(getGetVersionMethod(), r -> version()),
                unary(getCheckHealthMethod(), r -> health()),
                unary(getAllocTimestampMethod(), r -> allocTimestamp()),
                unary(getListDatabasesMethod(), r -> listDatabases()),
                unary(getDescribeDatabaseMethod(), this::describeDatabase),
                unary(getGetPersistentSegmentInfoMethod(), this::persistentSegments),
                unary(getGetQuerySegmentInfoMethod(), this::querySegments),
                unary(getGetReplicasMethod(), this::replicas),
                unary(getGetMetricsMethod(), this::metrics));
    }

    ConnectResponse connect() {
        ServerInfo info = ServerInfo.newBuilder()
                .setBuildTags(version)
                .setDeployMode("STANDALONE")
                .putReserved("server", "partita-reference-server")
                .build();
        return ConnectResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setServerInfo(info)
                .setIdentifier(connections.incrementAndGet())
                .build();
    }

    GetVersionResponse version() {
        return GetVersionResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setVersion(version)
                .build();
    }

    CheckHealthResponse health() {
        boolean open = engine.state() == EngineState.OPEN;
        CheckHealthResponse.Builder b =
                CheckHealthResponse.newBuilder().setStatus(Statuses.SUCCESS).setIsHealthy(open);
        if (!open) {
            b.addReasons("engine is " + engine.state());
        }
        return b.build();
    }

    AllocTimestampResponse allocTimestamp() {
        long ts = lastTimestamp.updateAndGet(prev -> Math.max(prev + 1, System.currentTimeMillis() << LOGICAL_BITS));
        return AllocTimestampResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setTimestamp(ts)
                .build();
    }

    ListDatabasesResponse listDatabases() {
        ListDatabasesResponse.Builder b = ListDatabasesResponse.newBuilder().setStatus(Statuses.SUCCESS);
        String user = access == null ? null : Caller.current();
        Set<String> visible = user == null ? null : access.databasesVisibleTo(user);
        for (DatabaseInfo d : engine.listDatabases()) {
            if (visible != null && !visible.contains(d.name())) {
                continue;
            }
            b.addDbNames(d.name()).addDbIds(d.id()).addCreatedTimestamp(d.createdTimestamp());
        }
        return b.build();
    }

    DescribeDatabaseResponse describeDatabase(DescribeDatabaseRequest r) {
        DatabaseInfo d = engine.describeDatabase(r.getDbName());
        DescribeDatabaseResponse.Builder b = DescribeDatabaseResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setDbName(d.name())
                .setDbID(d.id())
                .setCreatedTimestamp(d.createdTimestamp());
        d.properties()
                .forEach((k, v) ->
                        b.addProperties(KeyValuePair.newBuilder().setKey(k).setValue(v)));
        return b.build();
    }

    GetQuerySegmentInfoResponse querySegments(GetQuerySegmentInfoRequest r) {
        GetQuerySegmentInfoResponse.Builder b =
                GetQuerySegmentInfoResponse.newBuilder().setStatus(Statuses.SUCCESS);
        for (SegmentInfo s : engine.querySegmentInfo(r.getCollectionName())) {
            b.addInfos(QuerySegmentInfo.newBuilder()
                    .setSegmentID(s.segmentId())
                    .setCollectionID(s.collectionId())
                    .setPartitionID(s.partitionId())
                    .setMemSize(s.memSizeBytes())
                    .setNumRows(s.numRows())
                    .setIndexName(s.indexName() == null ? "" : s.indexName())
                    .setIndexID(s.indexId())
                    .setNodeID(s.nodeIds().isEmpty() ? 0 : s.nodeIds().get(0))
                    .addAllNodeIds(s.nodeIds())
                    .setStateValue(s.state()));
        }
        return b.build();
    }

    GetPersistentSegmentInfoResponse persistentSegments(GetPersistentSegmentInfoRequest r) {
        GetPersistentSegmentInfoResponse.Builder b =
                GetPersistentSegmentInfoResponse.newBuilder().setStatus(Statuses.SUCCESS);
        for (SegmentInfo s : engine.persistentSegmentInfo(r.getCollectionName())) {
            b.addInfos(PersistentSegmentInfo.newBuilder()
                    .setSegmentID(s.segmentId())
                    .setCollectionID(s.collectionId())
                    .setPartitionID(s.partitionId())
                    .setNumRows(s.numRows())
                    .setStateValue(s.state()));
        }
        return b.build();
    }

    GetReplicasResponse replicas(GetReplicasRequest r) {
        String name = r.getCollectionName();
        if (name.isEmpty()) {
            name = nameOf(r.getCollectionID());
        }
        GetReplicasResponse.Builder b = GetReplicasResponse.newBuilder().setStatus(Statuses.SUCCESS);
        List<ReplicaInfo> replicas = engine.replicas(name);
        List<String> channels = r.getWithShardNodes() && !replicas.isEmpty()
                ? engine.describeCollection(name).virtualChannels()
                : List.of();
        for (ReplicaInfo ri : replicas) {
            io.partita.wire.ReplicaInfo.Builder replica = io.partita.wire.ReplicaInfo.newBuilder()
                    .setReplicaID(ri.replicaId())
                    .setCollectionID(ri.collectionId())
                    .addAllPartitionIds(ri.partitionIds())
                    .addAllNodeIds(ri.nodeIds())
                    .setResourceGroupName(ri.resourceGroup());
            channels.forEach(channel -> replica.addShardReplicas(shard(ri, channel)));
            b.addReplicas(replica);
        }
        return b.build();
    }

    /**
     * One shard of a replica, as Milvus reports it when asked {@code with_shard_nodes}: the replica's
     * first query node leads every shard and all its nodes hold the shard's segments. The simulated
     * query nodes share the server's process, so {@code leader_addr} is left empty.
     */
    private static ShardReplica shard(ReplicaInfo replica, String channel) {
        ShardReplica.Builder shard =
                ShardReplica.newBuilder().setDmChannelName(channel).addAllNodeIds(replica.nodeIds());
        if (!replica.nodeIds().isEmpty()) {
            shard.setLeaderID(replica.nodeIds().get(0));
        }
        return shard.build();
    }

    private String nameOf(long collectionId) {
        List<CollectionInfo> all = engine.showCollections(List.of(), false);
        for (CollectionInfo c : all) {
            if (c.collectionId() == collectionId) {
                return c.name();
            }
        }
        throw EngineException.of(
                ErrorCodes.COLLECTION_NOT_EXISTS,
                ErrorCodes.CODE_COLLECTION_NOT_FOUND,
                "can't find collection: " + collectionId);
    }

    GetMetricsResponse metrics(GetMetricsRequest r) {
        String type;
        try {
            JsonElement e = JsonParser.parseString(r.getRequest());
            JsonElement t = e.isJsonObject() ? e.getAsJsonObject().get("metric_type") : null;
            type = t == null || !t.isJsonPrimitive() ? null : t.getAsString();
        } catch (JsonParseException e) {
            throw Statuses.invalid("metrics request [" + r.getRequest() + "] is not valid JSON");
        }
        if (type == null) {
            throw Statuses.invalid("metric_type not found in metrics request [" + r.getRequest() + "]");
        }
        if (!"system_info".equals(type)) {
            throw Statuses.invalid("unsupported metric type: " + type);
        }
        return GetMetricsResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setResponse(engine.systemInfoJson())
                .setComponentName("partita-reference-server")
                .build();
    }
}
