package io.partita.interop.v26;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.milvus.common.clientenum.FunctionType;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.data.EmbeddedText;
import io.milvus.v2.service.vector.response.QueryResp;
import io.milvus.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The official milvus-sdk-java 2.6.22 V2 client against the forked reference server (profile
 * milvus-2.6): a schema with a BM25 function, inserts without the sparse field, a BM25 search with
 * {@code EmbeddedText}, a {@code text_match} query, and the refusal of the function's output.
 */
class OfficialV2FullTextSearchTest {
    private static final String C = "fulltext_java";

    @Test
    void bm25SearchAndTextMatchWork() throws Exception {
        OfficialV2TodaySearchTest.onForkedServer(OfficialV2FullTextSearchTest::run);
    }

    private static void run(MilvusClientV2 client) {
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder()
                .fieldName("id")
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("text")
                .dataType(DataType.VarChar)
                .maxLength(1000)
                .enableAnalyzer(true)
                .enableMatch(true)
                .analyzerParams(Map.of("type", "english"))
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("sparse")
                .dataType(DataType.SparseFloatVector)
                .build());
        schema.addFunction(CreateCollectionReq.Function.builder()
                .name("bm25")
                .functionType(FunctionType.BM25)
                .inputFieldNames(List.of("text"))
                .outputFieldNames(List.of("sparse"))
                .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(C)
                .collectionSchema(schema)
                .indexParams(List.of(IndexParam.builder()
                        .fieldName("sparse")
                        .indexType(IndexParam.IndexType.SPARSE_INVERTED_INDEX)
                        .metricType(IndexParam.MetricType.BM25)
                        .build()))
                .build());
        String[] texts = {
            "Milvus is a vector database built for scale",
            "Full-text search ranks documents with BM25",
            "Lucene analyzers split texts into tokens",
            "Searching vectors and searching words are different searches"
        };
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            JsonObject row = new JsonObject();
            row.addProperty("id", i + 1);
            row.addProperty("text", texts[i]);
            rows.add(row);
        }
        client.insert(InsertReq.builder().collectionName(C).data(rows).build());

        // the english analyzer stems: "searches" finds "search", "searching" and "searches"
        SearchResp r = client.search(SearchReq.builder()
                .collectionName(C)
                .annsField("sparse")
                .data(List.of(new EmbeddedText("searches")))
                .limit(5)
                .outputFields(List.of("text"))
                .build());
        List<SearchResp.SearchResult> hits = r.getSearchResults().get(0);
        assertEquals(2, hits.size(), "hits " + hits);
        assertEquals(4L, hits.get(0).getId(), "the row with three forms of 'search' ranks first: " + hits);
        assertEquals(2L, hits.get(1).getId());
        assertTrue(hits.get(0).getScore() > hits.get(1).getScore());

        QueryResp matched = client.query(QueryReq.builder()
                .collectionName(C)
                .filter("text_match(text, 'token database')")
                .outputFields(List.of("id"))
                .build());
        List<Long> ids = new ArrayList<>();
        matched.getQueryResults().forEach(q -> ids.add((Long) q.getEntity().get("id")));
        ids.sort(null);
        assertEquals(List.of(1L, 3L), ids);

        Exception refused = assertThrows(
                Exception.class,
                () -> client.query(QueryReq.builder()
                        .collectionName(C)
                        .filter("id > 0")
                        .outputFields(List.of("sparse"))
                        .build()));
        assertTrue(
                refused.getMessage().contains("not allowed to retrieve raw data of field sparse"),
                refused.getMessage());
        client.dropCollection(io.milvus.v2.service.collection.request.DropCollectionReq.builder()
                .collectionName(C)
                .build());
    }
}
