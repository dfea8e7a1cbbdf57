package io.partita.server.grpc;

import io.grpc.ServerServiceDefinition;
import io.grpc.stub.StreamObserver;
import io.partita.server.auth.CredentialStore;
import io.partita.server.engine.Engine;
import io.partita.server.model.Profile;
import io.partita.wire.*;

/**
 * The {@code milvus.proto.milvus.MilvusService} face of the reference server: each RPC is
 * translated by its area's class into one {@link Engine} call, and the answer back. Business
 * errors travel as {@code common.Status} inside a successful call (see {@link Calls}); RPCs not
 * overridden here answer {@code UNIMPLEMENTED} naming the RPC (see {@link #definition()}).
 *
 * <p>Thread-safe: it holds no per-call state. It does not own the engine or the credential store.
 */
public final class MilvusServiceAdapter extends MilvusServiceGrpc.MilvusServiceImplBase {
    private final CollectionRpcs collections;
    private final PartitionRpcs partitions;
    private final AliasRpcs aliases;
    private final DmlRpcs dml;
    private final SearchRpcs search;
    private final IndexRpcs indexes;
    private final InfoRpcs info;
    private final AuthRpcs auth;

    /**
     * @param engine the engine every RPC is translated to
     * @param profile the lifecycle profile, for the version reported to clients
     * @param credentials the user store behind the credential RPCs
     */
    public MilvusServiceAdapter(Engine engine, Profile profile, CredentialStore credentials) {
        this.collections = new CollectionRpcs(engine);
        this.partitions = new PartitionRpcs(engine);
        this.aliases = new AliasRpcs(engine);
        this.dml = new DmlRpcs(engine);
        this.search = new SearchRpcs(engine);
        this.indexes = new IndexRpcs(engine);
        this.info = new InfoRpcs(engine, profile);
        this.auth = new AuthRpcs(credentials);
    }

    /**
     * The service to register: this adapter, UNIMPLEMENTED answers naming every other RPC, and the
     * {@code dbname} header read for the database check.
     */
    public ServerServiceDefinition definition() {
        return io.grpc.ServerInterceptors.intercept(
                UnimplementedRpcs.bind(this, MilvusServiceGrpc.MilvusServiceImplBase.class), Databases.INTERCEPTOR);
    }

    // ---- collections ----

    @Override
    public void createCollection(CreateCollectionRequest r, StreamObserver<Status> o) {
        Calls.status(o, "CreateCollection", () -> collections.create(r));
    }

    @Override
    public void dropCollection(DropCollectionRequest r, StreamObserver<Status> o) {
        Calls.status(o, "DropCollection", () -> collections.drop(r));
    }

    @Override
    public void hasCollection(HasCollectionRequest r, StreamObserver<BoolResponse> o) {
        Calls.unary(o, "HasCollection", () -> collections.has(r), CollectionRpcs::hasFailed);
    }

    @Override
    public void describeCollection(DescribeCollectionRequest r, StreamObserver<DescribeCollectionResponse> o) {
        Calls.unary(o, "DescribeCollection", () -> collections.describe(r), CollectionRpcs::describeFailed);
    }

    @Override
    public void showCollections(ShowCollectionsRequest r, StreamObserver<ShowCollectionsResponse> o) {
        Calls.unary(o, "ShowCollections", () -> collections.show(r), CollectionRpcs::showFailed);
    }

    @Override
    public void getCollectionStatistics(
            GetCollectionStatisticsRequest r, StreamObserver<GetCollectionStatisticsResponse> o) {
        Calls.unary(o, "GetCollectionStatistics", () -> collections.statistics(r), CollectionRpcs::statisticsFailed);
    }

    @Override
    public void loadCollection(LoadCollectionRequest r, StreamObserver<Status> o) {
        Calls.status(o, "LoadCollection", () -> collections.load(r));
    }

    @Override
    public void releaseCollection(ReleaseCollectionRequest r, StreamObserver<Status> o) {
        Calls.status(o, "ReleaseCollection", () -> collections.release(r));
    }

    // ---- partitions and load progress ----

    @Override
    public void createPartition(CreatePartitionRequest r, StreamObserver<Status> o) {
        Calls.status(o, "CreatePartition", () -> partitions.create(r));
    }

    @Override
    public void dropPartition(DropPartitionRequest r, StreamObserver<Status> o) {
        Calls.status(o, "DropPartition", () -> partitions.drop(r));
    }

    @Override
    public void hasPartition(HasPartitionRequest r, StreamObserver<BoolResponse> o) {
        Calls.unary(o, "HasPartition", () -> partitions.has(r), CollectionRpcs::hasFailed);
    }

    @Override
    public void showPartitions(ShowPartitionsRequest r, StreamObserver<ShowPartitionsResponse> o) {
        Calls.unary(o, "ShowPartitions", () -> partitions.show(r), PartitionRpcs::showFailed);
    }

    @Override
    public void getPartitionStatistics(
            GetPartitionStatisticsRequest r, StreamObserver<GetPartitionStatisticsResponse> o) {
        Calls.unary(o, "GetPartitionStatistics", () -> partitions.statistics(r), PartitionRpcs::statisticsFailed);
    }

    @Override
    public void loadPartitions(LoadPartitionsRequest r, StreamObserver<Status> o) {
        Calls.status(o, "LoadPartitions", () -> partitions.load(r));
    }

    @Override
    public void releasePartitions(ReleasePartitionsRequest r, StreamObserver<Status> o) {
        Calls.status(o, "ReleasePartitions", () -> partitions.release(r));
    }

    @Override
    public void getLoadingProgress(GetLoadingProgressRequest r, StreamObserver<GetLoadingProgressResponse> o) {
        Calls.unary(o, "GetLoadingProgress", () -> partitions.progress(r), PartitionRpcs::progressFailed);
    }

    @Override
    public void getLoadState(GetLoadStateRequest r, StreamObserver<GetLoadStateResponse> o) {
        Calls.unary(o, "GetLoadState", () -> partitions.state(r), PartitionRpcs::stateFailed);
    }

    // ---- aliases ----

    @Override
    public void createAlias(CreateAliasRequest r, StreamObserver<Status> o) {
        Calls.status(o, "CreateAlias", () -> aliases.create(r));
    }

    @Override
    public void dropAlias(DropAliasRequest r, StreamObserver<Status> o) {
        Calls.status(o, "DropAlias", () -> aliases.drop(r));
    }

    @Override
    public void alterAlias(AlterAliasRequest r, StreamObserver<Status> o) {
        Calls.status(o, "AlterAlias", () -> aliases.alter(r));
    }

    @Override
    public void describeAlias(DescribeAliasRequest r, StreamObserver<DescribeAliasResponse> o) {
        Calls.unary(o, "DescribeAlias", () -> aliases.describe(r), AliasRpcs::describeFailed);
    }

    @Override
    public void listAliases(ListAliasesRequest r, StreamObserver<ListAliasesResponse> o) {
        Calls.unary(o, "ListAliases", () -> aliases.list(r), AliasRpcs::listFailed);
    }

    // ---- data ----

    @Override
    public void insert(InsertRequest r, StreamObserver<MutationResult> o) {
        Calls.unary(o, "Insert", () -> dml.insert(r), DmlRpcs::mutationFailed);
    }

    @Override
    public void upsert(UpsertRequest r, StreamObserver<MutationResult> o) {
        Calls.unary(o, "Upsert", () -> dml.upsert(r), DmlRpcs::mutationFailed);
    }

    @Override
    public void delete(DeleteRequest r, StreamObserver<MutationResult> o) {
        Calls.unary(o, "Delete", () -> dml.delete(r), DmlRpcs::mutationFailed);
    }

    @Override
    public void flush(FlushRequest r, StreamObserver<FlushResponse> o) {
        Calls.unary(o, "Flush", () -> dml.flush(r), DmlRpcs::flushFailed);
    }

    @Override
    public void getFlushState(GetFlushStateRequest r, StreamObserver<GetFlushStateResponse> o) {
        Calls.unary(o, "GetFlushState", () -> dml.flushState(r), DmlRpcs::flushStateFailed);
    }

    // ---- indexes ----

    @Override
    public void createIndex(CreateIndexRequest r, StreamObserver<Status> o) {
        Calls.status(o, "CreateIndex", () -> indexes.create(r));
    }

    @Override
    public void describeIndex(DescribeIndexRequest r, StreamObserver<DescribeIndexResponse> o) {
        Calls.unary(o, "DescribeIndex", () -> indexes.describe(r), IndexRpcs::describeFailed);
    }

    @Override
    public void getIndexState(GetIndexStateRequest r, StreamObserver<GetIndexStateResponse> o) {
        Calls.unary(o, "GetIndexState", () -> indexes.state(r), IndexRpcs::stateFailed);
    }

    @Override
    public void getIndexBuildProgress(GetIndexBuildProgressRequest r, StreamObserver<GetIndexBuildProgressResponse> o) {
        Calls.unary(o, "GetIndexBuildProgress", () -> indexes.progress(r), IndexRpcs::progressFailed);
    }

    @Override
    public void dropIndex(DropIndexRequest r, StreamObserver<Status> o) {
        Calls.status(o, "DropIndex", () -> indexes.drop(r));
    }

    // ---- search and query ----

    @Override
    public void search(SearchRequest r, StreamObserver<SearchResults> o) {
        Calls.unary(o, "Search", () -> search.search(r), SearchRpcs::searchFailed);
    }

    @Override
    public void query(QueryRequest r, StreamObserver<QueryResults> o) {
        Calls.unary(o, "Query", () -> search.query(r), SearchRpcs::queryFailed);
    }

    // ---- server, introspection ----

    @Override
    public void connect(ConnectRequest r, StreamObserver<ConnectResponse> o) {
        Calls.unary(
                o,
                "Connect",
                info::connect,
                s -> ConnectResponse.newBuilder().setStatus(s).build());
    }

    @Override
    public void getVersion(GetVersionRequest r, StreamObserver<GetVersionResponse> o) {
        Calls.unary(
                o,
                "GetVersion",
                info::version,
                s -> GetVersionResponse.newBuilder().setStatus(s).build());
    }

    @Override
    public void checkHealth(CheckHealthRequest r, StreamObserver<CheckHealthResponse> o) {
        Calls.unary(
                o,
                "CheckHealth",
                info::health,
                s -> CheckHealthResponse.newBuilder().setStatus(s).build());
    }

    @Override
    public void allocTimestamp(AllocTimestampRequest r, StreamObserver<AllocTimestampResponse> o) {
        Calls.unary(
                o,
                "AllocTimestamp",
                info::allocTimestamp,
                s -> AllocTimestampResponse.newBuilder().setStatus(s).build());
    }

    @Override
    public void listDatabases(ListDatabasesRequest r, StreamObserver<ListDatabasesResponse> o) {
        Calls.unary(
                o,
                "ListDatabases",
                info::listDatabases,
                s -> ListDatabasesResponse.newBuilder().setStatus(s).build());
    }

    @Override
    public void describeDatabase(DescribeDatabaseRequest r, StreamObserver<DescribeDatabaseResponse> o) {
        Calls.unary(
                o,
                "DescribeDatabase",
                () -> info.describeDatabase(r),
                s -> DescribeDatabaseResponse.newBuilder().setStatus(s).build());
    }

    @Override
    public void getQuerySegmentInfo(GetQuerySegmentInfoRequest r, StreamObserver<GetQuerySegmentInfoResponse> o) {
        Calls.unary(
                o,
                "GetQuerySegmentInfo",
                () -> info.querySegments(r),
                s -> GetQuerySegmentInfoResponse.newBuilder().setStatus(s).build());
    }

    @Override
    public void getPersistentSegmentInfo(
            GetPersistentSegmentInfoRequest r, StreamObserver<GetPersistentSegmentInfoResponse> o) {
        Calls.unary(
                o,
                "GetPersistentSegmentInfo",
                () -> info.persistentSegments(r),
                s -> GetPersistentSegmentInfoResponse.newBuilder().setStatus(s).build());
    }

    @Override
    public void getReplicas(GetReplicasRequest r, StreamObserver<GetReplicasResponse> o) {
        Calls.unary(
                o,
                "GetReplicas",
                () -> info.replicas(r),
                s -> GetReplicasResponse.newBuilder().setStatus(s).build());
    }

    @Override
    public void getMetrics(GetMetricsRequest r, StreamObserver<GetMetricsResponse> o) {
        Calls.unary(
                o,
                "GetMetrics",
                () -> info.metrics(r),
                s -> GetMetricsResponse.newBuilder().setStatus(s).build());
    }

    // ---- credentials ----

    @Override
    public void createCredential(CreateCredentialRequest r, StreamObserver<Status> o) {
        Calls.status(o, "CreateCredential", () -> auth.create(r));
    }

    @Override
    public void updateCredential(UpdateCredentialRequest r, StreamObserver<Status> o) {
        Calls.status(o, "UpdateCredential", () -> auth.update(r));
    }

    @Override
    public void deleteCredential(DeleteCredentialRequest r, StreamObserver<Status> o) {
        Calls.status(o, "DeleteCredential", () -> auth.delete(r));
    }

    @Override
    public void listCredUsers(ListCredUsersRequest r, StreamObserver<ListCredUsersResponse> o) {
        Calls.unary(o, "ListCredUsers", auth::list, AuthRpcs::listFailed);
    }
}
