package io.partita.interop.clients.java26;

import static io.partita.interop.clients.ScenarioData.DIM;
import static io.partita.interop.clients.ScenarioData.LOAD_TIMEOUT_SECONDS;
import static io.partita.interop.clients.ScenarioData.PK;
import static io.partita.interop.clients.ScenarioData.QUERY_EXPR;
import static io.partita.interop.clients.ScenarioData.QUERY_VECTOR;
import static io.partita.interop.clients.ScenarioData.TOP_K;
import static io.partita.interop.clients.ScenarioData.VECTOR;
import static io.partita.interop.clients.ScenarioData.WORD_COUNT;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.ConsistencyLevel;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.DropCollectionReq;
import io.milvus.v2.service.collection.request.GetLoadStateReq;
import io.milvus.v2.service.collection.request.HasCollectionReq;
import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.collection.request.ReleaseCollectionReq;
import io.milvus.v2.service.index.request.CreateIndexReq;
import io.milvus.v2.service.partition.request.CreatePartitionReq;
import io.milvus.v2.service.partition.request.ListPartitionsReq;
import io.milvus.v2.service.partition.request.LoadPartitionsReq;
import io.milvus.v2.service.partition.request.ReleasePartitionsReq;
import io.milvus.v2.service.utility.request.FlushReq;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.partita.interop.clients.ScenarioData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scenario's calls as a user of milvus-sdk-java 2.6.22's {@code MilvusClientV2} writes them.
 * V2 calls return values and throw on failure; the scenario wraps them in {@link Outcome}. One
 * instance per collection; not thread-safe.
 */
final class Java26Calls {
  private final MilvusClientV2 client;
  private final String collection;

  Java26Calls(MilvusClientV2 client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  boolean hasCollection() {
    return client.hasCollection(HasCollectionReq.builder().collectionName(collection).build());
  }

  void dropCollection() {
    client.dropCollection(DropCollectionReq.builder().collectionName(collection).build());
  }

  void createCollection() {
    CreateCollectionReq.CollectionSchema schema = client.createSchema();
    schema.addField(AddFieldReq.builder().fieldName(PK).dataType(DataType.Int64).isPrimaryKey(true).autoID(false)
        .build());
    schema.addField(AddFieldReq.builder().fieldName(WORD_COUNT).dataType(DataType.Int64).build());
    schema.addField(AddFieldReq.builder().fieldName(VECTOR).dataType(DataType.FloatVector).dimension(DIM).build());
    client.createCollection(CreateCollectionReq.builder().collectionName(collection).collectionSchema(schema)
        .numShards(2).build());
  }

  void createPartition(String partition) {
    client.createPartition(CreatePartitionReq.builder().collectionName(collection).partitionName(partition).build());
  }

  /** Rows {@code first .. first+n-1} into {@code partition}, or into {@code _default} when it is null. */
  void insert(String partition, int first, int n) {
    List<Long> ids = ScenarioData.ids(first, n);
    List<Long> wordCounts = ScenarioData.wordCounts(first, n);
    List<List<Float>> vectors = ScenarioData.vectors(first, n);
    List<JsonObject> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      JsonObject row = new JsonObject();
      row.addProperty(PK, ids.get(i));
      row.addProperty(WORD_COUNT, wordCounts.get(i));
      JsonArray vector = new JsonArray();
      vectors.get(i).forEach(vector::add);
      row.add(VECTOR, vector);
      rows.add(row);
    }
    InsertReq.InsertReqBuilder req = InsertReq.builder().collectionName(collection).data(rows);
    client.insert((partition == null ? req : req.partitionName(partition)).build());
  }

  void flush() {
    client.flush(FlushReq.builder().collectionNames(List.of(collection)).build());
  }

  void createIndex() {
    client.createIndex(CreateIndexReq.builder().collectionName(collection)
        .indexParams(List.of(IndexParam.builder().fieldName(VECTOR).indexType(IndexParam.IndexType.IVF_FLAT)
            .metricType(IndexParam.MetricType.L2).extraParams(Map.of("nlist", 1)).build()))
        .build());
  }

  /** Sync load: the client polls the load progress until 100 or the timeout. */
  void loadPartition(String partition) {
    client.loadPartitions(LoadPartitionsReq.builder().collectionName(collection).partitionNames(List.of(partition))
        .sync(true).timeout(LOAD_TIMEOUT_SECONDS * 1000).build());
  }

  void loadCollection() {
    client.loadCollection(LoadCollectionReq.builder().collectionName(collection).sync(true)
        .timeout(LOAD_TIMEOUT_SECONDS * 1000).build());
  }

  /** The seed's release, in V2's form. */
  void releasePartition(String partition) {
    client.releasePartitions(ReleasePartitionsReq.builder().collectionName(collection)
        .partitionNames(List.of(partition)).build());
  }

  void releaseCollection() {
    client.releaseCollection(ReleaseCollectionReq.builder().collectionName(collection).build());
  }

  List<String> listPartitions() {
    return client.listPartitions(ListPartitionsReq.builder().collectionName(collection).build());
  }

  boolean partitionLoaded(String partition) {
    return client.getLoadState(GetLoadStateReq.builder().collectionName(collection).partitionName(partition).build());
  }

  /** The ids of the hits of a Strong search of {@code partition}. */
  List<Long> search(String partition) {
    List<Long> ids = new ArrayList<>();
    client.search(SearchReq.builder().collectionName(collection).partitionNames(List.of(partition))
            .annsField(VECTOR).metricType(IndexParam.MetricType.L2).limit(TOP_K)
            .data(List.of(new FloatVec(QUERY_VECTOR))).searchParams(Map.of("nprobe", 1))
            .outputFields(List.of(PK)).consistencyLevel(ConsistencyLevel.STRONG).build())
        .getSearchResults().get(0).forEach(hit -> ids.add(((Number) hit.getId()).longValue()));
    return ids;
  }

  /** How many rows a Strong query of {@code partition} answers. */
  int queryRows(String partition) {
    return client.query(QueryReq.builder().collectionName(collection).partitionNames(List.of(partition))
        .filter(QUERY_EXPR).outputFields(List.of(PK)).consistencyLevel(ConsistencyLevel.STRONG).build())
        .getQueryResults().size();
  }
}
