package io.partita.client;

import io.partita.model.BatchDescribeCollectionResponse;
import io.partita.model.CalcDistanceResults;
import io.partita.model.CheckHealthResponse;
import io.partita.model.DescribeAliasResponse;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.DescribeDatabaseResponse;
import io.partita.model.DescribeIndexResponse;
import io.partita.model.DescribeResourceGroupResponse;
import io.partita.model.FlushAllResponse;
import io.partita.model.FlushResponse;
import io.partita.model.GetCollectionStatisticsResponse;
import io.partita.model.GetCompactionPlansResponse;
import io.partita.model.GetCompactionStateResponse;
import io.partita.model.GetFlushAllStateResponse;
import io.partita.model.GetFlushStateResponse;
import io.partita.model.GetIndexBuildProgressResponse;
import io.partita.model.GetIndexStateResponse;
import io.partita.model.GetLoadStateResponse;
import io.partita.model.GetLoadingProgressResponse;
import io.partita.model.GetMetricsResponse;
import io.partita.model.GetPartitionStatisticsResponse;
import io.partita.model.GetPersistentSegmentInfoResponse;
import io.partita.model.GetQuerySegmentInfoResponse;
import io.partita.model.GetReplicasResponse;
import io.partita.model.GetVersionResponse;
import io.partita.model.ListAliasesResponse;
import io.partita.model.ListCredUsersResponse;
import io.partita.model.ListDatabasesResponse;
import io.partita.model.ListPrivilegeGroupsResponse;
import io.partita.model.ListResourceGroupsResponse;
import io.partita.model.ManualCompactionResponse;
import io.partita.model.MutationResult;
import io.partita.model.QueryResults;
import io.partita.model.RunAnalyzerResponse;
import io.partita.model.SearchResults;
import io.partita.model.SelectGrantResponse;
import io.partita.model.SelectRoleResponse;
import io.partita.model.SelectUserResponse;
import io.partita.model.ShowCollectionsResponse;
import io.partita.model.ShowPartitionsResponse;
import io.partita.param.ConnectParam;
import io.partita.param.ParamUtils;
import io.partita.param.R;
import io.partita.param.RetryParam;
import io.partita.param.RpcStatus;
import io.partita.param.alias.AlterAliasParam;
import io.partita.param.alias.CreateAliasParam;
import io.partita.param.alias.DescribeAliasParam;
import io.partita.param.alias.DropAliasParam;
import io.partita.param.alias.ListAliasesParam;
import io.partita.param.collection.AddCollectionFieldParam;
import io.partita.param.collection.AddCollectionFunctionParam;
import io.partita.param.collection.AlterCollectionFieldParam;
import io.partita.param.collection.AlterCollectionFunctionParam;
import io.partita.param.collection.AlterCollectionParam;
import io.partita.param.collection.AlterDatabaseParam;
import io.partita.param.collection.BatchDescribeCollectionParam;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.CreateDatabaseParam;
import io.partita.param.collection.DescribeCollectionParam;
import io.partita.param.collection.DescribeDatabaseParam;
import io.partita.param.collection.DropCollectionFunctionParam;
import io.partita.param.collection.DropCollectionParam;
import io.partita.param.collection.DropDatabaseParam;
import io.partita.param.collection.FlushParam;
import io.partita.param.collection.GetCollectionStatisticsParam;
import io.partita.param.collection.GetLoadStateParam;
import io.partita.param.collection.GetLoadingProgressParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.collection.ListDatabasesParam;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.collection.ReleaseCollectionParam;
import io.partita.param.collection.RenameCollectionParam;
import io.partita.param.collection.ShowCollectionsParam;
import io.partita.param.collection.TruncateCollectionParam;
import io.partita.param.control.CheckHealthParam;
import io.partita.param.control.GetCompactionPlansParam;
import io.partita.param.control.GetCompactionStateParam;
import io.partita.param.control.GetFlushAllStateParam;
import io.partita.param.control.GetFlushStateParam;
import io.partita.param.control.GetMetricsParam;
import io.partita.param.control.GetPersistentSegmentInfoParam;
import io.partita.param.control.GetQuerySegmentInfoParam;
import io.partita.param.control.GetReplicasParam;
import io.partita.param.control.GetVersionParam;
import io.partita.param.control.LoadBalanceParam;
import io.partita.param.control.ManualCompactionParam;
import io.partita.param.control.RunAnalyzerParam;
import io.partita.param.credential.CreateCredentialParam;
import io.partita.param.credential.DeleteCredentialParam;
import io.partita.param.credential.ListCredUsersParam;
import io.partita.param.credential.UpdateCredentialParam;
import io.partita.param.dml.CalcDistanceParam;
import io.partita.param.dml.DeleteParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.dml.UpsertParam;
import io.partita.param.index.AlterIndexParam;
import io.partita.param.index.CreateIndexParam;
import io.partita.param.index.DescribeIndexParam;
import io.partita.param.index.DropIndexParam;
import io.partita.param.index.GetIndexBuildProgressParam;
import io.partita.param.index.GetIndexStateParam;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.DropPartitionParam;
import io.partita.param.partition.GetPartitionStatisticsParam;
import io.partita.param.partition.HasPartitionParam;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.param.resourcegroup.CreateResourceGroupParam;
import io.partita.param.resourcegroup.DescribeResourceGroupParam;
import io.partita.param.resourcegroup.DropResourceGroupParam;
import io.partita.param.resourcegroup.ListResourceGroupsParam;
import io.partita.param.resourcegroup.TransferNodeParam;
import io.partita.param.resourcegroup.TransferReplicaParam;
import io.partita.param.resourcegroup.UpdateResourceGroupsParam;
import io.partita.param.role.AlterRoleParam;
import io.partita.param.role.CreateRoleParam;
import io.partita.param.role.DropRoleParam;
import io.partita.param.role.GrantSelection;
import io.partita.param.role.ListPrivilegeGroupsParam;
import io.partita.param.role.PrivilegeGroupParam;
import io.partita.param.role.PrivilegeV2Param;
import io.partita.param.role.RolePrivilegeParam;
import io.partita.param.role.RoleSelection;
import io.partita.param.role.UserRoleParam;
import io.partita.param.role.UserSelection;
import io.partita.transport.Operations;
import io.partita.transport.Transport;
import java.time.Duration;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * The {@link MilvusClient} implementation: transport-neutral client logic over a
 * {@link Transport}.
 *
 * <p>It validates nothing twice (Params validate in {@code build()}), waits for sync loads,
 * flushes and index builds, applies per-call deadlines ({@link #withTimeout}; default
 * {@link ConnectParam#getRpcDeadline()}), retries retriable failures ({@link #withRetry};
 * default {@link RetryParam#defaults()}) and maps every outcome into an {@link R}.
 *
 * <p><b>Transport.</b> {@link ConnectParam#getTransport()} when set; otherwise the
 * {@link io.partita.transport.TransportProvider} found by ServiceLoader for the URI scheme. A
 * missing provider throws {@link io.partita.exception.MissingTransportException} naming the
 * artifact to add ({@code io.partita:partita-sdk-grpc} or {@code io.partita:partita-sdk-rest}).
 *
 * <p><b>Closing.</b> {@link #close()} is idempotent and closes the transport only when the client
 * created it; a transport passed in is closed by its owner, after the client. Calls after close
 * fail with {@code ClientNotConnected (-2)}. Views made by {@code withTimeout}/{@code withRetry}
 * share the connection and the closed state.
 *
 * <p><b>Where a call lives.</b> A call that is one operation sent and its answer returned calls
 * the invoker here, in one line ({@code releasePartitions}, {@code describeAlias}, {@code listAliases}); a call with more
 * to it (sync-load waits, search shaping, several operations) lives in its area's {@code XxxCalls}
 * class.
 *
 * <p><b>Threads.</b> Thread-safe; share one instance. Logging is SLF4J at DEBUG: operation names,
 * outcomes and timings, never vectors, field values or credentials.
 */
public final class MilvusServiceClient implements MilvusClient {
    private final Invoker invoker;
    private final CollectionCalls collections;
    private final PartitionCalls partitions;
    private final IndexCalls indexes;
    private final DataCalls data;
    private final ControlCalls control;
    private final IteratorCalls iterators;

    /**
     * Creates a client; the transport may connect lazily.
     *
     * @param connectParam the connection settings
     * @throws io.partita.exception.MissingTransportException when no transport serves the URI scheme
     * @throws io.partita.exception.ParamException when {@code connectParam} is {@code null}
     */
    public MilvusServiceClient(ConnectParam connectParam) {
        this(connectParam, Sleeper.REAL, System::nanoTime, new Random());
    }

    MilvusServiceClient(ConnectParam connectParam, Sleeper sleeper, LongSupplier nanoClock, Random random) {
        this(new Invoker(
                core(ParamUtils.checkNotNull(connectParam, "connectParam"), sleeper, nanoClock, random),
                connectParam.getRpcDeadline(),
                RetryParam.defaults()));
    }

    private MilvusServiceClient(Invoker invoker) {
        this.invoker = invoker;
        this.collections = new CollectionCalls(invoker);
        this.partitions = new PartitionCalls(invoker, collections.loadWaiter());
        this.indexes = new IndexCalls(invoker);
        this.data = new DataCalls(invoker);
        this.iterators = new IteratorCalls(this);
        this.control = new ControlCalls(invoker);
    }

    private static ClientCore core(ConnectParam connectParam, Sleeper sleeper, LongSupplier nanoClock, Random random) {
        Transport explicit = connectParam.getTransport();
        if (explicit != null) {
            return new ClientCore(explicit, false, sleeper, nanoClock, random);
        }
        Transport discovered = TransportLoader.create(connectParam, MilvusServiceClient.class.getClassLoader());
        return new ClientCore(discovered, true, sleeper, nanoClock, random);
    }

    @Override
    public MilvusClient withTimeout(Duration timeout) {
        ParamUtils.checkNotNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new io.partita.exception.ParamException("timeout must be positive, got " + timeout);
        }
        return new MilvusServiceClient(invoker.withDeadline(timeout));
    }

    @Override
    public MilvusClient withRetry(RetryParam retryParam) {
        return new MilvusServiceClient(invoker.withRetry(ParamUtils.checkNotNull(retryParam, "retryParam")));
    }

    @Override
    public void close() {
        invoker.core().close();
    }

    @Override
    public R<Boolean> hasCollection(HasCollectionParam requestParam) {
        return collections.has(requestParam);
    }

    @Override
    public R<RpcStatus> createCollection(CreateCollectionParam requestParam) {
        return collections.create(requestParam);
    }

    @Override
    public R<RpcStatus> dropCollection(DropCollectionParam requestParam) {
        return collections.drop(requestParam);
    }

    @Override
    public R<RpcStatus> renameCollection(RenameCollectionParam requestParam) {
        return Results.status(invoker.call(Operations.RENAME_COLLECTION, requestParam));
    }

    @Override
    public R<RpcStatus> alterCollection(AlterCollectionParam requestParam) {
        return Results.status(invoker.call(Operations.ALTER_COLLECTION, requestParam));
    }

    @Override
    public R<RpcStatus> addCollectionField(AddCollectionFieldParam requestParam) {
        return Results.status(invoker.call(Operations.ADD_COLLECTION_FIELD, requestParam));
    }

    @Override
    public R<RpcStatus> alterCollectionField(AlterCollectionFieldParam requestParam) {
        return Results.status(invoker.call(Operations.ALTER_COLLECTION_FIELD, requestParam));
    }

    @Override
    public R<RpcStatus> truncateCollection(TruncateCollectionParam requestParam) {
        return Results.status(invoker.call(Operations.TRUNCATE_COLLECTION, requestParam));
    }

    @Override
    public R<RpcStatus> addCollectionFunction(AddCollectionFunctionParam requestParam) {
        return Results.status(invoker.call(Operations.ADD_COLLECTION_FUNCTION, requestParam));
    }

    @Override
    public R<RpcStatus> alterCollectionFunction(AlterCollectionFunctionParam requestParam) {
        return Results.status(invoker.call(Operations.ALTER_COLLECTION_FUNCTION, requestParam));
    }

    @Override
    public R<RpcStatus> dropCollectionFunction(DropCollectionFunctionParam requestParam) {
        return Results.status(invoker.call(Operations.DROP_COLLECTION_FUNCTION, requestParam));
    }

    @Override
    public R<BatchDescribeCollectionResponse> batchDescribeCollection(BatchDescribeCollectionParam requestParam) {
        return invoker.call(Operations.BATCH_DESCRIBE_COLLECTION, requestParam);
    }

    @Override
    public R<RpcStatus> loadCollection(LoadCollectionParam requestParam) {
        return collections.load(requestParam);
    }

    @Override
    public R<RpcStatus> releaseCollection(ReleaseCollectionParam requestParam) {
        return collections.release(requestParam);
    }

    @Override
    public R<DescribeCollectionResponse> describeCollection(DescribeCollectionParam requestParam) {
        return collections.describe(requestParam);
    }

    @Override
    public R<GetCollectionStatisticsResponse> getCollectionStatistics(GetCollectionStatisticsParam requestParam) {
        return collections.statistics(requestParam);
    }

    @Override
    public R<ShowCollectionsResponse> showCollections(ShowCollectionsParam requestParam) {
        return collections.show(requestParam);
    }

    @Override
    public R<FlushResponse> flush(FlushParam requestParam) {
        return collections.flush(requestParam);
    }

    @Override
    public R<GetLoadingProgressResponse> getLoadingProgress(GetLoadingProgressParam requestParam) {
        return collections.loadingProgress(requestParam);
    }

    @Override
    public R<GetLoadStateResponse> getLoadState(GetLoadStateParam requestParam) {
        return collections.loadState(requestParam);
    }

    @Override
    public R<RpcStatus> createPartition(CreatePartitionParam requestParam) {
        return partitions.create(requestParam);
    }

    @Override
    public R<RpcStatus> dropPartition(DropPartitionParam requestParam) {
        return partitions.drop(requestParam);
    }

    @Override
    public R<Boolean> hasPartition(HasPartitionParam requestParam) {
        return partitions.has(requestParam);
    }

    @Override
    public R<RpcStatus> loadPartitions(LoadPartitionsParam requestParam) {
        return partitions.load(requestParam);
    }

    @Override
    public R<RpcStatus> releasePartitions(ReleasePartitionsParam requestParam) {
        return Results.status(invoker.call(Operations.RELEASE_PARTITIONS, requestParam));
    }

    @Override
    public R<GetPartitionStatisticsResponse> getPartitionStatistics(GetPartitionStatisticsParam requestParam) {
        return partitions.statistics(requestParam);
    }

    @Override
    public R<ShowPartitionsResponse> showPartitions(ShowPartitionsParam requestParam) {
        return partitions.show(requestParam);
    }

    @Override
    public R<RpcStatus> createAlias(CreateAliasParam requestParam) {
        return control.createAlias(requestParam);
    }

    @Override
    public R<RpcStatus> dropAlias(DropAliasParam requestParam) {
        return control.dropAlias(requestParam);
    }

    @Override
    public R<RpcStatus> alterAlias(AlterAliasParam requestParam) {
        return control.alterAlias(requestParam);
    }

    @Override
    public R<DescribeAliasResponse> describeAlias(DescribeAliasParam requestParam) {
        return invoker.call(Operations.DESCRIBE_ALIAS, requestParam);
    }

    @Override
    public R<ListAliasesResponse> listAliases(ListAliasesParam requestParam) {
        return invoker.call(Operations.LIST_ALIASES, requestParam);
    }

    @Override
    public R<RpcStatus> createIndex(CreateIndexParam requestParam) {
        return indexes.create(requestParam);
    }

    @Override
    public R<RpcStatus> dropIndex(DropIndexParam requestParam) {
        return indexes.drop(requestParam);
    }

    @Override
    public R<RpcStatus> alterIndex(AlterIndexParam requestParam) {
        return Results.status(invoker.call(Operations.ALTER_INDEX, requestParam));
    }

    @Override
    public R<DescribeIndexResponse> describeIndex(DescribeIndexParam requestParam) {
        return indexes.describe(requestParam);
    }

    @Override
    public R<GetIndexStateResponse> getIndexState(GetIndexStateParam requestParam) {
        return indexes.state(requestParam);
    }

    @Override
    public R<GetIndexBuildProgressResponse> getIndexBuildProgress(GetIndexBuildProgressParam requestParam) {
        return indexes.buildProgress(requestParam);
    }

    @Override
    public R<MutationResult> insert(InsertParam requestParam) {
        return data.insert(requestParam);
    }

    @Override
    public R<MutationResult> upsert(UpsertParam requestParam) {
        return data.upsert(requestParam);
    }

    @Override
    public R<MutationResult> delete(DeleteParam requestParam) {
        return data.delete(requestParam);
    }

    @Override
    public R<SearchResults> search(SearchParam requestParam) {
        return data.search(requestParam);
    }

    @Override
    public R<SearchResults> hybridSearch(io.partita.param.dml.HybridSearchParam requestParam) {
        return data.hybridSearch(requestParam);
    }

    @Override
    public R<QueryResults> query(QueryParam requestParam) {
        return data.query(requestParam);
    }

    @Override
    public R<io.partita.orm.iterator.QueryIterator> queryIterator(
            io.partita.param.dml.QueryIteratorParam requestParam) {
        return iterators.query(requestParam);
    }

    @Override
    public R<io.partita.orm.iterator.SearchIterator> searchIterator(
            io.partita.param.dml.SearchIteratorParam requestParam) {
        return iterators.search(requestParam);
    }

    @Override
    public R<CalcDistanceResults> calcDistance(CalcDistanceParam requestParam) {
        return data.calcDistance(requestParam);
    }

    @Override
    public R<GetFlushStateResponse> getFlushState(GetFlushStateParam requestParam) {
        return control.flushState(requestParam);
    }

    @Override
    public R<GetPersistentSegmentInfoResponse> getPersistentSegmentInfo(GetPersistentSegmentInfoParam requestParam) {
        return control.persistentSegments(requestParam);
    }

    @Override
    public R<GetQuerySegmentInfoResponse> getQuerySegmentInfo(GetQuerySegmentInfoParam requestParam) {
        return control.querySegments(requestParam);
    }

    @Override
    public R<GetReplicasResponse> getReplicas(GetReplicasParam requestParam) {
        return control.replicas(requestParam);
    }

    @Override
    public R<GetMetricsResponse> getMetrics(GetMetricsParam requestParam) {
        return control.metrics(requestParam);
    }

    @Override
    public R<RpcStatus> loadBalance(LoadBalanceParam requestParam) {
        return control.loadBalance(requestParam);
    }

    @Override
    public R<GetCompactionStateResponse> getCompactionState(GetCompactionStateParam requestParam) {
        return control.compactionState(requestParam);
    }

    @Override
    public R<ManualCompactionResponse> manualCompaction(ManualCompactionParam requestParam) {
        return control.manualCompaction(requestParam);
    }

    @Override
    public R<GetCompactionPlansResponse> getCompactionStateWithPlans(GetCompactionPlansParam requestParam) {
        return control.compactionPlans(requestParam);
    }

    @Override
    public R<RpcStatus> createCredential(CreateCredentialParam requestParam) {
        return control.createCredential(requestParam);
    }

    @Override
    public R<RpcStatus> updateCredential(UpdateCredentialParam requestParam) {
        return control.updateCredential(requestParam);
    }

    @Override
    public R<RpcStatus> deleteCredential(DeleteCredentialParam requestParam) {
        return control.deleteCredential(requestParam);
    }

    @Override
    public R<ListCredUsersResponse> listCredUsers(ListCredUsersParam requestParam) {
        return control.listCredUsers(requestParam);
    }

    @Override
    public R<RpcStatus> createDatabase(CreateDatabaseParam requestParam) {
        return Results.status(invoker.call(Operations.CREATE_DATABASE, requestParam));
    }

    @Override
    public R<RpcStatus> dropDatabase(DropDatabaseParam requestParam) {
        return Results.status(invoker.call(Operations.DROP_DATABASE, requestParam));
    }

    @Override
    public R<GetVersionResponse> getVersion() {
        return invoker.call(Operations.GET_VERSION, GetVersionParam.INSTANCE);
    }

    @Override
    public R<CheckHealthResponse> checkHealth() {
        return invoker.call(Operations.CHECK_HEALTH, CheckHealthParam.INSTANCE);
    }

    @Override
    public R<FlushAllResponse> flushAll(
            boolean syncFlushAll, long syncFlushAllWaitingInterval, long syncFlushAllTimeout) {
        return collections.flushAll(syncFlushAll, syncFlushAllWaitingInterval, syncFlushAllTimeout);
    }

    @Override
    public R<GetFlushAllStateResponse> getFlushAllState(GetFlushAllStateParam requestParam) {
        return invoker.call(Operations.GET_FLUSH_ALL_STATE, requestParam);
    }

    @Override
    public R<RunAnalyzerResponse> runAnalyzer(RunAnalyzerParam requestParam) {
        return invoker.call(Operations.RUN_ANALYZER, requestParam);
    }

    @Override
    public R<ListDatabasesResponse> listDatabases() {
        return invoker.call(Operations.LIST_DATABASES, ListDatabasesParam.INSTANCE);
    }

    @Override
    public R<RpcStatus> alterDatabase(AlterDatabaseParam requestParam) {
        return Results.status(invoker.call(Operations.ALTER_DATABASE, requestParam));
    }

    @Override
    public R<DescribeDatabaseResponse> describeDatabase(DescribeDatabaseParam requestParam) {
        return invoker.call(Operations.DESCRIBE_DATABASE, requestParam);
    }

    @Override
    public R<RpcStatus> createResourceGroup(CreateResourceGroupParam requestParam) {
        return Results.status(invoker.call(Operations.CREATE_RESOURCE_GROUP, requestParam));
    }

    @Override
    public R<RpcStatus> dropResourceGroup(DropResourceGroupParam requestParam) {
        return Results.status(invoker.call(Operations.DROP_RESOURCE_GROUP, requestParam));
    }

    @Override
    public R<RpcStatus> updateResourceGroups(UpdateResourceGroupsParam requestParam) {
        return Results.status(invoker.call(Operations.UPDATE_RESOURCE_GROUPS, requestParam));
    }

    @Override
    public R<ListResourceGroupsResponse> listResourceGroups(ListResourceGroupsParam requestParam) {
        return invoker.call(Operations.LIST_RESOURCE_GROUPS, requestParam);
    }

    @Override
    public R<DescribeResourceGroupResponse> describeResourceGroup(DescribeResourceGroupParam requestParam) {
        return invoker.call(Operations.DESCRIBE_RESOURCE_GROUP, requestParam);
    }

    @Override
    public R<RpcStatus> transferNode(TransferNodeParam requestParam) {
        return Results.status(invoker.call(Operations.TRANSFER_NODE, requestParam));
    }

    @Override
    public R<RpcStatus> transferReplica(TransferReplicaParam requestParam) {
        return Results.status(invoker.call(Operations.TRANSFER_REPLICA, requestParam));
    }

    @Override
    public R<RpcStatus> createRole(CreateRoleParam requestParam) {
        return Results.status(invoker.call(Operations.CREATE_ROLE, requestParam));
    }

    @Override
    public R<RpcStatus> alterRole(AlterRoleParam requestParam) {
        return Results.status(invoker.call(Operations.ALTER_ROLE, requestParam));
    }

    @Override
    public R<RpcStatus> dropRole(DropRoleParam requestParam) {
        return Results.status(invoker.call(Operations.DROP_ROLE, requestParam));
    }

    @Override
    public R<RpcStatus> operateUserRole(UserRoleParam requestParam) {
        return Results.status(invoker.call(Operations.OPERATE_USER_ROLE, requestParam));
    }

    @Override
    public R<RpcStatus> operatePrivilege(RolePrivilegeParam requestParam) {
        return Results.status(invoker.call(Operations.OPERATE_PRIVILEGE, requestParam));
    }

    @Override
    public R<SelectRoleResponse> selectRoles(RoleSelection requestParam) {
        return invoker.call(Operations.SELECT_ROLE, requestParam);
    }

    @Override
    public R<SelectUserResponse> selectUsers(UserSelection requestParam) {
        return invoker.call(Operations.SELECT_USER, requestParam);
    }

    @Override
    public R<SelectGrantResponse> selectGrant(GrantSelection requestParam) {
        return invoker.call(Operations.SELECT_GRANT, requestParam);
    }

    @Override
    public R<RpcStatus> operatePrivilegeV2(PrivilegeV2Param requestParam) {
        return Results.status(invoker.call(Operations.OPERATE_PRIVILEGE_V2, requestParam));
    }

    @Override
    public R<RpcStatus> createPrivilegeGroup(PrivilegeGroupParam requestParam) {
        return Results.status(invoker.call(Operations.CREATE_PRIVILEGE_GROUP, requestParam));
    }

    @Override
    public R<RpcStatus> dropPrivilegeGroup(PrivilegeGroupParam requestParam) {
        return Results.status(invoker.call(Operations.DROP_PRIVILEGE_GROUP, requestParam));
    }

    @Override
    public R<ListPrivilegeGroupsResponse> listPrivilegeGroups() {
        return invoker.call(Operations.LIST_PRIVILEGE_GROUPS, ListPrivilegeGroupsParam.INSTANCE);
    }

    @Override
    public R<RpcStatus> operatePrivilegeGroup(PrivilegeGroupParam requestParam) {
        return Results.status(invoker.call(Operations.OPERATE_PRIVILEGE_GROUP, requestParam));
    }
}
