package io.partita.interop.clients.java21;

import static io.partita.interop.clients.ScenarioData.DEFAULT_FIRST_ID;
import static io.partita.interop.clients.ScenarioData.DEFAULT_ROWS;
import static io.partita.interop.clients.ScenarioData.DIM;
import static io.partita.interop.clients.ScenarioData.LOAD_TIMEOUT_SECONDS;
import static io.partita.interop.clients.ScenarioData.NOVEL_FIRST_ID;
import static io.partita.interop.clients.ScenarioData.NOVEL_ROWS;
import static io.partita.interop.clients.ScenarioData.PK;
import static io.partita.interop.clients.ScenarioData.QUERY_EXPR;
import static io.partita.interop.clients.ScenarioData.QUERY_VECTOR;
import static io.partita.interop.clients.ScenarioData.TOP_K;
import static io.partita.interop.clients.ScenarioData.VECTOR;
import static io.partita.interop.clients.ScenarioData.WORD_COUNT;

import io.milvus.client.MilvusServiceClient;
import io.milvus.common.clientenum.ConsistencyLevelEnum;
import io.milvus.grpc.DataType;
import io.milvus.grpc.QueryResults;
import io.milvus.grpc.SearchResults;
import io.milvus.grpc.ShowPartitionsResponse;
import io.milvus.param.IndexType;
import io.milvus.param.MetricType;
import io.milvus.param.R;
import io.milvus.param.collection.CreateCollectionParam;
import io.milvus.param.collection.DropCollectionParam;
import io.milvus.param.collection.FieldType;
import io.milvus.param.collection.FlushParam;
import io.milvus.param.collection.HasCollectionParam;
import io.milvus.param.collection.LoadCollectionParam;
import io.milvus.param.collection.ReleaseCollectionParam;
import io.milvus.param.dml.InsertParam;
import io.milvus.param.dml.QueryParam;
import io.milvus.param.dml.SearchParam;
import io.milvus.param.index.CreateIndexParam;
import io.milvus.param.partition.CreatePartitionParam;
import io.milvus.param.partition.LoadPartitionsParam;
import io.milvus.param.partition.ReleasePartitionsParam;
import io.milvus.param.partition.ShowPartitionsParam;
import io.partita.interop.clients.ScenarioData;
import java.util.List;

/**
 * The scenario's calls as a user of milvus-sdk-java 2.1.0 writes them, each answering the
 * client's own {@code R}. One instance per collection; not thread-safe.
 */
final class Java21Calls {
  private final MilvusServiceClient client;
  private final String collection;

  Java21Calls(MilvusServiceClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  /** Null when {@code r} is a success, else what the 2.1.0 client exposes: R's status and message. */
  static String error(R<?> r) {
    return r.getStatus() == R.Status.Success.getCode() ? null : "R(status=" + r.getStatus() + ") " + r.getMessage();
  }

  R<Boolean> hasCollection() {
    return client.hasCollection(HasCollectionParam.newBuilder().withCollectionName(collection).build());
  }

  R<?> dropCollection() {
    return client.dropCollection(DropCollectionParam.newBuilder().withCollectionName(collection).build());
  }

  R<?> createCollection() {
    return client.createCollection(CreateCollectionParam.newBuilder().withCollectionName(collection).withShardsNum(2)
        .addFieldType(FieldType.newBuilder().withName(PK).withDataType(DataType.Int64).withPrimaryKey(true)
            .withAutoID(false).build())
        .addFieldType(FieldType.newBuilder().withName(WORD_COUNT).withDataType(DataType.Int64).build())
        .addFieldType(FieldType.newBuilder().withName(VECTOR).withDataType(DataType.FloatVector).withDimension(DIM)
            .build())
        .build());
  }

  R<?> createPartition(String partition) {
    return client.createPartition(CreatePartitionParam.newBuilder().withCollectionName(collection)
        .withPartitionName(partition).build());
  }

  /** Rows 0..19 into {@code partition}. */
  R<?> insertNovel(String partition) {
    return client.insert(InsertParam.newBuilder().withCollectionName(collection).withPartitionName(partition)
        .withFields(fields(NOVEL_FIRST_ID, NOVEL_ROWS)).build());
  }

  /** Rows 100..109 with no partition named: they land in {@code _default}. */
  R<?> insertDefault() {
    return client.insert(InsertParam.newBuilder().withCollectionName(collection)
        .withFields(fields(DEFAULT_FIRST_ID, DEFAULT_ROWS)).build());
  }

  private static List<InsertParam.Field> fields(int first, int n) {
    return List.of(new InsertParam.Field(PK, ScenarioData.ids(first, n)),
        new InsertParam.Field(WORD_COUNT, ScenarioData.wordCounts(first, n)),
        new InsertParam.Field(VECTOR, ScenarioData.vectors(first, n)));
  }

  R<?> flush() {
    return client.flush(FlushParam.newBuilder().addCollectionName(collection).withSyncFlush(true).build());
  }

  R<?> createIndex() {
    return client.createIndex(CreateIndexParam.newBuilder().withCollectionName(collection).withFieldName(VECTOR)
        .withIndexType(IndexType.IVF_FLAT).withMetricType(MetricType.L2).withExtraParam("{\"nlist\":1}")
        .withSyncMode(true).build());
  }

  /** Sync load, as the seed's users call it: the client polls ShowPartitions(InMemory) until 100%. */
  R<?> loadPartition(String partition) {
    return client.loadPartitions(LoadPartitionsParam.newBuilder().withCollectionName(collection)
        .addPartitionName(partition).withSyncLoad(true).withSyncLoadWaitingTimeout(LOAD_TIMEOUT_SECONDS).build());
  }

  R<?> loadCollection() {
    return client.loadCollection(LoadCollectionParam.newBuilder().withCollectionName(collection).withSyncLoad(true)
        .withSyncLoadWaitingTimeout(LOAD_TIMEOUT_SECONDS).build());
  }

  /** The seed's release, in the 2.1.0 client's form. */
  R<?> releasePartition(String partition) {
    return client.releasePartitions(ReleasePartitionsParam.newBuilder().withCollectionName(collection)
        .addPartitionName(partition).build());
  }

  R<?> releaseCollection() {
    return client.releaseCollection(ReleaseCollectionParam.newBuilder().withCollectionName(collection).build());
  }

  /** Every partition (ShowType All). */
  R<ShowPartitionsResponse> showPartitions() {
    return client.showPartitions(ShowPartitionsParam.newBuilder().withCollectionName(collection).build());
  }

  /** Only {@code partition}; the param says InMemory, but the 2.1.0 client sends no type (see Java21Scenario). */
  R<ShowPartitionsResponse> showLoadProgress(String partition) {
    return client.showPartitions(ShowPartitionsParam.newBuilder().withCollectionName(collection)
        .addPartitionName(partition).build());
  }

  R<SearchResults> search(String partition) {
    return client.search(SearchParam.newBuilder().withCollectionName(collection).addPartitionName(partition)
        .withMetricType(MetricType.L2).withVectorFieldName(VECTOR).withVectors(List.of(QUERY_VECTOR))
        .withTopK(TOP_K).withParams("{\"nprobe\":1}").withOutFields(List.of(PK))
        .withConsistencyLevel(ConsistencyLevelEnum.STRONG).build());
  }

  R<QueryResults> query(String partition) {
    return client.query(QueryParam.newBuilder().withCollectionName(collection).addPartitionName(partition)
        .withExpr(QUERY_EXPR).withOutFields(List.of(PK)).withConsistencyLevel(ConsistencyLevelEnum.STRONG).build());
  }
}
