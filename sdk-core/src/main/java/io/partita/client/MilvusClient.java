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
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.collection.ReleaseCollectionParam;
import io.partita.param.collection.RenameCollectionParam;
import io.partita.param.collection.ShowCollectionsParam;
import io.partita.param.collection.TruncateCollectionParam;
import io.partita.param.control.GetCompactionPlansParam;
import io.partita.param.control.GetCompactionStateParam;
import io.partita.param.control.GetFlushAllStateParam;
import io.partita.param.control.GetFlushStateParam;
import io.partita.param.control.GetMetricsParam;
import io.partita.param.control.GetPersistentSegmentInfoParam;
import io.partita.param.control.GetQuerySegmentInfoParam;
import io.partita.param.control.GetReplicasParam;
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
import io.partita.param.role.AddUserToRoleParam;
import io.partita.param.role.AlterRoleParam;
import io.partita.param.role.CreateRoleParam;
import io.partita.param.role.DropRoleParam;
import io.partita.param.role.GrantRolePrivilegeParam;
import io.partita.param.role.GrantSelection;
import io.partita.param.role.PrivilegeGroupParam;
import io.partita.param.role.PrivilegeV2Param;
import io.partita.param.role.RemoveUserFromRoleParam;
import io.partita.param.role.RevokeRolePrivilegeParam;
import io.partita.param.role.RolePrivilegeParam;
import io.partita.param.role.RoleSelection;
import io.partita.param.role.SelectGrantForRoleAndObjectParam;
import io.partita.param.role.SelectGrantForRoleParam;
import io.partita.param.role.SelectRoleParam;
import io.partita.param.role.SelectUserParam;
import io.partita.param.role.UserRoleParam;
import io.partita.param.role.UserSelection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A Milvus client with the method names and Params of milvus-sdk-java 2.1.
 *
 * <p>Every method returns an {@link R}: it never throws for a server error or a transport
 * failure (call {@link R#orThrow()} to turn a failure into an exception). A {@code null} Param
 * gives a {@code ParamError} result.
 *
 * <p>Implementations are thread-safe: share one client among threads. {@link #withTimeout} and
 * {@link #withRetry} return views sharing the same connection; closing any view closes them all.
 */
public interface MilvusClient extends AutoCloseable {

    /**
     * @param timeout the deadline of each call (each attempt when retried); positive
     * @return a view of this client with that deadline
     */
    MilvusClient withTimeout(Duration timeout);

    /**
     * @param timeout the deadline of each call; positive
     * @param timeoutUnit its unit
     * @return a view of this client with that deadline
     */
    default MilvusClient withTimeout(long timeout, TimeUnit timeoutUnit) {
        return withTimeout(Duration.ofNanos(timeoutUnit.toNanos(timeout)));
    }

    /**
     * @param retryParam the retry policy
     * @return a view of this client with that policy
     */
    MilvusClient withRetry(RetryParam retryParam);

    /**
     * Closes the client. Idempotent. Closes the transport only if the client created it; a
     * transport passed in with {@code ConnectParam.withTransport} stays open for its owner.
     */
    @Override
    void close();

    /**
     * As {@link #close()}, with the official SDK's signature (which declares
     * {@code InterruptedException}, so migrated code that handles it still compiles).
     *
     * @param maxWaitSeconds ignored: closing does not wait for calls in flight
     * @throws InterruptedException never in this implementation; declared for compatibility
     */
    default void close(long maxWaitSeconds) throws InterruptedException {
        close();
    }

    // Collections

    /**
     * @param requestParam the collection
     * @return whether it exists
     */
    R<Boolean> hasCollection(HasCollectionParam requestParam);

    /**
     * @param requestParam the collection and schema
     * @return the outcome
     */
    R<RpcStatus> createCollection(CreateCollectionParam requestParam);

    /**
     * @param requestParam the collection
     * @return the outcome
     */
    R<RpcStatus> dropCollection(DropCollectionParam requestParam);

    /**
     * Renames a collection (Milvus 2.2+; gRPC only: Milvus 2.1's HTTP API has no route for it, so the REST
     * transport answers {@code UNIMPLEMENTED}).
     *
     * @param requestParam the current and the new name
     * @return the outcome
     */
    R<RpcStatus> renameCollection(RenameCollectionParam requestParam);

    /**
     * Sets or removes collection properties such as {@code collection.ttl.seconds} (Milvus 2.2+; gRPC only, as
     * {@link #renameCollection}).
     *
     * @param requestParam the collection and its properties
     * @return the outcome
     */
    R<RpcStatus> alterCollection(AlterCollectionParam requestParam);

    /**
     * Partita addition (the official 2.x client has no such call): appends a nullable field to a
     * collection (AddCollectionField, Milvus 2.6; gRPC, and RESTful v2 for a field without a
     * default value). Rows stored before read it as null or its default value.
     *
     * @param requestParam the collection and the field
     * @return the outcome
     */
    R<RpcStatus> addCollectionField(AddCollectionFieldParam requestParam);

    /**
     * Partita addition: sets or removes properties of one field, such as {@code max_length}
     * (AlterCollectionField, Milvus 2.6; gRPC only).
     *
     * @param requestParam the collection, the field and its properties
     * @return the outcome
     */
    R<RpcStatus> alterCollectionField(AlterCollectionFieldParam requestParam);

    /**
     * Partita addition: removes every row of a collection, keeping its schema, partitions and
     * indexes (TruncateCollection, Milvus 2.6; gRPC only).
     *
     * @param requestParam the collection
     * @return the outcome
     */
    R<RpcStatus> truncateCollection(TruncateCollectionParam requestParam);

    /**
     * Partita addition: adds a function to a collection's schema (AddCollectionFunction, Milvus 2.6;
     * gRPC only).
     *
     * @param requestParam the collection and the function
     * @return the outcome
     */
    R<RpcStatus> addCollectionFunction(AddCollectionFunctionParam requestParam);

    /**
     * Partita addition: replaces a function of a collection's schema (AlterCollectionFunction,
     * Milvus 2.6; gRPC only).
     *
     * @param requestParam the collection, the function's name and its new definition
     * @return the outcome
     */
    R<RpcStatus> alterCollectionFunction(AlterCollectionFunctionParam requestParam);

    /**
     * Partita addition: removes a function from a collection's schema (DropCollectionFunction,
     * Milvus 2.6; gRPC only).
     *
     * @param requestParam the collection and the function's name
     * @return the outcome
     */
    R<RpcStatus> dropCollectionFunction(DropCollectionFunctionParam requestParam);

    /**
     * Partita addition: describes several collections in one call (BatchDescribeCollection, Milvus
     * 2.6; gRPC only). A collection that cannot be described has its own failing status in the
     * answer's list.
     *
     * @param requestParam the collections
     * @return one description per collection, in order
     */
    R<BatchDescribeCollectionResponse> batchDescribeCollection(BatchDescribeCollectionParam requestParam);

    /**
     * Loads a collection; with sync load (the default) waits until it is fully loaded and reports
     * a {@code LoadTimeout} failure if that takes longer than the waiting timeout.
     *
     * @param requestParam the collection, replicas and waiting settings
     * @return the outcome
     */
    R<RpcStatus> loadCollection(LoadCollectionParam requestParam);

    /**
     * @param requestParam the collection
     * @return the outcome
     */
    R<RpcStatus> releaseCollection(ReleaseCollectionParam requestParam);

    /**
     * @param requestParam the collection
     * @return its description
     */
    R<DescribeCollectionResponse> describeCollection(DescribeCollectionParam requestParam);

    /**
     * @param requestParam the collection
     * @return its statistics
     */
    R<GetCollectionStatisticsResponse> getCollectionStatistics(GetCollectionStatisticsParam requestParam);

    /**
     * @param requestParam which collections
     * @return the collections
     */
    R<ShowCollectionsResponse> showCollections(ShowCollectionsParam requestParam);

    /**
     * Flushes collections; with sync flush (the default) waits until the segments are flushed.
     *
     * @param requestParam the collections
     * @return the sealed segments per collection
     */
    R<FlushResponse> flush(FlushParam requestParam);

    /**
     * @param requestParam the collection or partitions
     * @return the loading progress, 0 to 100
     */
    R<GetLoadingProgressResponse> getLoadingProgress(GetLoadingProgressParam requestParam);

    /**
     * @param requestParam the collection or partitions
     * @return the load state
     */
    R<GetLoadStateResponse> getLoadState(GetLoadStateParam requestParam);

    // Partitions

    /**
     * @param requestParam the collection and partition
     * @return the outcome
     */
    R<RpcStatus> createPartition(CreatePartitionParam requestParam);

    /**
     * @param requestParam the collection and partition
     * @return the outcome
     */
    R<RpcStatus> dropPartition(DropPartitionParam requestParam);

    /**
     * @param requestParam the collection and partition
     * @return whether it exists
     */
    R<Boolean> hasPartition(HasPartitionParam requestParam);

    /**
     * Loads partitions; with sync load (the default) waits until they are fully loaded and
     * reports a {@code LoadTimeout} failure if that takes longer than the waiting timeout.
     *
     * @param requestParam the collection, partitions, replicas and waiting settings
     * @return the outcome
     */
    R<RpcStatus> loadPartitions(LoadPartitionsParam requestParam);

    /**
     * @param requestParam the collection and partitions
     * @return the outcome
     */
    R<RpcStatus> releasePartitions(ReleasePartitionsParam requestParam);

    /**
     * @param requestParam the collection and partition
     * @return its statistics
     */
    R<GetPartitionStatisticsResponse> getPartitionStatistics(GetPartitionStatisticsParam requestParam);

    /**
     * @param requestParam the collection and show type
     * @return the partitions
     */
    R<ShowPartitionsResponse> showPartitions(ShowPartitionsParam requestParam);

    // Aliases

    /**
     * @param requestParam the collection and alias
     * @return the outcome
     */
    R<RpcStatus> createAlias(CreateAliasParam requestParam);

    /**
     * @param requestParam the alias
     * @return the outcome
     */
    R<RpcStatus> dropAlias(DropAliasParam requestParam);

    /**
     * @param requestParam the collection and alias
     * @return the outcome
     */
    R<RpcStatus> alterAlias(AlterAliasParam requestParam);

    /**
     * Served over gRPC; the REST transport answers UNIMPLEMENTED, as Milvus 2.1's HTTP API has no
     * route for it (Milvus 2.3 and later serve it).
     *
     * @param requestParam the alias
     * @return the alias, the collection it names and its database
     */
    R<DescribeAliasResponse> describeAlias(DescribeAliasParam requestParam);

    /**
     * Served over gRPC; the REST transport answers UNIMPLEMENTED, as Milvus 2.1's HTTP API has no
     * route for it (Milvus 2.3 and later serve it).
     *
     * @param requestParam the collection
     * @return the collection's aliases
     */
    R<ListAliasesResponse> listAliases(ListAliasesParam requestParam);

    // Indexes

    /**
     * Creates an index; in sync mode (the default) waits until it is built and reports a
     * {@code WaitTimeout} failure if that takes longer than the waiting timeout.
     *
     * @param requestParam the field, index type and parameters
     * @return the outcome
     */
    R<RpcStatus> createIndex(CreateIndexParam requestParam);

    /**
     * @param requestParam the index
     * @return the outcome
     */
    R<RpcStatus> dropIndex(DropIndexParam requestParam);

    /**
     * Sets or removes properties of an index, such as {@code mmap.enabled} (Milvus 2.4+'s AlterIndex;
     * gRPC only). The server refuses it while the collection is loaded.
     *
     * @param requestParam the index, the properties to set and the keys to remove
     * @return the outcome
     */
    R<RpcStatus> alterIndex(AlterIndexParam requestParam);

    /**
     * @param requestParam the index
     * @return its description
     */
    R<DescribeIndexResponse> describeIndex(DescribeIndexParam requestParam);

    /**
     * @param requestParam the index
     * @return its build state
     */
    R<GetIndexStateResponse> getIndexState(GetIndexStateParam requestParam);

    /**
     * @param requestParam the index
     * @return its build progress
     */
    R<GetIndexBuildProgressResponse> getIndexBuildProgress(GetIndexBuildProgressParam requestParam);

    // Data

    /**
     * Inserts entities. Reads the collection's schema first to type the columns.
     *
     * @param requestParam the columns
     * @return the primary keys and counts
     */
    R<MutationResult> insert(InsertParam requestParam);

    /**
     * Upserts entities (Milvus 2.3+): rows whose primary key exists replace the stored rows, the
     * others are inserted. Reads the collection's schema first to type the columns, as
     * {@link #insert} does. The REST transport's {@code /api/v1} mode answers
     * {@code UNIMPLEMENTED} (Milvus 2.1's HTTP API has no upsert route).
     *
     * @param requestParam the columns
     * @return the primary keys and {@code upsertCnt}
     */
    R<MutationResult> upsert(UpsertParam requestParam);

    /**
     * @param requestParam the expression
     * @return the deleted keys and counts
     */
    R<MutationResult> delete(DeleteParam requestParam);

    /**
     * @param requestParam the vectors and search settings
     * @return the hits
     */
    R<SearchResults> search(SearchParam requestParam);

    /**
     * Several searches on one collection fused by a ranker (RRF or weighted); the answer has the
     * shape of a search answer, the fused scores as distances.
     *
     * @param requestParam the searches, the ranker and the fused top-K
     * @return the fused hits
     */
    R<SearchResults> hybridSearch(io.partita.param.dml.HybridSearchParam requestParam);

    /**
     * @param requestParam the expression
     * @return the matching entities
     */
    R<QueryResults> query(QueryParam requestParam);

    /**
     * Opens a query iterator: the matching rows in primary-key order, {@code batchSize} per
     * {@code next()} call, read as of the snapshot the opening call pins (rows inserted later are
     * not returned). Works over every transport.
     *
     * @param requestParam the collection, filter, output fields, batch size, offset and limit
     * @return the iterator (not thread-safe; one reader), or the failure of its opening calls
     */
    R<io.partita.orm.iterator.QueryIterator> queryIterator(io.partita.param.dml.QueryIteratorParam requestParam);

    /**
     * Opens a search iterator: the hits of one query vector, nearest first, {@code batchSize} per
     * {@code next()} call, each exactly once, read as of the snapshot the first page pins.
     *
     * @param requestParam the collection, vector field, metric, query vector, filter, batch size and topK
     * @return the iterator (not thread-safe; one reader), or the failure of its opening call
     */
    R<io.partita.orm.iterator.SearchIterator> searchIterator(io.partita.param.dml.SearchIteratorParam requestParam);

    /**
     * @param requestParam two vector sets
     * @return their distances
     */
    R<CalcDistanceResults> calcDistance(CalcDistanceParam requestParam);

    /**
     * {@link #insert} without blocking the caller. The official SDK returns Guava's
     * {@code ListenableFuture}; Partita returns a {@link java.util.concurrent.CompletableFuture}
     * (no Guava in the API), listed in docs/migration.md.
     *
     * @param requestParam the columns
     * @return the {@code R} of the insert, when it completes
     */
    default java.util.concurrent.CompletableFuture<R<MutationResult>> insertAsync(InsertParam requestParam) {
        return AsyncCalls.run(() -> insert(requestParam));
    }

    /**
     * {@link #upsert} without blocking the caller (see {@link #insertAsync}).
     *
     * @param requestParam the columns
     * @return the {@code R} of the upsert, when it completes
     */
    default java.util.concurrent.CompletableFuture<R<MutationResult>> upsertAsync(UpsertParam requestParam) {
        return AsyncCalls.run(() -> upsert(requestParam));
    }

    /**
     * {@link #search} without blocking the caller (see {@link #insertAsync}).
     *
     * @param requestParam the vectors and search settings
     * @return the {@code R} of the search, when it completes
     */
    default java.util.concurrent.CompletableFuture<R<SearchResults>> searchAsync(SearchParam requestParam) {
        return AsyncCalls.run(() -> search(requestParam));
    }

    /**
     * {@link #query} without blocking the caller (see {@link #insertAsync}).
     *
     * @param requestParam the expression
     * @return the {@code R} of the query, when it completes
     */
    default java.util.concurrent.CompletableFuture<R<QueryResults>> queryAsync(QueryParam requestParam) {
        return AsyncCalls.run(() -> query(requestParam));
    }

    // Control

    /**
     * @param requestParam segment ids
     * @return whether they are flushed
     */
    R<GetFlushStateResponse> getFlushState(GetFlushStateParam requestParam);

    /**
     * @param requestParam the collection
     * @return its persisted segments
     */
    R<GetPersistentSegmentInfoResponse> getPersistentSegmentInfo(GetPersistentSegmentInfoParam requestParam);

    /**
     * @param requestParam the collection
     * @return its loaded segments with memory sizes
     */
    R<GetQuerySegmentInfoResponse> getQuerySegmentInfo(GetQuerySegmentInfoParam requestParam);

    /**
     * @param requestParam the collection
     * @return its replica groups
     */
    R<GetReplicasResponse> getReplicas(GetReplicasParam requestParam);

    /**
     * @param requestParam the JSON request
     * @return the JSON metrics
     */
    R<GetMetricsResponse> getMetrics(GetMetricsParam requestParam);

    /**
     * Asks the server for its version (Milvus 2.2+'s GetVersion; gRPC only: Milvus 2.1's HTTP API has no
     * route for it, so the REST transport answers {@code UNIMPLEMENTED}).
     *
     * @return the server's version, e.g. {@code v2.3.5}
     */
    R<GetVersionResponse> getVersion();

    /**
     * Asks the server whether it serves requests (Milvus 2.2.9+'s CheckHealth; gRPC only: Milvus's HTTP
     * APIs have no route for it, so the REST transports answer {@code UNIMPLEMENTED}).
     *
     * @return whether the server is healthy, why not, and the quota limits in force
     */
    R<CheckHealthResponse> checkHealth();

    /**
     * Flushes every collection of the client's database (Milvus 2.4+'s FlushAll; gRPC only).
     *
     * @param syncFlushAll whether to wait until GetFlushAllState says every segment older than the
     *     answer's timestamp is flushed
     * @param syncFlushAllWaitingInterval milliseconds between two GetFlushAllState calls
     * @param syncFlushAllTimeout seconds to wait at most; past them the call fails with a wait timeout
     * @return the flush timestamp
     */
    R<FlushAllResponse> flushAll(boolean syncFlushAll, long syncFlushAllWaitingInterval, long syncFlushAllTimeout);

    /**
     * Asks whether every segment older than a FlushAll timestamp is flushed (gRPC only).
     *
     * @param requestParam the timestamp FlushAll answered
     * @return whether they are flushed
     */
    R<GetFlushAllStateResponse> getFlushAllState(GetFlushAllStateParam requestParam);

    /**
     * Runs an analyzer over texts and answers their tokens (Milvus 2.5+'s RunAnalyzer; gRPC only).
     * The official 2.x client has this call on its V2 API only; Partita's V2 client sends it through
     * here.
     *
     * @param requestParam the texts and the analyzer (its parameters, or a collection's field)
     * @return one result per text, in order
     */
    R<RunAnalyzerResponse> runAnalyzer(RunAnalyzerParam requestParam);

    /**
     * @param requestParam the nodes and segments
     * @return the outcome
     */
    R<RpcStatus> loadBalance(LoadBalanceParam requestParam);

    /**
     * @param requestParam the compaction
     * @return its state
     */
    R<GetCompactionStateResponse> getCompactionState(GetCompactionStateParam requestParam);

    /**
     * @param requestParam the collection
     * @return the compaction id
     */
    R<ManualCompactionResponse> manualCompaction(ManualCompactionParam requestParam);

    /**
     * {@link #manualCompaction} under the official SDK's name and param.
     *
     * @param requestParam the collection to compact
     * @return the compaction's id
     */
    default R<ManualCompactionResponse> manualCompact(io.partita.param.control.ManualCompactParam requestParam) {
        return manualCompaction(requestParam.toManualCompactionParam());
    }

    /**
     * @param requestParam the compaction
     * @return its state and plans
     */
    R<GetCompactionPlansResponse> getCompactionStateWithPlans(GetCompactionPlansParam requestParam);

    // Credentials

    /**
     * @param requestParam user and password
     * @return the outcome
     */
    R<RpcStatus> createCredential(CreateCredentialParam requestParam);

    /**
     * @param requestParam user and passwords
     * @return the outcome
     */
    R<RpcStatus> updateCredential(UpdateCredentialParam requestParam);

    /**
     * @param requestParam the user
     * @return the outcome
     */
    R<RpcStatus> deleteCredential(DeleteCredentialParam requestParam);

    /**
     * @param requestParam nothing
     * @return the user names
     */
    R<ListCredUsersResponse> listCredUsers(ListCredUsersParam requestParam);

    /**
     * Creates a database (Milvus 2.2.9+). Served over gRPC; the REST transport answers
     * UNIMPLEMENTED, as Milvus 2.1's HTTP API has no route for it.
     *
     * @param requestParam the database and its properties
     * @return the status
     */
    R<RpcStatus> createDatabase(CreateDatabaseParam requestParam);

    /**
     * Drops a database, which must hold no collection (Milvus 2.2.9+; gRPC only, as
     * {@link #createDatabase}).
     *
     * @param requestParam the database
     * @return the status
     */
    R<RpcStatus> dropDatabase(DropDatabaseParam requestParam);

    /**
     * Lists the databases the caller may see (Milvus 2.2.9+; gRPC only, as {@link #createDatabase}).
     *
     * @return the names, ids and creation times
     */
    R<ListDatabasesResponse> listDatabases();

    /**
     * Sets (and, with {@code AlterDatabaseParam.Builder.withDeleteKey}, removes) database properties
     * (Milvus 2.4+; gRPC only, as {@link #createDatabase}).
     *
     * @param requestParam the database and the properties
     * @return the status
     */
    R<RpcStatus> alterDatabase(AlterDatabaseParam requestParam);

    /**
     * Describes a database (Milvus 2.4+; gRPC only, as {@link #createDatabase}).
     *
     * @param requestParam the database
     * @return its name, id, creation time and properties
     */
    R<DescribeDatabaseResponse> describeDatabase(DescribeDatabaseParam requestParam);

    /**
     * Creates a resource group (Milvus 2.3+; its configuration 2.4+). Served over gRPC; the REST
     * transport answers UNIMPLEMENTED, as Milvus 2.1's HTTP API has no route for it.
     *
     * @param requestParam the group and its configuration
     * @return the status
     */
    R<RpcStatus> createResourceGroup(CreateResourceGroupParam requestParam);

    /**
     * Drops a resource group, which must hold no node and no replica (gRPC only, as
     * {@link #createResourceGroup}).
     *
     * @param requestParam the group
     * @return the status
     */
    R<RpcStatus> dropResourceGroup(DropResourceGroupParam requestParam);

    /**
     * Replaces the configuration of resource groups (Milvus 2.4+; gRPC only, as
     * {@link #createResourceGroup}).
     *
     * @param requestParam the groups and their new configurations
     * @return the status
     */
    R<RpcStatus> updateResourceGroups(UpdateResourceGroupsParam requestParam);

    /**
     * Lists the resource groups (gRPC only, as {@link #createResourceGroup}).
     *
     * @param requestParam no field
     * @return the group names
     */
    R<ListResourceGroupsResponse> listResourceGroups(ListResourceGroupsParam requestParam);

    /**
     * Describes a resource group: nodes, loaded replicas, configuration (gRPC only, as
     * {@link #createResourceGroup}).
     *
     * @param requestParam the group
     * @return the group's description
     */
    R<DescribeResourceGroupResponse> describeResourceGroup(DescribeResourceGroupParam requestParam);

    /**
     * Moves query nodes between resource groups (gRPC only, as {@link #createResourceGroup}).
     *
     * @param requestParam the groups and the number of nodes
     * @return the status
     */
    R<RpcStatus> transferNode(TransferNodeParam requestParam);

    /**
     * Moves replicas of a loaded collection between resource groups (gRPC only, as
     * {@link #createResourceGroup}).
     *
     * @param requestParam the groups, the collection and the number of replicas
     * @return the status
     */
    R<RpcStatus> transferReplica(TransferReplicaParam requestParam);

    /**
     * Creates a role (Milvus 2.2+). Served over gRPC and RESTful v2; over Milvus 2.1's
     * {@code /api/v1}, which has no route for it, the REST transport answers UNIMPLEMENTED.
     *
     * @param requestParam the role
     * @return the status
     */
    R<RpcStatus> createRole(CreateRoleParam requestParam);

    /**
     * Drops a role (transports as {@link #createRole}).
     *
     * @param requestParam the role and whether its grants go with it
     * @return the status
     */
    R<RpcStatus> dropRole(DropRoleParam requestParam);

    /**
     * Binds a user to a role (transports as {@link #createRole}).
     *
     * @param requestParam the user and the role
     * @return the status
     */
    default R<RpcStatus> addUserToRole(AddUserToRoleParam requestParam) {
        return operateUserRole(requestParam);
    }

    /**
     * Unbinds a user from a role (transports as {@link #createRole}).
     *
     * @param requestParam the user and the role
     * @return the status
     */
    default R<RpcStatus> removeUserFromRole(RemoveUserFromRoleParam requestParam) {
        return operateUserRole(requestParam);
    }

    /**
     * Grants a role a privilege on an object (transports as {@link #createRole}).
     *
     * @param requestParam the role, the object and the privilege
     * @return the status
     */
    default R<RpcStatus> grantRolePrivilege(GrantRolePrivilegeParam requestParam) {
        return operatePrivilege(requestParam);
    }

    /**
     * Revokes a privilege on an object from a role (transports as {@link #createRole}).
     *
     * @param requestParam the role, the object and the privilege
     * @return the status
     */
    default R<RpcStatus> revokeRolePrivilege(RevokeRolePrivilegeParam requestParam) {
        return operatePrivilege(requestParam);
    }

    /**
     * Binds a user to a role or unbinds it (OperateUserRole; {@link #addUserToRole} and
     * {@link #removeUserFromRole} are the official names). Transports as {@link #createRole}.
     *
     * @param requestParam the user, the role and the direction
     * @return the status
     */
    R<RpcStatus> operateUserRole(UserRoleParam requestParam);

    /**
     * Grants or revokes a role's privilege on an object (OperatePrivilege; {@link #grantRolePrivilege}
     * and {@link #revokeRolePrivilege} are the official names). Transports as {@link #createRole}.
     *
     * @param requestParam the role, the object, the privilege and the direction
     * @return the status
     */
    R<RpcStatus> operatePrivilege(RolePrivilegeParam requestParam);

    /**
     * Selects one role, optionally with its users (SelectRole; Milvus 2.2+). gRPC, and RESTful v2
     * without user info ({@code /v2/vectordb/roles/list}); {@code /api/v1} answers UNIMPLEMENTED.
     *
     * @param requestParam the role and whether its users are listed
     * @return the role, or the server's refusal of an unknown role
     */
    default R<SelectRoleResponse> selectRole(SelectRoleParam requestParam) {
        return selectRoles(requestParam);
    }

    /**
     * Selects one user, optionally with its roles (SelectUser; Milvus 2.2+). gRPC, and RESTful v2
     * ({@code /v2/vectordb/users/describe}); {@code /api/v1} answers UNIMPLEMENTED.
     *
     * @param requestParam the user and whether its roles are listed
     * @return the user (no result for an unknown user)
     */
    default R<SelectUserResponse> selectUser(SelectUserParam requestParam) {
        return selectUsers(requestParam);
    }

    /**
     * Lists the grants of a role on a database (SelectGrant; Milvus 2.2+). gRPC, and RESTful v2
     * ({@code /v2/vectordb/roles/describe}); {@code /api/v1} answers UNIMPLEMENTED.
     *
     * @param requestParam the role and the database
     * @return the grants
     */
    default R<SelectGrantResponse> selectGrantForRole(SelectGrantForRoleParam requestParam) {
        return selectGrant(requestParam);
    }

    /**
     * Lists the grants of a role on one object (SelectGrant; transports as
     * {@link #selectGrantForRole}).
     *
     * @param requestParam the role and the object
     * @return the grants
     */
    default R<SelectGrantResponse> selectGrantForRoleAndObject(SelectGrantForRoleAndObjectParam requestParam) {
        return selectGrant(requestParam);
    }

    /**
     * Selects one role or every role (SelectRole; {@link #selectRole} is the official name for one
     * role, {@link RoleSelection#all(boolean)} selects every role).
     *
     * @param requestParam the selection
     * @return the roles
     */
    R<SelectRoleResponse> selectRoles(RoleSelection requestParam);

    /**
     * Selects one user or every user (SelectUser; {@link #selectUser} is the official name for one
     * user, {@link UserSelection#all(boolean)} selects every user).
     *
     * @param requestParam the selection
     * @return the users
     */
    R<SelectUserResponse> selectUsers(UserSelection requestParam);

    /**
     * Lists a role's grants, optionally of one object (SelectGrant; {@link #selectGrantForRole} and
     * {@link #selectGrantForRoleAndObject} are the official names).
     *
     * @param requestParam the role, and the object or database
     * @return the grants
     */
    R<SelectGrantResponse> selectGrant(GrantSelection requestParam);

    /**
     * Grants or revokes a privilege or privilege group by its level (OperatePrivilegeV2, Milvus
     * 2.5+; {@code MilvusClientV2.grantPrivilegeV2} sends it). gRPC, and RESTful v2
     * ({@code /v2/vectordb/roles/grant_privilege_v2}); {@code /api/v1} answers UNIMPLEMENTED.
     *
     * @param requestParam the role, the privilege, the database and collection, the direction
     * @return the status
     */
    R<RpcStatus> operatePrivilegeV2(PrivilegeV2Param requestParam);

    /**
     * Replaces a role's description (Milvus 2.6's AlterRole; gRPC only, the HTTP APIs have no
     * route for it). An empty description clears it.
     *
     * @param requestParam the role and its new description
     * @return the status
     */
    R<RpcStatus> alterRole(AlterRoleParam requestParam);

    /**
     * Creates a privilege group (Milvus 2.5+; transports as {@link #operatePrivilegeV2}).
     *
     * @param requestParam the group's name
     * @return the status
     */
    R<RpcStatus> createPrivilegeGroup(PrivilegeGroupParam requestParam);

    /**
     * Drops a privilege group (Milvus 2.5+; transports as {@link #operatePrivilegeV2}).
     *
     * @param requestParam the group's name
     * @return the status
     */
    R<RpcStatus> dropPrivilegeGroup(PrivilegeGroupParam requestParam);

    /**
     * Lists the privilege groups, the built-in ones included (Milvus 2.5+; transports as
     * {@link #operatePrivilegeV2}).
     *
     * @return the groups and their privileges
     */
    R<ListPrivilegeGroupsResponse> listPrivilegeGroups();

    /**
     * Adds privileges to a privilege group or removes them (OperatePrivilegeGroup, Milvus 2.5+;
     * transports as {@link #operatePrivilegeV2}).
     *
     * @param requestParam the group, the privileges and the direction
     * @return the status
     */
    R<RpcStatus> operatePrivilegeGroup(PrivilegeGroupParam requestParam);
}
