import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.exception.MilvusClientException;
import io.milvus.v2.service.collection.request.*;
import io.milvus.v2.service.partition.request.*;
import io.milvus.v2.service.vector.request.*;
import io.milvus.v2.service.vector.request.data.FloatVec;
import java.io.PrintStream;
import java.util.*;

/** A V2 program as a milvus-sdk-java 2.6 user writes it: the book collection's partition lifecycle. */
public class BookProgram {
    public static void main(String[] args) { run(args[0], System.out); }

    public static void run(String uri, PrintStream out) {
        MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        if (client.hasCollection(HasCollectionReq.builder().collectionName("book").build()))
            client.dropCollection(DropCollectionReq.builder().collectionName("book").build());
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder().fieldName("book_id").dataType(DataType.Int64).isPrimaryKey(true).build());
        schema.addField(AddFieldReq.builder().fieldName("word_count").dataType(DataType.Int64).build());
        schema.addField(AddFieldReq.builder().fieldName("book_intro").dataType(DataType.FloatVector).dimension(2).build());
        IndexParam index = IndexParam.builder().fieldName("book_intro").indexType(IndexParam.IndexType.FLAT)
                .metricType(IndexParam.MetricType.L2).build();
        client.createCollection(CreateCollectionReq.builder().collectionName("book").collectionSchema(schema)
                .indexParams(List.of(index)).build());
        client.createPartition(CreatePartitionReq.builder().collectionName("book").partitionName("novel").build());
        List<JsonObject> rows = new ArrayList<>();
        for (long i = 0; i < 6; i++) {
            JsonObject row = new JsonObject();
            row.addProperty("book_id", i);
            row.addProperty("word_count", 1000 + i * 10);
            JsonArray v = new JsonArray(); v.add(i * 0.5f); v.add(1f - i * 0.1f);
            row.add("book_intro", v);
            rows.add(row);
        }
        out.println("inserted " + client.insert(InsertReq.builder().collectionName("book").partitionName("novel").data(rows).build()).getInsertCnt());
        client.loadPartitions(LoadPartitionsReq.builder().collectionName("book").partitionNames(List.of("novel")).build());
        SearchReq search = SearchReq.builder().collectionName("book").partitionNames(List.of("novel"))
                .annsField("book_intro").metricType(IndexParam.MetricType.L2).topK(3)
                .data(List.of(new FloatVec(new float[] {1.0f, 0.8f}))).outputFields(List.of("word_count")).build();
        out.println("search " + client.search(search).getSearchResults());
        out.println("query " + client.query(QueryReq.builder().collectionName("book").filter("book_id in [1, 4]")
                .outputFields(List.of("word_count")).build()).getQueryResults());
        client.releasePartitions(ReleasePartitionsReq.builder().collectionName("book").partitionNames(List.of("novel")).build());
        try {
            client.search(search);
        } catch (MilvusClientException e) {
            out.println("after release: " + e.getErrorCode() + " " + e.getServerErrCode() + " " + e.getMessage());
        }
        client.dropCollection(DropCollectionReq.builder().collectionName("book").build());
        client.close();
    }
}
