package io.partita.differential;

import io.partita.client.MilvusClient;
import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.model.DataType;
import io.partita.model.MutationResult;
import io.partita.model.QueryResults;
import io.partita.model.SearchResults;
import io.partita.model.ShowPartitionsResponse;
import io.partita.model.ShowType;
import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.DropCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.FlushParam;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.collection.ReleaseCollectionParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.index.CreateIndexParam;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.DropPartitionParam;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls of the scenario on the seed's {@code book} schema ({@code book_id} Int64 primary key,
 * {@code word_count} Int64, {@code book_intro} 2-dim float vector), through Partita's public
 * client API only. Rows have id {@code i} and vector {@code [i, 0]}, so an exact L2 search has no
 * ties. Not thread-safe; the client is borrowed, not closed.
 */
final class BookCalls {
    static final String VECTOR = "book_intro";
    private final MilvusClient client;

    BookCalls(MilvusClient client) {
        this.client = client;
    }

    R<RpcStatus> createBook(String name) {
        return client.createCollection(CreateCollectionParam.newBuilder().withCollectionName(name).withShardsNum(2)
            .addFieldType(FieldType.newBuilder().withName("book_id").withDataType(DataType.Int64).withPrimaryKey(true)
                .withAutoID(false).build())
            .addFieldType(FieldType.newBuilder().withName("word_count").withDataType(DataType.Int64).build())
            .addFieldType(FieldType.newBuilder().withName(VECTOR).withDataType(DataType.FloatVector).withDimension(2).build())
            .build());
    }

    R<RpcStatus> dropCollection(String name) {
        return client.dropCollection(DropCollectionParam.newBuilder().withCollectionName(name).build());
    }

    R<RpcStatus> createPartition(String name, String partition) {
        return client.createPartition(CreatePartitionParam.newBuilder().withCollectionName(name).withPartitionName(partition).build());
    }

    R<RpcStatus> dropPartition(String name, String partition) {
        return client.dropPartition(DropPartitionParam.newBuilder().withCollectionName(name).withPartitionName(partition).build());
    }

    /** Inserts ids {@code from .. from+count-1}, word_count {@code 10000 + id}, vector {@code [id, 0]}. */
    R<MutationResult> insert(String name, String partition, long from, int count) {
        List<Long> ids = new ArrayList<>();
        List<Long> words = new ArrayList<>();
        List<List<Float>> vectors = new ArrayList<>();
        for (long i = from; i < from + count; i++) {
            ids.add(i);
            words.add(10_000 + i);
            vectors.add(List.of((float) i, 0f));
        }
        return client.insert(InsertParam.newBuilder().withCollectionName(name).withPartitionName(partition)
            .withFields(List.of(new InsertParam.Field("book_id", ids), new InsertParam.Field("word_count", words),
                new InsertParam.Field(VECTOR, vectors)))
            .build());
    }

    R<?> flush(String name) {
        return client.flush(FlushParam.newBuilder().addCollectionName(name).withSyncFlush(true).build());
    }

    R<RpcStatus> createFlatIndex(String name) {
        return client.createIndex(CreateIndexParam.newBuilder().withCollectionName(name).withFieldName(VECTOR)
            .withIndexType(IndexType.FLAT).withMetricType(MetricType.L2).withExtraParam("{}").withSyncMode(true).build());
    }

    R<RpcStatus> loadPartitions(String name, List<String> partitions) {
        return client.loadPartitions(LoadPartitionsParam.newBuilder().withCollectionName(name).withPartitionNames(partitions)
            .withSyncLoad(true).withSyncLoadWaitingTimeout(120L).build());
    }

    R<RpcStatus> releasePartitions(String name, List<String> partitions) {
        return client.releasePartitions(ReleasePartitionsParam.newBuilder().withCollectionName(name)
            .withPartitionNames(partitions).build());
    }

    R<RpcStatus> loadCollection(String name, int replicas) {
        return client.loadCollection(LoadCollectionParam.newBuilder().withCollectionName(name).withReplicaNumber(replicas)
            .withSyncLoad(true).withSyncLoadWaitingTimeout(120L).build());
    }

    R<RpcStatus> releaseCollection(String name) {
        return client.releaseCollection(ReleaseCollectionParam.newBuilder().withCollectionName(name).build());
    }

    R<ShowPartitionsResponse> showInMemory(String name, List<String> partitions) {
        return client.showPartitions(ShowPartitionsParam.newBuilder().withCollectionName(name)
            .withPartitionNames(partitions).withShowType(ShowType.InMemory).build());
    }

    R<io.partita.model.DescribeCollectionResponse> describe(String name) {
        return client.describeCollection(io.partita.param.collection.DescribeCollectionParam.newBuilder()
            .withCollectionName(name).build());
    }

    R<ShowPartitionsResponse> showAll(String name) {
        return client.showPartitions(ShowPartitionsParam.newBuilder().withCollectionName(name).build());
    }

    /** Exact (FLAT) L2 search for {@code [x, 0]}, strong consistency. */
    R<SearchResults> search(String name, List<String> partitions, float x, int topK) {
        return client.search(SearchParam.newBuilder().withCollectionName(name).withPartitionNames(partitions)
            .withVectorFieldName(VECTOR).withMetricType(MetricType.L2).withTopK(topK).withVectors(List.of(List.of(x, 0f)))
            .withParams("{\"nprobe\":10}").withConsistencyLevel(ConsistencyLevelEnum.STRONG).build());
    }

    R<QueryResults> query(String name, List<String> partitions, String expr) {
        return client.query(QueryParam.newBuilder().withCollectionName(name).withPartitionNames(partitions).withExpr(expr)
            .withOutFields(List.of("book_id")).withConsistencyLevel(ConsistencyLevelEnum.STRONG).build());
    }
}
