package io.partita.transport;

import io.partita.model.BatchDescribeCollectionResponse;
import io.partita.model.BoolResponse;
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
import io.partita.model.Status;
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
import io.partita.param.control.FlushAllParam;
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
import io.partita.param.dml.HybridSearchParam;
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
import java.util.List;

/**
 * One descriptor per RPC the client offers: {@code Operation<Param, Response>}. A transport maps
 * each to its own codec; the table in {@code sdk-core/SEAM.md} lists them. Status-only RPCs answer
 * with {@link Status}; HasCollection and HasPartition with {@link BoolResponse}.
 *
 * <p>Each entry names its RPC; the RPC catalogue ({@code milvus-rpcs.txt} in module {@code wire}, read
 * by the reference server too) says whether a resend is safe and which route it has on Milvus 2.1's
 * HTTP API. Operations whose resend is not safe (creates, inserts, deletes, compactions, credential
 * changes) are never resent after a transport failure whose outcome is unknown.
 */
public final class Operations {
    private Operations() {}

    // Collections
    /** {@code CreateCollection}: {@link CreateCollectionParam} to {@link Status}. */
    public static final Operation<CreateCollectionParam, Status> CREATE_COLLECTION =
            new Operation<>("CreateCollection", CreateCollectionParam.class, Status.class);
    /** {@code DropCollection}: {@link DropCollectionParam} to {@link Status}. */
    public static final Operation<DropCollectionParam, Status> DROP_COLLECTION =
            new Operation<>("DropCollection", DropCollectionParam.class, Status.class);
    /** {@code RenameCollection}: {@link RenameCollectionParam} to {@link Status}. */
    public static final Operation<RenameCollectionParam, Status> RENAME_COLLECTION =
            new Operation<>("RenameCollection", RenameCollectionParam.class, Status.class);
    /** {@code AlterCollection}: {@link AlterCollectionParam} to {@link Status}. */
    public static final Operation<AlterCollectionParam, Status> ALTER_COLLECTION =
            new Operation<>("AlterCollection", AlterCollectionParam.class, Status.class);
    /** {@code AddCollectionField} (Milvus 2.6): {@link AddCollectionFieldParam} to {@link Status}. */
    public static final Operation<AddCollectionFieldParam, Status> ADD_COLLECTION_FIELD =
            new Operation<>("AddCollectionField", AddCollectionFieldParam.class, Status.class);
    /** {@code AlterCollectionField} (Milvus 2.6): {@link AlterCollectionFieldParam} to {@link Status}. */
    public static final Operation<AlterCollectionFieldParam, Status> ALTER_COLLECTION_FIELD =
            new Operation<>("AlterCollectionField", AlterCollectionFieldParam.class, Status.class);
    /** {@code TruncateCollection} (Milvus 2.6): {@link TruncateCollectionParam} to {@link Status}. */
    public static final Operation<TruncateCollectionParam, Status> TRUNCATE_COLLECTION =
            new Operation<>("TruncateCollection", TruncateCollectionParam.class, Status.class);
    /** {@code AddCollectionFunction} (Milvus 2.6): {@link AddCollectionFunctionParam} to {@link Status}. */
    public static final Operation<AddCollectionFunctionParam, Status> ADD_COLLECTION_FUNCTION =
            new Operation<>("AddCollectionFunction", AddCollectionFunctionParam.class, Status.class);
    /** {@code AlterCollectionFunction} (Milvus 2.6): {@link AlterCollectionFunctionParam} to {@link Status}. */
    public static final Operation<AlterCollectionFunctionParam, Status> ALTER_COLLECTION_FUNCTION =
            new Operation<>("AlterCollectionFunction", AlterCollectionFunctionParam.class, Status.class);
    /** {@code DropCollectionFunction} (Milvus 2.6): {@link DropCollectionFunctionParam} to {@link Status}. */
    public static final Operation<DropCollectionFunctionParam, Status> DROP_COLLECTION_FUNCTION =
            new Operation<>("DropCollectionFunction", DropCollectionFunctionParam.class, Status.class);
    /** {@code BatchDescribeCollection} (Milvus 2.6): {@link BatchDescribeCollectionParam} to {@link BatchDescribeCollectionResponse}. */
    public static final Operation<BatchDescribeCollectionParam, BatchDescribeCollectionResponse>
            BATCH_DESCRIBE_COLLECTION = new Operation<>(
                    "BatchDescribeCollection",
                    BatchDescribeCollectionParam.class,
                    BatchDescribeCollectionResponse.class);
    /** {@code HasCollection}: {@link HasCollectionParam} to {@link BoolResponse}. */
    public static final Operation<HasCollectionParam, BoolResponse> HAS_COLLECTION =
            new Operation<>("HasCollection", HasCollectionParam.class, BoolResponse.class);
    /** {@code LoadCollection}: {@link LoadCollectionParam} to {@link Status}. */
    public static final Operation<LoadCollectionParam, Status> LOAD_COLLECTION =
            new Operation<>("LoadCollection", LoadCollectionParam.class, Status.class);
    /** {@code ReleaseCollection}: {@link ReleaseCollectionParam} to {@link Status}. */
    public static final Operation<ReleaseCollectionParam, Status> RELEASE_COLLECTION =
            new Operation<>("ReleaseCollection", ReleaseCollectionParam.class, Status.class);
    /** {@code DescribeCollection}: {@link DescribeCollectionParam} to {@link DescribeCollectionResponse}. */
    public static final Operation<DescribeCollectionParam, DescribeCollectionResponse> DESCRIBE_COLLECTION =
            new Operation<>("DescribeCollection", DescribeCollectionParam.class, DescribeCollectionResponse.class);
    /** {@code GetCollectionStatistics}: {@link GetCollectionStatisticsParam} to {@link GetCollectionStatisticsResponse}. */
    public static final Operation<GetCollectionStatisticsParam, GetCollectionStatisticsResponse>
            GET_COLLECTION_STATISTICS = new Operation<>(
                    "GetCollectionStatistics",
                    GetCollectionStatisticsParam.class,
                    GetCollectionStatisticsResponse.class);
    /** {@code ShowCollections}: {@link ShowCollectionsParam} to {@link ShowCollectionsResponse}. */
    public static final Operation<ShowCollectionsParam, ShowCollectionsResponse> SHOW_COLLECTIONS =
            new Operation<>("ShowCollections", ShowCollectionsParam.class, ShowCollectionsResponse.class);
    /** {@code Flush}: {@link FlushParam} to {@link FlushResponse}. */
    public static final Operation<FlushParam, FlushResponse> FLUSH =
            new Operation<>("Flush", FlushParam.class, FlushResponse.class);
    /** {@code GetLoadingProgress}: {@link GetLoadingProgressParam} to {@link GetLoadingProgressResponse}. */
    public static final Operation<GetLoadingProgressParam, GetLoadingProgressResponse> GET_LOADING_PROGRESS =
            new Operation<>("GetLoadingProgress", GetLoadingProgressParam.class, GetLoadingProgressResponse.class);
    /** {@code GetLoadState}: {@link GetLoadStateParam} to {@link GetLoadStateResponse}. */
    public static final Operation<GetLoadStateParam, GetLoadStateResponse> GET_LOAD_STATE =
            new Operation<>("GetLoadState", GetLoadStateParam.class, GetLoadStateResponse.class);
    // Partitions
    /** {@code CreatePartition}: {@link CreatePartitionParam} to {@link Status}. */
    public static final Operation<CreatePartitionParam, Status> CREATE_PARTITION =
            new Operation<>("CreatePartition", CreatePartitionParam.class, Status.class);
    /** {@code DropPartition}: {@link DropPartitionParam} to {@link Status}. */
    public static final Operation<DropPartitionParam, Status> DROP_PARTITION =
            new Operation<>("DropPartition", DropPartitionParam.class, Status.class);
    /** {@code HasPartition}: {@link HasPartitionParam} to {@link BoolResponse}. */
    public static final Operation<HasPartitionParam, BoolResponse> HAS_PARTITION =
            new Operation<>("HasPartition", HasPartitionParam.class, BoolResponse.class);
    /** {@code LoadPartitions}: {@link LoadPartitionsParam} to {@link Status}. */
    public static final Operation<LoadPartitionsParam, Status> LOAD_PARTITIONS =
            new Operation<>("LoadPartitions", LoadPartitionsParam.class, Status.class);
    /** {@code ReleasePartitions}: {@link ReleasePartitionsParam} to {@link Status}. */
    public static final Operation<ReleasePartitionsParam, Status> RELEASE_PARTITIONS =
            new Operation<>("ReleasePartitions", ReleasePartitionsParam.class, Status.class);
    /** {@code GetPartitionStatistics}: {@link GetPartitionStatisticsParam} to {@link GetPartitionStatisticsResponse}. */
    public static final Operation<GetPartitionStatisticsParam, GetPartitionStatisticsResponse>
            GET_PARTITION_STATISTICS = new Operation<>(
                    "GetPartitionStatistics", GetPartitionStatisticsParam.class, GetPartitionStatisticsResponse.class);
    /** {@code ShowPartitions}: {@link ShowPartitionsParam} to {@link ShowPartitionsResponse}. */
    public static final Operation<ShowPartitionsParam, ShowPartitionsResponse> SHOW_PARTITIONS =
            new Operation<>("ShowPartitions", ShowPartitionsParam.class, ShowPartitionsResponse.class);
    // Aliases
    /** {@code CreateAlias}: {@link CreateAliasParam} to {@link Status}. */
    public static final Operation<CreateAliasParam, Status> CREATE_ALIAS =
            new Operation<>("CreateAlias", CreateAliasParam.class, Status.class);
    /** {@code DropAlias}: {@link DropAliasParam} to {@link Status}. */
    public static final Operation<DropAliasParam, Status> DROP_ALIAS =
            new Operation<>("DropAlias", DropAliasParam.class, Status.class);
    /** {@code AlterAlias}: {@link AlterAliasParam} to {@link Status}. */
    public static final Operation<AlterAliasParam, Status> ALTER_ALIAS =
            new Operation<>("AlterAlias", AlterAliasParam.class, Status.class);
    /** {@code DescribeAlias}: {@link DescribeAliasParam} to {@link DescribeAliasResponse}. */
    public static final Operation<DescribeAliasParam, DescribeAliasResponse> DESCRIBE_ALIAS =
            new Operation<>("DescribeAlias", DescribeAliasParam.class, DescribeAliasResponse.class);
    /** {@code ListAliases}: {@link ListAliasesParam} to {@link ListAliasesResponse}. */
    public static final Operation<ListAliasesParam, ListAliasesResponse> LIST_ALIASES =
            new Operation<>("ListAliases", ListAliasesParam.class, ListAliasesResponse.class);
    // Indexes
    /** {@code CreateIndex}: {@link CreateIndexParam} to {@link Status}. */
    public static final Operation<CreateIndexParam, Status> CREATE_INDEX =
            new Operation<>("CreateIndex", CreateIndexParam.class, Status.class);
    /** {@code DropIndex}: {@link DropIndexParam} to {@link Status}. */
    public static final Operation<DropIndexParam, Status> DROP_INDEX =
            new Operation<>("DropIndex", DropIndexParam.class, Status.class);
    /** {@code AlterIndex}: {@link AlterIndexParam} to {@link Status}. */
    public static final Operation<AlterIndexParam, Status> ALTER_INDEX =
            new Operation<>("AlterIndex", AlterIndexParam.class, Status.class);
    /** {@code DescribeIndex}: {@link DescribeIndexParam} to {@link DescribeIndexResponse}. */
    public static final Operation<DescribeIndexParam, DescribeIndexResponse> DESCRIBE_INDEX =
            new Operation<>("DescribeIndex", DescribeIndexParam.class, DescribeIndexResponse.class);
    /** {@code GetIndexState}: {@link GetIndexStateParam} to {@link GetIndexStateResponse}. */
    public static final Operation<GetIndexStateParam, GetIndexStateResponse> GET_INDEX_STATE =
            new Operation<>("GetIndexState", GetIndexStateParam.class, GetIndexStateResponse.class);
    /** {@code GetIndexBuildProgress}: {@link GetIndexBuildProgressParam} to {@link GetIndexBuildProgressResponse}. */
    public static final Operation<GetIndexBuildProgressParam, GetIndexBuildProgressResponse> GET_INDEX_BUILD_PROGRESS =
            new Operation<>(
                    "GetIndexBuildProgress", GetIndexBuildProgressParam.class, GetIndexBuildProgressResponse.class);
    // Data
    /** {@code Insert}: {@link InsertParam} to {@link MutationResult}. */
    public static final Operation<InsertParam, MutationResult> INSERT =
            new Operation<>("Insert", InsertParam.class, MutationResult.class);
    /** {@code Upsert} (Milvus 2.3+): {@link UpsertParam} to {@link MutationResult}. */
    public static final Operation<UpsertParam, MutationResult> UPSERT =
            new Operation<>("Upsert", UpsertParam.class, MutationResult.class);
    /** {@code Delete}: {@link DeleteParam} to {@link MutationResult}. */
    public static final Operation<DeleteParam, MutationResult> DELETE =
            new Operation<>("Delete", DeleteParam.class, MutationResult.class);
    /** {@code Search}: {@link SearchParam} to {@link SearchResults}. */
    public static final Operation<SearchParam, SearchResults> SEARCH =
            new Operation<>("Search", SearchParam.class, SearchResults.class);
    /** {@code HybridSearch}: {@link HybridSearchParam} to {@link SearchResults}. */
    public static final Operation<HybridSearchParam, SearchResults> HYBRID_SEARCH =
            new Operation<>("HybridSearch", HybridSearchParam.class, SearchResults.class);
    /** {@code Query}: {@link QueryParam} to {@link QueryResults}. */
    public static final Operation<QueryParam, QueryResults> QUERY =
            new Operation<>("Query", QueryParam.class, QueryResults.class);
    /** {@code CalcDistance}: {@link CalcDistanceParam} to {@link CalcDistanceResults}. */
    public static final Operation<CalcDistanceParam, CalcDistanceResults> CALC_DISTANCE =
            new Operation<>("CalcDistance", CalcDistanceParam.class, CalcDistanceResults.class);
    // Control
    /** {@code GetFlushState}: {@link GetFlushStateParam} to {@link GetFlushStateResponse}. */
    public static final Operation<GetFlushStateParam, GetFlushStateResponse> GET_FLUSH_STATE =
            new Operation<>("GetFlushState", GetFlushStateParam.class, GetFlushStateResponse.class);
    /** {@code FlushAll}: {@link FlushAllParam} to {@link FlushAllResponse}. */
    public static final Operation<FlushAllParam, FlushAllResponse> FLUSH_ALL =
            new Operation<>("FlushAll", FlushAllParam.class, FlushAllResponse.class);
    /** {@code GetFlushAllState}: {@link GetFlushAllStateParam} to {@link GetFlushAllStateResponse}. */
    public static final Operation<GetFlushAllStateParam, GetFlushAllStateResponse> GET_FLUSH_ALL_STATE =
            new Operation<>("GetFlushAllState", GetFlushAllStateParam.class, GetFlushAllStateResponse.class);
    /** {@code GetPersistentSegmentInfo}: {@link GetPersistentSegmentInfoParam} to {@link GetPersistentSegmentInfoResponse}. */
    public static final Operation<GetPersistentSegmentInfoParam, GetPersistentSegmentInfoResponse>
            GET_PERSISTENT_SEGMENT_INFO = new Operation<>(
                    "GetPersistentSegmentInfo",
                    GetPersistentSegmentInfoParam.class,
                    GetPersistentSegmentInfoResponse.class);
    /** {@code GetQuerySegmentInfo}: {@link GetQuerySegmentInfoParam} to {@link GetQuerySegmentInfoResponse}. */
    public static final Operation<GetQuerySegmentInfoParam, GetQuerySegmentInfoResponse> GET_QUERY_SEGMENT_INFO =
            new Operation<>("GetQuerySegmentInfo", GetQuerySegmentInfoParam.class, GetQuerySegmentInfoResponse.class);
    /** {@code GetReplicas}: {@link GetReplicasParam} to {@link GetReplicasResponse}. */
    public static final Operation<GetReplicasParam, GetReplicasResponse> GET_REPLICAS =
            new Operation<>("GetReplicas", GetReplicasParam.class, GetReplicasResponse.class);
    /** {@code GetVersion}: {@link GetVersionParam} to {@link GetVersionResponse}. */
    public static final Operation<GetVersionParam, GetVersionResponse> GET_VERSION =
            new Operation<>("GetVersion", GetVersionParam.class, GetVersionResponse.class);
    /** {@code CheckHealth}: {@link CheckHealthParam} to {@link CheckHealthResponse}. */
    public static final Operation<CheckHealthParam, CheckHealthResponse> CHECK_HEALTH =
            new Operation<>("CheckHealth", CheckHealthParam.class, CheckHealthResponse.class);
    /** {@code RunAnalyzer}: {@link RunAnalyzerParam} to {@link RunAnalyzerResponse}. */
    public static final Operation<RunAnalyzerParam, RunAnalyzerResponse> RUN_ANALYZER =
            new Operation<>("RunAnalyzer", RunAnalyzerParam.class, RunAnalyzerResponse.class);

    /** {@code GetMetrics}: {@link GetMetricsParam} to {@link GetMetricsResponse}. */
    public static final Operation<GetMetricsParam, GetMetricsResponse> GET_METRICS =
            new Operation<>("GetMetrics", GetMetricsParam.class, GetMetricsResponse.class);
    /** {@code LoadBalance}: {@link LoadBalanceParam} to {@link Status}. */
    public static final Operation<LoadBalanceParam, Status> LOAD_BALANCE =
            new Operation<>("LoadBalance", LoadBalanceParam.class, Status.class);
    /** {@code ManualCompaction}: {@link ManualCompactionParam} to {@link ManualCompactionResponse}. */
    public static final Operation<ManualCompactionParam, ManualCompactionResponse> MANUAL_COMPACTION =
            new Operation<>("ManualCompaction", ManualCompactionParam.class, ManualCompactionResponse.class);
    /** {@code GetCompactionState}: {@link GetCompactionStateParam} to {@link GetCompactionStateResponse}. */
    public static final Operation<GetCompactionStateParam, GetCompactionStateResponse> GET_COMPACTION_STATE =
            new Operation<>("GetCompactionState", GetCompactionStateParam.class, GetCompactionStateResponse.class);
    /** {@code GetCompactionStateWithPlans}: {@link GetCompactionPlansParam} to {@link GetCompactionPlansResponse}. */
    public static final Operation<GetCompactionPlansParam, GetCompactionPlansResponse> GET_COMPACTION_PLANS =
            new Operation<>(
                    "GetCompactionStateWithPlans", GetCompactionPlansParam.class, GetCompactionPlansResponse.class);
    // Credentials
    /** {@code CreateCredential}: {@link CreateCredentialParam} to {@link Status}. */
    public static final Operation<CreateCredentialParam, Status> CREATE_CREDENTIAL =
            new Operation<>("CreateCredential", CreateCredentialParam.class, Status.class);
    /** {@code UpdateCredential}: {@link UpdateCredentialParam} to {@link Status}. */
    public static final Operation<UpdateCredentialParam, Status> UPDATE_CREDENTIAL =
            new Operation<>("UpdateCredential", UpdateCredentialParam.class, Status.class);
    /** {@code DeleteCredential}: {@link DeleteCredentialParam} to {@link Status}. */
    public static final Operation<DeleteCredentialParam, Status> DELETE_CREDENTIAL =
            new Operation<>("DeleteCredential", DeleteCredentialParam.class, Status.class);
    /** {@code ListCredUsers}: {@link ListCredUsersParam} to {@link ListCredUsersResponse}. */
    public static final Operation<ListCredUsersParam, ListCredUsersResponse> LIST_CRED_USERS =
            new Operation<>("ListCredUsers", ListCredUsersParam.class, ListCredUsersResponse.class);

    // Databases
    /** {@code CreateDatabase}: {@link CreateDatabaseParam} to {@link Status}. */
    public static final Operation<CreateDatabaseParam, Status> CREATE_DATABASE =
            new Operation<>("CreateDatabase", CreateDatabaseParam.class, Status.class);
    /** {@code DropDatabase}: {@link DropDatabaseParam} to {@link Status}. */
    public static final Operation<DropDatabaseParam, Status> DROP_DATABASE =
            new Operation<>("DropDatabase", DropDatabaseParam.class, Status.class);
    /** {@code ListDatabases}: {@link ListDatabasesParam} to {@link ListDatabasesResponse}. */
    public static final Operation<ListDatabasesParam, ListDatabasesResponse> LIST_DATABASES =
            new Operation<>("ListDatabases", ListDatabasesParam.class, ListDatabasesResponse.class);
    /** {@code DescribeDatabase}: {@link DescribeDatabaseParam} to {@link DescribeDatabaseResponse}. */
    public static final Operation<DescribeDatabaseParam, DescribeDatabaseResponse> DESCRIBE_DATABASE =
            new Operation<>("DescribeDatabase", DescribeDatabaseParam.class, DescribeDatabaseResponse.class);
    /** {@code AlterDatabase}: {@link AlterDatabaseParam} to {@link Status}. */
    public static final Operation<AlterDatabaseParam, Status> ALTER_DATABASE =
            new Operation<>("AlterDatabase", AlterDatabaseParam.class, Status.class);

    /** {@code CreateResourceGroup}: {@link CreateResourceGroupParam} to {@link Status}. */
    public static final Operation<CreateResourceGroupParam, Status> CREATE_RESOURCE_GROUP =
            new Operation<>("CreateResourceGroup", CreateResourceGroupParam.class, Status.class);
    /** {@code DropResourceGroup}: {@link DropResourceGroupParam} to {@link Status}. */
    public static final Operation<DropResourceGroupParam, Status> DROP_RESOURCE_GROUP =
            new Operation<>("DropResourceGroup", DropResourceGroupParam.class, Status.class);
    /** {@code UpdateResourceGroups}: {@link UpdateResourceGroupsParam} to {@link Status}. */
    public static final Operation<UpdateResourceGroupsParam, Status> UPDATE_RESOURCE_GROUPS =
            new Operation<>("UpdateResourceGroups", UpdateResourceGroupsParam.class, Status.class);
    /** {@code ListResourceGroups}: {@link ListResourceGroupsParam} to {@link ListResourceGroupsResponse}. */
    public static final Operation<ListResourceGroupsParam, ListResourceGroupsResponse> LIST_RESOURCE_GROUPS =
            new Operation<>("ListResourceGroups", ListResourceGroupsParam.class, ListResourceGroupsResponse.class);
    /** {@code DescribeResourceGroup}: {@link DescribeResourceGroupParam} to {@link DescribeResourceGroupResponse}. */
    public static final Operation<DescribeResourceGroupParam, DescribeResourceGroupResponse> DESCRIBE_RESOURCE_GROUP =
            new Operation<>(
                    "DescribeResourceGroup", DescribeResourceGroupParam.class, DescribeResourceGroupResponse.class);
    /** {@code TransferNode}: {@link TransferNodeParam} to {@link Status}. */
    public static final Operation<TransferNodeParam, Status> TRANSFER_NODE =
            new Operation<>("TransferNode", TransferNodeParam.class, Status.class);
    /** {@code TransferReplica}: {@link TransferReplicaParam} to {@link Status}. */
    public static final Operation<TransferReplicaParam, Status> TRANSFER_REPLICA =
            new Operation<>("TransferReplica", TransferReplicaParam.class, Status.class);

    /** {@code CreateRole}: {@link CreateRoleParam} to {@link Status}. */
    public static final Operation<CreateRoleParam, Status> CREATE_ROLE =
            new Operation<>("CreateRole", CreateRoleParam.class, Status.class);
    /** {@code AlterRole}: {@link AlterRoleParam} (a role's description, Milvus 2.6) to {@link Status}. */
    public static final Operation<AlterRoleParam, Status> ALTER_ROLE =
            new Operation<>("AlterRole", AlterRoleParam.class, Status.class);
    /** {@code DropRole}: {@link DropRoleParam} to {@link Status}. */
    public static final Operation<DropRoleParam, Status> DROP_ROLE =
            new Operation<>("DropRole", DropRoleParam.class, Status.class);
    /** {@code OperateUserRole}: {@link UserRoleParam} (add or remove) to {@link Status}. */
    public static final Operation<UserRoleParam, Status> OPERATE_USER_ROLE =
            new Operation<>("OperateUserRole", UserRoleParam.class, Status.class);
    /** {@code OperatePrivilege}: {@link RolePrivilegeParam} (grant or revoke) to {@link Status}. */
    public static final Operation<RolePrivilegeParam, Status> OPERATE_PRIVILEGE =
            new Operation<>("OperatePrivilege", RolePrivilegeParam.class, Status.class);
    /** {@code SelectRole}: {@link RoleSelection} to {@link SelectRoleResponse}. */
    public static final Operation<RoleSelection, SelectRoleResponse> SELECT_ROLE =
            new Operation<>("SelectRole", RoleSelection.class, SelectRoleResponse.class);
    /** {@code SelectUser}: {@link UserSelection} to {@link SelectUserResponse}. */
    public static final Operation<UserSelection, SelectUserResponse> SELECT_USER =
            new Operation<>("SelectUser", UserSelection.class, SelectUserResponse.class);
    /** {@code SelectGrant}: {@link GrantSelection} to {@link SelectGrantResponse}. */
    public static final Operation<GrantSelection, SelectGrantResponse> SELECT_GRANT =
            new Operation<>("SelectGrant", GrantSelection.class, SelectGrantResponse.class);
    /** {@code OperatePrivilegeV2}: {@link PrivilegeV2Param} (grant or revoke) to {@link Status}. */
    public static final Operation<PrivilegeV2Param, Status> OPERATE_PRIVILEGE_V2 =
            new Operation<>("OperatePrivilegeV2", PrivilegeV2Param.class, Status.class);
    /** {@code CreatePrivilegeGroup}: {@link PrivilegeGroupParam} (its name) to {@link Status}. */
    public static final Operation<PrivilegeGroupParam, Status> CREATE_PRIVILEGE_GROUP =
            new Operation<>("CreatePrivilegeGroup", PrivilegeGroupParam.class, Status.class);
    /** {@code DropPrivilegeGroup}: {@link PrivilegeGroupParam} (its name) to {@link Status}. */
    public static final Operation<PrivilegeGroupParam, Status> DROP_PRIVILEGE_GROUP =
            new Operation<>("DropPrivilegeGroup", PrivilegeGroupParam.class, Status.class);
    /** {@code ListPrivilegeGroups}: {@link ListPrivilegeGroupsParam} to {@link ListPrivilegeGroupsResponse}. */
    public static final Operation<ListPrivilegeGroupsParam, ListPrivilegeGroupsResponse> LIST_PRIVILEGE_GROUPS =
            new Operation<>("ListPrivilegeGroups", ListPrivilegeGroupsParam.class, ListPrivilegeGroupsResponse.class);
    /** {@code OperatePrivilegeGroup}: {@link PrivilegeGroupParam} (add or remove privileges) to {@link Status}. */
    public static final Operation<PrivilegeGroupParam, Status> OPERATE_PRIVILEGE_GROUP =
            new Operation<>("OperatePrivilegeGroup", PrivilegeGroupParam.class, Status.class);

    private static final List<Operation<?, ?>> ALL = List.of(
            CREATE_COLLECTION,
            DROP_COLLECTION,
            RENAME_COLLECTION,
            ALTER_COLLECTION,
            ADD_COLLECTION_FIELD,
            ALTER_COLLECTION_FIELD,
            TRUNCATE_COLLECTION,
            BATCH_DESCRIBE_COLLECTION,
            ADD_COLLECTION_FUNCTION,
            ALTER_COLLECTION_FUNCTION,
            DROP_COLLECTION_FUNCTION,
            HAS_COLLECTION,
            LOAD_COLLECTION,
            RELEASE_COLLECTION,
            DESCRIBE_COLLECTION,
            GET_COLLECTION_STATISTICS,
            SHOW_COLLECTIONS,
            FLUSH,
            GET_LOADING_PROGRESS,
            GET_LOAD_STATE,
            CREATE_PARTITION,
            DROP_PARTITION,
            HAS_PARTITION,
            LOAD_PARTITIONS,
            RELEASE_PARTITIONS,
            GET_PARTITION_STATISTICS,
            SHOW_PARTITIONS,
            CREATE_ALIAS,
            DROP_ALIAS,
            ALTER_ALIAS,
            DESCRIBE_ALIAS,
            LIST_ALIASES,
            CREATE_INDEX,
            DROP_INDEX,
            ALTER_INDEX,
            DESCRIBE_INDEX,
            GET_INDEX_STATE,
            GET_INDEX_BUILD_PROGRESS,
            INSERT,
            UPSERT,
            DELETE,
            SEARCH,
            HYBRID_SEARCH,
            QUERY,
            CALC_DISTANCE,
            GET_FLUSH_STATE,
            FLUSH_ALL,
            GET_FLUSH_ALL_STATE,
            GET_PERSISTENT_SEGMENT_INFO,
            GET_QUERY_SEGMENT_INFO,
            GET_REPLICAS,
            GET_VERSION,
            CHECK_HEALTH,
            RUN_ANALYZER,
            GET_METRICS,
            LOAD_BALANCE,
            MANUAL_COMPACTION,
            GET_COMPACTION_STATE,
            GET_COMPACTION_PLANS,
            CREATE_CREDENTIAL,
            UPDATE_CREDENTIAL,
            DELETE_CREDENTIAL,
            LIST_CRED_USERS,
            CREATE_DATABASE,
            DROP_DATABASE,
            LIST_DATABASES,
            DESCRIBE_DATABASE,
            ALTER_DATABASE,
            CREATE_RESOURCE_GROUP,
            DROP_RESOURCE_GROUP,
            UPDATE_RESOURCE_GROUPS,
            LIST_RESOURCE_GROUPS,
            DESCRIBE_RESOURCE_GROUP,
            TRANSFER_NODE,
            TRANSFER_REPLICA,
            CREATE_ROLE,
            ALTER_ROLE,
            DROP_ROLE,
            OPERATE_USER_ROLE,
            OPERATE_PRIVILEGE,
            SELECT_ROLE,
            SELECT_USER,
            SELECT_GRANT,
            OPERATE_PRIVILEGE_V2,
            CREATE_PRIVILEGE_GROUP,
            DROP_PRIVILEGE_GROUP,
            LIST_PRIVILEGE_GROUPS,
            OPERATE_PRIVILEGE_GROUP);

    /** @return every operation, in declaration order */
    public static List<Operation<?, ?>> all() {
        return ALL;
    }
}
