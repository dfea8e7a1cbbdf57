package io.partita.interop.v21;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.milvus.client.MilvusServiceClient;
import io.milvus.grpc.DataType;
import io.milvus.grpc.QueryResults;
import io.milvus.grpc.SearchResults;
import io.milvus.param.ConnectParam;
import io.milvus.param.MetricType;
import io.milvus.param.R;
import io.milvus.param.collection.CreateCollectionParam;
import io.milvus.param.collection.DropCollectionParam;
import io.milvus.param.collection.FieldType;
import io.milvus.param.collection.FlushParam;
import io.milvus.param.collection.HasCollectionParam;
import io.milvus.param.collection.LoadCollectionParam;
import io.milvus.param.dml.InsertParam;
import io.milvus.param.dml.QueryParam;
import io.milvus.param.dml.SearchParam;
import io.milvus.param.partition.CreatePartitionParam;
import io.milvus.param.partition.LoadPartitionsParam;
import io.milvus.param.partition.ReleasePartitionsParam;
import io.partita.interop.Observed;
import io.partita.interop.Scenario;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The scenario's calls written as a user of milvus-sdk-java 2.1.0 writes them; each returns the client's {@code R}. */
final class OfficialV21Client implements AutoCloseable {
    final MilvusServiceClient client;

    OfficialV21Client(String host, int port) {
        client = new MilvusServiceClient(ConnectParam.newBuilder()
                .withHost(host)
                .withPort(port)
                .withConnectTimeout(10, TimeUnit.SECONDS)
                .build());
    }

    /** What the 2.1.0 client exposes of a failure: {@code R.getStatus()} (the legacy error_code) and the message. */
    static Observed observe(String step, R<?> r) {
        return r.getStatus() == R.Status.Success.getCode()
                ? Observed.success(step)
                : Observed.failure(step, r.getStatus(), null, r.getMessage());
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
