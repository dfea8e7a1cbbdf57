// Smoke test with the official milvus-sdk-java 2.6.22 (MilvusClientV2) against a running server.
// Not compiled by this build (it would put the official SDK on the test classpath); compile it in a
// scratch project depending on io.milvus:milvus-sdk-java:2.6.22 and run: MilvusSdkJavaSmoke <port> [auth]
import io.milvus.v2.client.*;
import io.milvus.v2.common.*;
import io.milvus.v2.service.collection.request.*;
import io.milvus.v2.service.vector.request.*;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.milvus.v2.service.vector.response.*;
import com.google.gson.*;
import java.util.*;

public class MilvusSdkJavaSmoke {
  public static void main(String[] a) throws Exception {
    var cb = ConnectConfig.builder().uri("http://127.0.0.1:" + a[0]);
    if (a.length > 1) cb.token("root:Milvus");
    MilvusClientV2 c = new MilvusClientV2(cb.build());
    System.out.println("version " + c.getServerVersion());
    CreateCollectionReq.CollectionSchema schema = c.createSchema();
    schema.addField(AddFieldReq.builder().fieldName("id").dataType(DataType.Int64).isPrimaryKey(true).build());
    schema.addField(AddFieldReq.builder().fieldName("vec").dataType(DataType.FloatVector).dimension(4).build());
    c.createCollection(CreateCollectionReq.builder().collectionName("jc").collectionSchema(schema).build());
    List<JsonObject> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      JsonObject r = new JsonObject(); r.addProperty("id", i);
      JsonArray v = new JsonArray(); v.add((float) i); v.add(0f); v.add(0f); v.add(0f); r.add("vec", v);
      rows.add(r);
    }
    System.out.println("insert " + c.insert(InsertReq.builder().collectionName("jc").data(rows).build()).getInsertCnt());
    c.createIndex(io.milvus.v2.service.index.request.CreateIndexReq.builder().collectionName("jc")
        .indexParams(List.of(io.milvus.v2.common.IndexParam.builder().fieldName("vec")
            .indexType(IndexParam.IndexType.FLAT).metricType(IndexParam.MetricType.L2).build())).build());
    c.loadCollection(LoadCollectionReq.builder().collectionName("jc").build());
    SearchResp s = c.search(SearchReq.builder().collectionName("jc").data(List.of(new FloatVec(new float[]{3.2f, 0, 0, 0})))
        .topK(3).build());
    s.getSearchResults().get(0).forEach(r -> System.out.println("hit " + r.getId() + " " + r.getScore()));
    System.out.println("query " + c.query(QueryReq.builder().collectionName("jc").filter("id < 3").build()).getQueryResults().size());
    c.releaseCollection(ReleaseCollectionReq.builder().collectionName("jc").build());
    c.dropCollection(DropCollectionReq.builder().collectionName("jc").build());
    c.close();
    System.out.println("OK");
  }
}
