package io.partita.interop.v26;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.exception.MilvusClientException;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.DropCollectionReq;
import io.milvus.v2.service.collection.request.HasCollectionReq;
import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.partition.request.CreatePartitionReq;
import io.milvus.v2.service.partition.request.LoadPartitionsReq;
import io.milvus.v2.service.partition.request.ReleasePartitionsReq;
import io.milvus.v2.service.utility.request.FlushReq;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.milvus.v2.service.vector.response.QueryResp;
import io.milvus.v2.service.vector.response.SearchResp;
import io.partita.interop.Observed;
import io.partita.interop.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scenario's calls written as a user of milvus-sdk-java 2.6.22's V2 client
 * ({@code MilvusClientV2}) writes them. V2 reports failures by throwing
 * {@link MilvusClientException}; {@link #observe} turns a call into an {@link Observed}.
 */
final class OfficialV2Client implements AutoCloseable {
    final MilvusClientV2 client;

    OfficialV2Client(String host, int port) {
        client = new MilvusClientV2(ConnectConfig.builder()
                .uri("http://" + host + ":" + port)
                .connectTimeoutMs(10_000)
                .build());
    }

    /** A call whose outcome is observed: success, or the exception's legacy code, 2.3+ code and message. */
    interface Call {
        void run();
    }

    static Observed observe(String step, Call call) {
        try {
            call.run();
            return Observed.success(step);
        } catch (MilvusClientException e) {
            return Observed.failure(step, e.getLegacyServerCode(), e.getServerErrCode(), e.getMessage());
        }
    }

    void dropBookIfPresent() {
        if (client.hasCollection(
                HasCollectionReq.builder().collectionName(Scenario.COLLECTION).build())) {
            client.dropCollection(DropCollectionReq.builder()
                    .collectionName(Scenario.COLLECTION)
                    .build());
        }
    }

    void createCollection() {
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder()
                .fieldName(Scenario.PK)
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
                .autoID(false)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName(Scenario.WORD_COUNT)
                .dataType(DataType.Int64)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName(Scenario.VECTOR)
                .dataType(DataType.FloatVector)
                .dimension(Scenario.DIM)
                .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(Scenario.COLLECTION)
                .description("the seed's books")
                .collectionSchema(schema)
                .numShards(2)
                .build());
    }

    void createPartition(String partition) {
        client.createPartition(CreatePartitionReq.builder()
                .collectionName(Scenario.COLLECTION)
                .partitionName(partition)
                .build());
    }

    void insert(String partition) {
        List<Long> ids = Scenario.ids();
        List<Long> wordCounts = Scenario.wordCounts();
        List<List<Float>> vectors = Scenario.vectors();
        List<JsonObject> rows = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            JsonObject row = new JsonObject();
            row.addProperty(Scenario.PK, ids.get(i));
            row.addProperty(Scenario.WORD_COUNT, wordCounts.get(i));
            JsonArray v = new JsonArray();
            vectors.get(i).forEach(v::add);
            row.add(Scenario.VECTOR, v);
            rows.add(row);
        }
        client.insert(InsertReq.builder()
                .collectionName(Scenario.COLLECTION)
                .partitionName(partition)
                .data(rows)
                .build());
    }

    void flush() {
        client.flush(
                FlushReq.builder().collectionNames(List.of(Scenario.COLLECTION)).build());
    }

    void loadPartitions(String... partitions) {
        client.loadPartitions(LoadPartitionsReq.builder()
                .collectionName(Scenario.COLLECTION)
                .partitionNames(List.of(partitions))
                .sync(true)
                .timeout(Scenario.LOAD_TIMEOUT_SECONDS * 1000)
                .build());
    }

    void loadCollection() {
        client.loadCollection(LoadCollectionReq.builder()
                .collectionName(Scenario.COLLECTION)
                .sync(true)
                .timeout(Scenario.LOAD_TIMEOUT_SECONDS * 1000)
                .build());
    }

    /** The seed's release, in V2's words. */
    void releasePartitions(String partition) {
        client.releasePartitions(ReleasePartitionsReq.builder()
                .collectionName("book")
                .partitionNames(List.of(partition))
                .build());
    }

    SearchResp search(String... partitions) {
        return client.search(SearchReq.builder()
                .collectionName(Scenario.COLLECTION)
                .partitionNames(List.of(partitions))
                .annsField(Scenario.VECTOR)
                .metricType(IndexParam.MetricType.L2)
                .topK(Scenario.TOP_K)
                .data(List.of(new FloatVec(Scenario.QUERY_VECTOR)))
                .searchParams(Map.of("nprobe", 10))
                .outputFields(List.of(Scenario.WORD_COUNT))
                .build());
    }

    QueryResp query(String... partitions) {
        return client.query(QueryReq.builder()
                .collectionName(Scenario.COLLECTION)
                .partitionNames(List.of(partitions))
                .filter(Scenario.QUERY_EXPR)
                .outputFields(List.of(Scenario.PK, Scenario.WORD_COUNT))
                .build());
    }

    /** book with novel and poem, both holding the scenario's rows, flushed; nothing loaded. */
    void createBookWithData() {
        dropBookIfPresent();
        createCollection();
        createPartition(Scenario.NOVEL);
        createPartition(Scenario.POEM);
        insert(Scenario.NOVEL);
        insert(Scenario.POEM);
        flush();
    }

    @Override
    public void close() {
        client.close();
    }
}
