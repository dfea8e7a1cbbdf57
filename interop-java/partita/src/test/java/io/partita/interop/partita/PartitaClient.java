package io.partita.interop.partita;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partita.client.MilvusServiceClient;
import io.partita.exception.MilvusServerException;
import io.partita.interop.Observed;
import io.partita.interop.Scenario;
import io.partita.model.DataType;
import io.partita.model.QueryResults;
import io.partita.model.SearchResults;
import io.partita.param.ConnectParam;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.DropCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.FlushParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.param.partition.ReleasePartitionsParam;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The scenario's calls through Partita's SDK (sdk-core over sdk-grpc): {@code OfficialV21Client}
 * of the official-v21 module with the documented migration rules applied to its imports
 * ({@code io.milvus.grpc.} becomes {@code io.partita.model.}, then {@code io.milvus.} becomes
 * {@code io.partita.}); each call returns Partita's {@code R}.
 */
final class PartitaClient implements AutoCloseable {
    final MilvusServiceClient client;

    PartitaClient(String host, int port) {
        client = new MilvusServiceClient(ConnectParam.newBuilder()
                .withHost(host)
                .withPort(port)
                .withConnectTimeout(10, TimeUnit.SECONDS)
                .build());
    }

    /**
     * What Partita exposes of a server failure: {@code R.getStatus()} is the legacy error_code (as
     * with 2.1.0) and the {@link MilvusServerException} in the {@code R} carries the 2.3+ code and
     * the reason exactly as sent. The reason is taken from there: Partita's {@code R.getMessage()}
     * currently appends {@code " (error_code=N, code=M)"} where both official clients return the
     * reason verbatim, so only its prefix is checked here.
     */
    static Observed observe(String step, R<?> r) {
        if (r.getStatus() == R.Status.Success.getCode()) {
            return Observed.success(step);
        }
        if (!(r.getException() instanceof MilvusServerException)) {
            return Observed.failure(step, r.getStatus(), null, r.getMessage());
        }
        MilvusServerException e = (MilvusServerException) r.getException();
        assertEquals(e.getErrorCode(), r.getStatus(), "Partita's R.getStatus() is the legacy error_code");
        assertTrue(
                r.getMessage().startsWith(e.getReason()),
                () -> "R.getMessage() '" + r.getMessage() + "' does not start with the server's reason '"
                        + e.getReason() + "'");
        return Observed.failure(step, r.getStatus(), e.getServerCode(), e.getReason());
    }

    static <T> T ok(R<T> r) {
        assertEquals(R.Status.Success.getCode(), r.getStatus(), () -> "expected success, got " + r);
        return r.getData();
    }

    void dropBookIfPresent() {
        if (ok(client.hasCollection(HasCollectionParam.newBuilder()
                .withCollectionName(Scenario.COLLECTION)
                .build()))) {
            ok(client.dropCollection(DropCollectionParam.newBuilder()
                    .withCollectionName(Scenario.COLLECTION)
                    .build()));
        }
    }

    R<?> createCollection() {
        return client.createCollection(CreateCollectionParam.newBuilder()
                .withCollectionName(Scenario.COLLECTION)
                .withDescription("the seed's books")
                .withShardsNum(2)
                .addFieldType(FieldType.newBuilder()
                        .withName(Scenario.PK)
                        .withDataType(DataType.Int64)
                        .withPrimaryKey(true)
                        .withAutoID(false)
                        .build())
                .addFieldType(FieldType.newBuilder()
                        .withName(Scenario.WORD_COUNT)
                        .withDataType(DataType.Int64)
                        .build())
                .addFieldType(FieldType.newBuilder()
                        .withName(Scenario.VECTOR)
                        .withDataType(DataType.FloatVector)
                        .withDimension(Scenario.DIM)
                        .build())
                .build());
    }

    R<?> createPartition(String partition) {
        return client.createPartition(CreatePartitionParam.newBuilder()
                .withCollectionName(Scenario.COLLECTION)
                .withPartitionName(partition)
                .build());
    }

    R<?> insert(String partition) {
        return client.insert(InsertParam.newBuilder()
                .withCollectionName(Scenario.COLLECTION)
                .withPartitionName(partition)
                .withFields(List.of(
                        new InsertParam.Field(Scenario.PK, Scenario.ids()),
                        new InsertParam.Field(Scenario.WORD_COUNT, Scenario.wordCounts()),
                        new InsertParam.Field(Scenario.VECTOR, Scenario.vectors())))
                .build());
    }

    R<?> flush() {
        return client.flush(
                FlushParam.newBuilder().addCollectionName(Scenario.COLLECTION).build());
    }

    /** Sync load, as the seed's users call it. */
    R<?> loadPartitions(String... partitions) {
        return client.loadPartitions(LoadPartitionsParam.newBuilder()
                .withCollectionName(Scenario.COLLECTION)
                .withPartitionNames(List.of(partitions))
                .withSyncLoad(true)
                .withSyncLoadWaitingTimeout(Scenario.LOAD_TIMEOUT_SECONDS)
                .build());
    }

    R<?> loadCollection() {
        return client.loadCollection(LoadCollectionParam.newBuilder()
                .withCollectionName(Scenario.COLLECTION)
                .withSyncLoad(true)
                .withSyncLoadWaitingTimeout(Scenario.LOAD_TIMEOUT_SECONDS)
                .build());
    }

    /** The seed's call, verbatim. */
    R<?> releasePartitions(String partition) {
        return client.releasePartitions(ReleasePartitionsParam.newBuilder()
                .withCollectionName("book")
                .withPartitionNames(List.of(partition))
                .build());
    }

    R<SearchResults> search(String... partitions) {
        return client.search(SearchParam.newBuilder()
                .withCollectionName(Scenario.COLLECTION)
                .withPartitionNames(List.of(partitions))
                .withMetricType(MetricType.L2)
                .withVectorFieldName(Scenario.VECTOR)
                .withVectors(List.of(Scenario.QUERY_VECTOR))
                .withTopK(Scenario.TOP_K)
                .withParams("{\"nprobe\":10}")
                .withOutFields(List.of(Scenario.WORD_COUNT))
                .build());
    }

    R<QueryResults> query(String... partitions) {
        return client.query(QueryParam.newBuilder()
                .withCollectionName(Scenario.COLLECTION)
                .withPartitionNames(List.of(partitions))
                .withExpr(Scenario.QUERY_EXPR)
                .withOutFields(List.of(Scenario.PK, Scenario.WORD_COUNT))
                .build());
    }

    /** book with novel and poem, both holding the scenario's rows, flushed; nothing loaded. */
    void createBookWithData() {
        dropBookIfPresent();
        ok(createCollection());
        ok(createPartition(Scenario.NOVEL));
        ok(createPartition(Scenario.POEM));
        ok(insert(Scenario.NOVEL));
        ok(insert(Scenario.POEM));
        ok(flush());
    }

    @Override
    public void close() {
        client.close();
    }
}
