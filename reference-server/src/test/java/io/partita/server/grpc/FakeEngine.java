package io.partita.server.grpc;

import io.partita.server.engine.Engine;
import io.partita.server.engine.EngineConfig;
import io.partita.server.model.AliasInfo;
import io.partita.server.model.CollectionDescription;
import io.partita.server.model.CollectionInfo;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.EngineState;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FlushResult;
import io.partita.server.model.IndexDescription;
import io.partita.server.model.LoadState;
import io.partita.server.model.MutationResult;
import io.partita.server.model.PartitionInfo;
import io.partita.server.model.QueryNodeMetrics;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.ReplicaInfo;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import io.partita.server.model.SegmentInfo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A hand-written engine for adapter tests that need no storage: every call records what it was
 * given and then either throws {@link #failWith} (when set) or answers a fixed value. Calls it
 * does not support throw {@link UnsupportedOperationException}, which the adapter must report as
 * UnexpectedError.
 */
final class FakeEngine implements Engine {
    /** When non-null, thrown by every call. */
    final AtomicReference<RuntimeException> failWith = new AtomicReference<>();
    /** The last search request received. */
    final AtomicReference<SearchRequest> lastSearch = new AtomicReference<>();
    /** The last schema received. */
    final AtomicReference<CollectionSchema> lastSchema = new AtomicReference<>();
    /** The last insert columns received. */
    final AtomicReference<List<FieldColumn>> lastInsert = new AtomicReference<>();

    private void maybeFail() {
        RuntimeException e = failWith.get();
        if (e != null) {
            throw e;
        }
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not supported by the fake engine");
    }

    @Override
    public EngineState state() {
        return EngineState.OPEN;
    }

    @Override
    public EngineConfig config() {
        throw unsupported();
    }

    @Override
    public long createCollection(CollectionSchema schema) {
        maybeFail();
        lastSchema.set(schema);
        return 1;
    }

    @Override
    public long createCollection(CollectionSchema schema, long numPartitions) {
        return createCollection(schema);
    }

    @Override
    public void dropCollection(String c) {
        maybeFail();
    }

    @Override
    public boolean hasCollection(String c) {
        maybeFail();
        return true;
    }

    @Override
    public CollectionDescription describeCollection(String c) {
        maybeFail();
        throw unsupported();
    }

    @Override
    public List<CollectionInfo> showCollections(List<String> n, boolean m) {
        maybeFail();
        return List.of();
    }

    @Override
    public long collectionRowCount(String c) {
        maybeFail();
        return 0;
    }

    @Override
    public void loadCollection(String c, int r) {
        maybeFail();
    }

    @Override
    public void releaseCollection(String c) {
        maybeFail();
    }

    @Override
    public long createPartition(String c, String p) {
        maybeFail();
        return 2;
    }

    @Override
    public void dropPartition(String c, String p) {
        maybeFail();
    }

    @Override
    public boolean hasPartition(String c, String p) {
        maybeFail();
        return true;
    }

    @Override
    public List<PartitionInfo> showPartitions(String c, List<String> n, boolean m) {
        maybeFail();
        return List.of();
    }

    @Override
    public long partitionRowCount(String c, String p) {
        maybeFail();
        return 0;
    }

    @Override
    public void loadPartitions(String c, List<String> p, int r) {
        maybeFail();
    }

    @Override
    public void releasePartitions(String c, List<String> p) {
        maybeFail();
    }

    @Override
    public int loadingProgress(String c, List<String> p) {
        maybeFail();
        return 100;
    }

    @Override
    public LoadState loadState(String c, List<String> p) {
        maybeFail();
        return LoadState.LOADED;
    }

    @Override
    public void createAlias(String c, String a) {
        maybeFail();
    }

    @Override
    public void dropAlias(String a) {
        maybeFail();
    }

    @Override
    public void alterAlias(String c, String a) {
        maybeFail();
    }

    @Override
    public AliasInfo describeAlias(String a) {
        maybeFail();
        throw unsupported();
    }

    @Override
    public List<AliasInfo> listAliases(String c) {
        maybeFail();
        return List.of();
    }

    @Override
    public MutationResult insert(String c, String p, List<FieldColumn> columns) {
        maybeFail();
        lastInsert.set(columns);
        long[] ids = new long[columns.isEmpty() ? 0 : columns.get(0).rowCount()];
        return new MutationResult(FieldColumn.longs("id", ids), ids.length, 1L << 18);
    }

    @Override
    public MutationResult upsert(String c, String p, List<FieldColumn> columns) {
        maybeFail();
        throw unsupported();
    }

    @Override
    public MutationResult upsert(String c, String p, List<FieldColumn> columns, boolean partialUpdate) {
        maybeFail();
        throw unsupported();
    }

    @Override
    public MutationResult delete(String c, String p, String expr) {
        maybeFail();
        throw unsupported();
    }

    @Override
    public FlushResult flush(List<String> c) {
        maybeFail();
        throw unsupported();
    }

    @Override
    public boolean flushed(List<Long> s) {
        maybeFail();
        return true;
    }

    @Override
    public void createIndex(String c, String f, String i, Map<String, String> p) {
        maybeFail();
    }

    @Override
    public List<IndexDescription> describeIndexes(String c, String f, String i) {
        maybeFail();
        return List.of();
    }

    @Override
    public void dropIndex(String c, String f, String i) {
        maybeFail();
    }

    @Override
    public SearchResult search(SearchRequest request) {
        maybeFail();
        lastSearch.set(request);
        int nq = request.vectors().rowCount();
        return new SearchResult(
                nq, request.topK(), new long[nq], FieldColumn.longs("id", new long[0]), new float[0], List.of());
    }

    @Override
    public long timestamp() {
        return 1;
    }

    @Override
    public io.partita.server.model.SearchResult hybridSearch(io.partita.server.model.HybridSearchRequest request) {
        maybeFail();
        return new SearchResult(
                1, request.limit(), new long[1], FieldColumn.longs("id", new long[0]), new float[0], List.of());
    }

    @Override
    public List<FieldColumn> query(QueryRequest request) {
        maybeFail();
        return List.of();
    }

    @Override
    public List<SegmentInfo> querySegmentInfo(String c) {
        maybeFail();
        return List.of();
    }

    @Override
    public void addCollectionField(String c, io.partita.server.model.FieldSchema field) {
        maybeFail();
    }

    @Override
    public long segmentsRead(String c) {
        maybeFail();
        return 0;
    }

    @Override
    public List<SegmentInfo> persistentSegmentInfo(String c) {
        maybeFail();
        return List.of();
    }

    @Override
    public List<ReplicaInfo> replicas(String c) {
        maybeFail();
        return List.of();
    }

    @Override
    public List<QueryNodeMetrics> queryNodes() {
        maybeFail();
        return List.of();
    }

    @Override
    public String systemInfoJson() {
        maybeFail();
        return "{\"nodes\":[]}";
    }

    @Override
    public void close() {}
}
