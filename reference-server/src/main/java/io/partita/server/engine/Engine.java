package io.partita.server.engine;

import io.partita.server.model.AliasInfo;
import io.partita.server.model.CollectionDescription;
import io.partita.server.model.CollectionInfo;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.Compaction;
import io.partita.server.model.DatabaseInfo;
import io.partita.server.model.EngineException;
import io.partita.server.model.EngineState;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.FlushResult;
import io.partita.server.model.HybridSearchRequest;
import io.partita.server.model.IndexDescription;
import io.partita.server.model.LoadOptions;
import io.partita.server.model.LoadState;
import io.partita.server.model.MutationResult;
import io.partita.server.model.PartitionInfo;
import io.partita.server.model.QueryNodeMetrics;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.ReplicaInfo;
import io.partita.server.model.ResourceGroupConfig;
import io.partita.server.model.ResourceGroupInfo;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import io.partita.server.model.SegmentInfo;
import java.util.List;
import java.util.Map;

/**
 * The reference server's one engine: catalog, storage, load lifecycle, memory accounting,
 * search and query, with every rule of SEMANTICS.md applied here and only here. Transport
 * adapters (gRPC, HTTP) translate requests into these calls and results back.
 *
 * <p><b>Threading.</b> Every method is thread-safe and may be called from any thread. Calls on
 * different collections do not block each other; calls on the same collection are serialized
 * where they change state, while searches and queries run concurrently on an immutable snapshot
 * of the loaded data taken when they start. No method waits for a background load to finish.
 *
 * <p><b>Errors.</b> A refused request raises {@link EngineException} carrying the legacy
 * {@code ErrorCode}, the 2.3+ {@code code}, the exact reason and {@code retriable}; the adapter
 * copies them into {@code common.Status}. Collection names also resolve aliases wherever a
 * collection is read (describe, search, query, insert, delete, load, statistics, …).
 *
 * <p><b>Lifecycle.</b> {@code LocalEngine.open} returns an {@link EngineState#OPEN} engine; {@link #close()}
 * moves it to CLOSING (new calls fail with legacy code 56 {@code NotReadyServe}), stops
 * background loads, syncs and closes files, then CLOSED. Every call checks the state. The
 * caller owns the engine and must close it.
 */
public interface Engine extends AutoCloseable {
    /** Milvus's bound on query vectors per search (nq), enforced by {@link #search} only. */
    int MAX_NQ = 16384;

    /** Milvus's bound on hits per query vector (topK, and topK + offset), enforced by {@link #search} only. */
    int MAX_TOPK = 16384;

    EngineState state();

    EngineConfig config();

    // ---- collections ----------------------------------------------------------------------

    /** Creates a collection and its {@code _default} partition; returns the collection id. */
    long createCollection(CollectionSchema schema);

    /**
     * Creates a collection with CreateCollection's {@code num_partitions}: with a partition key
     * field ({@code FieldSchema.partitionKey()}) its hidden partitions {@code _default_0} … (0 takes
     * the profile's default count) instead of {@code _default}; without one, a non-zero count is
     * refused as Milvus refuses it.
     */
    long createCollection(CollectionSchema schema, long numPartitions);

    /**
     * AddCollectionField (Milvus 2.6): appends a nullable field to an existing collection; rows
     * stored before read it as null or its default value. The adapters serve it on milvus-2.6 only.
     */
    void addCollectionField(String collectionName, FieldSchema field);

    /**
     * AlterCollectionField (Milvus 2.6): sets and removes type params of one field, durably
     * ({@code max_length}, {@code max_capacity}, {@code mmap.enabled}); DescribeCollection reports
     * them. The adapters serve it on milvus-2.6 only.
     */
    default void alterCollectionField(
            String collectionName, String fieldName, Map<String, String> properties, List<String> deleteKeys) {
        throw new UnsupportedOperationException("alterCollectionField");
    }

    /**
     * TruncateCollection (Milvus 2.6): removes every row of every partition, durably, keeping the
     * schema, partitions, indexes and load. The adapters serve it on milvus-2.6 only.
     */
    default void truncateCollection(String collectionName) {
        throw new UnsupportedOperationException("truncateCollection");
    }

    /** Drops a collection, releasing its memory first and deleting its data. */
    void dropCollection(String collectionName);

    /**
     * AlterCollection: sets these properties and removes {@code deleteKeys}, durably;
     * DescribeCollection reports them.
     */
    default void alterCollection(String collectionName, Map<String, String> properties, List<String> deleteKeys) {
        throw new UnsupportedOperationException("alterCollection");
    }

    /** RenameCollection within the current database; aliases keep pointing at the collection. */
    default void renameCollection(String oldName, String newName) {
        throw new UnsupportedOperationException("renameCollection");
    }

    boolean hasCollection(String collectionName);

    CollectionDescription describeCollection(String collectionName);

    /**
     * ShowCollections. {@code names} empty = all collections. When {@code inMemory} is true only
     * loaded/loading collections are listed (2.1: naming a collection that is not loaded is an
     * error), with their progress.
     */
    List<CollectionInfo> showCollections(List<String> names, boolean inMemory);

    /**
     * Row count: durable inserted rows (flushed and unflushed, loaded or not), without subtracting
     * deletes, as Milvus's statistics count before compaction (see ENGINE.md).
     */
    long collectionRowCount(String collectionName);

    /**
     * Schedules loading every partition of the collection and returns; data loads in the
     * background. {@code replicaNumber ≤ 0} means 1.
     */
    void loadCollection(String collectionName, int replicaNumber);

    /**
     * As {@link #loadCollection(String, int)}, placing the replicas of a first load on these
     * resource groups (empty = the default group; one = all replicas in it; else one per replica).
     */
    default void loadCollection(String collectionName, int replicaNumber, List<String> resourceGroups) {
        if (!resourceGroups.isEmpty()) {
            throw new UnsupportedOperationException("resource groups");
        }
        loadCollection(collectionName, replicaNumber);
    }

    /**
     * As {@link #loadCollection(String, int, List)} with the options of a 2.3+ request: {@code
     * refresh}, and on profiles with partial loads {@code load_fields} and {@code
     * skip_load_dynamic_field} (only those fields resident and charged).
     */
    default void loadCollection(
            String collectionName, int replicaNumber, List<String> resourceGroups, LoadOptions options) {
        if (!options.equals(LoadOptions.DEFAULT)) {
            throw new UnsupportedOperationException("load options");
        }
        loadCollection(collectionName, replicaNumber, resourceGroups);
    }

    /** Releases the collection; cancels a running load. Memory is freed before it returns. */
    void releaseCollection(String collectionName);

    // ---- partitions -----------------------------------------------------------------------

    /** Creates a partition; returns its id. */
    long createPartition(String collectionName, String partitionName);

    void dropPartition(String collectionName, String partitionName);

    boolean hasPartition(String collectionName, String partitionName);

    /**
     * ShowPartitions. {@code names} empty = all partitions. {@code inMemory} = the InMemory show
     * type: 2.1 lists loaded partitions (naming one that is not loaded is an error), 2.3 answers
     * with percentages.
     */
    List<PartitionInfo> showPartitions(String collectionName, List<String> names, boolean inMemory);

    /** Row count of one partition, counted as {@link #collectionRowCount} counts. */
    long partitionRowCount(String collectionName, String partitionName);

    /** Schedules loading these partitions and returns; {@code replicaNumber ≤ 0} means 1. */
    void loadPartitions(String collectionName, List<String> partitionNames, int replicaNumber);

    /** As {@link #loadPartitions(String, List, int)}, placing a first load's replicas on these resource groups. */
    default void loadPartitions(
            String collectionName, List<String> partitionNames, int replicaNumber, List<String> resourceGroups) {
        if (!resourceGroups.isEmpty()) {
            throw new UnsupportedOperationException("resource groups");
        }
        loadPartitions(collectionName, partitionNames, replicaNumber);
    }

    /** As {@link #loadPartitions(String, List, int, List)} with a request's load options (see loadCollection). */
    default void loadPartitions(
            String collectionName,
            List<String> partitionNames,
            int replicaNumber,
            List<String> resourceGroups,
            LoadOptions options) {
        if (!options.equals(LoadOptions.DEFAULT)) {
            throw new UnsupportedOperationException("load options");
        }
        loadPartitions(collectionName, partitionNames, replicaNumber, resourceGroups);
    }

    /** Releases these partitions; cancels running loads; memory is freed before it returns. */
    void releasePartitions(String collectionName, List<String> partitionNames);

    /**
     * Loading progress 0..100 (bytes loaded / bytes to load, never decreasing within one load)
     * of the collection's loaded or loading partitions (partition names empty) or of these
     * partitions; 0 when nothing is loaded. Throws the failure, naming the file, when the last
     * load of one of them failed (e.g. a corrupt segment).
     */
    int loadingProgress(String collectionName, List<String> partitionNames);

    /** Load state of the collection (partition names empty) or of these partitions. Never throws for a missing collection: NOT_EXIST. */
    LoadState loadState(String collectionName, List<String> partitionNames);

    // ---- compaction (Milvus 2.0+: ManualCompaction, GetCompactionState, GetCompactionStateWithPlans)

    /**
     * ManualCompaction of the collection named (or, name empty, of the one with this id): every
     * partition's sealed segments rewritten without deleted rows, loaded ones swapped at once.
     * Synchronous: the answer's compaction has completed.
     */
    default Compaction compact(String collectionName, long collectionId) {
        throw new UnsupportedOperationException("compaction");
    }

    /** The compaction this engine ran with that id, or null. */
    default Compaction compaction(long compactionId) {
        return null;
    }

    // ---- databases (Milvus 2.2.9+) ---------------------------------------------------------
    // An engine over one data directory has only the default database; the engine opened by
    // DatabaseEngines keeps one per database and serves every other call in
    // DatabaseScope.current().

    /** CreateDatabase. */
    default void createDatabase(String name, Map<String, String> properties) {
        throw new UnsupportedOperationException("databases");
    }

    /** DropDatabase: refused for {@code default} and for a database that still has collections. */
    default void dropDatabase(String name) {
        throw new UnsupportedOperationException("databases");
    }

    /** AlterDatabase: sets these properties (and removes {@code deleteKeys}). */
    default void alterDatabase(String name, Map<String, String> properties, List<String> deleteKeys) {
        throw new UnsupportedOperationException("databases");
    }

    default List<DatabaseInfo> listDatabases() {
        return List.of(new DatabaseInfo(DatabaseScope.DEFAULT, 1, 0, Map.of()));
    }

    /** DescribeDatabase; an unknown name answers code 800 {@code database not found[database=%s]}. */
    default DatabaseInfo describeDatabase(String name) {
        String db = name.isEmpty() ? DatabaseScope.DEFAULT : name;
        if (!DatabaseScope.DEFAULT.equals(db)) {
            throw EngineException.of(
                    io.partita.server.model.ErrorCodes.UNEXPECTED_ERROR,
                    CODE_DATABASE_NOT_FOUND,
                    "database not found[database=" + db + "]");
        }
        return listDatabases().get(0);
    }

    /** Milvus's code for an unknown database. */
    int CODE_DATABASE_NOT_FOUND = 800;

    // ---- resource groups (Milvus 2.3+; the engine keeps them on every profile) ----------------

    /** CreateResourceGroup; {@code config} null = requests and limits 0. */
    default void createResourceGroup(String name, ResourceGroupConfig config) {
        throw new UnsupportedOperationException("resource groups");
    }

    /** DropResourceGroup: refused while a replica is loaded in it; a missing group is dropped already. */
    default void dropResourceGroup(String name) {
        throw new UnsupportedOperationException("resource groups");
    }

    /** UpdateResourceGroups: all or nothing; nodes are redistributed at once. */
    default void updateResourceGroups(Map<String, ResourceGroupConfig> configs) {
        throw new UnsupportedOperationException("resource groups");
    }

    /** TransferNode: moves {@code numNode} nodes' worth of requests from one group to another. */
    default void transferNode(String source, String target, int numNode) {
        throw new UnsupportedOperationException("resource groups");
    }

    /** TransferReplica: moves {@code numReplica} replicas of a loaded collection to another group. */
    default void transferReplica(String source, String target, String collectionName, long numReplica) {
        throw new UnsupportedOperationException("resource groups");
    }

    default List<String> listResourceGroups() {
        throw new UnsupportedOperationException("resource groups");
    }

    default ResourceGroupInfo describeResourceGroup(String name) {
        throw new UnsupportedOperationException("resource groups");
    }

    // ---- aliases --------------------------------------------------------------------------

    void createAlias(String collectionName, String alias);

    void dropAlias(String alias);

    void alterAlias(String collectionName, String alias);

    AliasInfo describeAlias(String alias);

    /** Aliases of one collection, or of all collections when {@code collectionName} is empty. */
    List<AliasInfo> listAliases(String collectionName);

    // ---- data -----------------------------------------------------------------------------

    /**
     * Inserts rows (one column per field, the primary key omitted when autoID); partition empty
     * = {@code _default}. Returns once the rows are durable; rows in a loaded partition are
     * searchable when it returns.
     */
    MutationResult insert(String collectionName, String partitionName, List<FieldColumn> columns);

    /**
     * Inserts rows replacing any row with the same primary key in any partition (Milvus's
     * {@code Upsert}): the new rows are written to the log and synced, then the old ones are
     * deleted with an earlier timestamp, under one collection lock, so a query never sees both or
     * neither. The primary key must be given, also on autoID collections. Durable on return.
     */
    MutationResult upsert(String collectionName, String partitionName, List<FieldColumn> columns);

    /**
     * An upsert; with {@code partialUpdate} (Milvus 2.6 {@code UpsertRequest.partial_update}) the
     * columns may name a subset of the fields: a row whose key is stored keeps the stored values of
     * the fields it leaves out (its dynamic keys are merged), a row with a new key must give every
     * field that is not nullable, has no default value and is no function's output ("fieldSchema(f)
     * has no corresponding fieldData pass in"). The stored rows are read by a query, so the
     * collection must be loaded.
     */
    MutationResult upsert(
            String collectionName, String partitionName, List<FieldColumn> columns, boolean partialUpdate);

    /**
     * As {@link #insert(String, String, List)}, with the row count the request declared
     * ({@code num_rows}): every column must hold exactly that many rows, else the insert is
     * refused as Milvus refuses it. 0 means "not declared" (only the columns must agree).
     */
    default MutationResult insert(
            String collectionName, String partitionName, List<FieldColumn> columns, long numRows) {
        return insert(collectionName, partitionName, columns);
    }

    /** Deletes by a primary-key expression ({@code pk in [..]} or any filter); durable on return. */
    MutationResult delete(String collectionName, String partitionName, String expr);

    /** Seals growing data of these collections into segment files. Synchronous. */
    FlushResult flush(List<String> collectionNames);

    /** True when every one of these segments is flushed (unknown ids count as flushed: they were compacted away). */
    boolean flushed(List<Long> segmentIds);

    // ---- indexes --------------------------------------------------------------------------

    /**
     * Creates an index on a vector field. {@code params} holds {@code index_type} (FLAT,
     * IVF_FLAT, HNSW; BIN_FLAT for binary), {@code metric_type} (L2, IP, COSINE) and any build
     * params as given. Builds are immediate.
     */
    void createIndex(String collectionName, String fieldName, String indexName, Map<String, String> params);

    /**
     * Indexes of the collection, filtered by field name and/or index name when non-empty;
     * refuses with legacy 25 / code 700 {@code index not found[collection=%s]} when none match.
     */
    List<IndexDescription> describeIndexes(String collectionName, String fieldName, String indexName);

    void dropIndex(String collectionName, String fieldName, String indexName);

    /**
     * AlterIndex (Milvus 2.4+): sets these properties of the named index ({@code mmap.enabled},
     * {@code indexoffsetcache.enabled}, {@code warmup}) and removes {@code deleteKeys}; refused
     * while the collection is loaded.
     */
    default void alterIndex(
            String collectionName, String indexName, Map<String, String> properties, List<String> deleteKeys) {
        throw new UnsupportedOperationException("alterIndex");
    }

    // ---- search and query -----------------------------------------------------------------

    SearchResult search(SearchRequest request);

    /**
     * A hybrid timestamp from the engine's clock: later than every acknowledged write. Iterators
     * pin it ({@code session_ts}) and send it back as their snapshot.
     */
    long timestamp();

    /**
     * Several searches on one collection's vector fields fused into one ranking (RRF or weighted
     * scores), answered in a search's shape.
     */
    SearchResult hybridSearch(HybridSearchRequest request);

    /** Returns the requested fields of matching rows as columns (primary key first). */
    List<FieldColumn> query(QueryRequest request);

    // ---- introspection --------------------------------------------------------------------

    /** Loaded segments of a collection with their exact memory size per replica. */
    List<SegmentInfo> querySegmentInfo(String collectionName);

    /**
     * How many loaded segments searches and queries of this collection have read since the engine
     * opened (a filter on a partition key reads only the partitions its values route to).
     */
    long segmentsRead(String collectionName);

    /** Stored segments (growing and flushed) of a collection. */
    List<SegmentInfo> persistentSegmentInfo(String collectionName);

    List<ReplicaInfo> replicas(String collectionName);

    /** Every query node's charged memory and mapped bytes, all read in one moment (their sums are ones that existed). */
    List<QueryNodeMetrics> queryNodes();

    /** The JSON answer to GetMetrics {@code {"metric_type":"system_info"}}. */
    String systemInfoJson();

    /** Closes the engine; idempotent; waits for running calls a bounded time. */
    @Override
    void close();
}
