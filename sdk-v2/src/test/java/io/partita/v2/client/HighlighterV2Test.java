package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import io.partita.common.clientenum.FunctionType;
import io.partita.server.model.Profile;
import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.LoadCollectionReq;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.data.EmbeddedText;
import io.partita.v2.service.vector.request.highlighter.Highlighter;
import io.partita.v2.service.vector.request.highlighter.LexicalHighlighter;
import io.partita.v2.service.vector.request.highlighter.SemanticHighlighter;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Search highlighting through the V2 API against the reference server (milvus-2.6), shaped as
 * milvus-sdk-java's HighlighterExample: BM25 ranks by {@code title}, a {@link LexicalHighlighter}
 * marks the search text in {@code title} and a TextMatch query's terms in {@code text}; the
 * fragments are read per hit with {@code getHighlightResult(field)}. Bad settings get the
 * server's error; the REST transport refuses a highlighter.
 */
class HighlighterV2Test {
    private static final String[][] ROWS = {
        {"Milvus for scale", "Milvus is an open-source vector database built for scale"},
        {"Full text search", "Milvus supports full text search with analyzers"},
        {"RAG systems", "Vector databases help retrieval augmented generation"}
    };

    private static void create(MilvusClientV2 client) {
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder()
                .fieldName("id")
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
                .build());
        for (String f : List.of("title", "text")) {
            schema.addField(AddFieldReq.builder()
                    .fieldName(f)
                    .dataType(DataType.VarChar)
                    .maxLength(1000)
                    .enableAnalyzer(true)
                    .enableMatch(true)
                    .build());
        }
        schema.addField(AddFieldReq.builder()
                .fieldName("sparse")
                .dataType(DataType.SparseFloatVector)
                .build());
        schema.addFunction(CreateCollectionReq.Function.builder()
                .name("title_bm25")
                .functionType(FunctionType.BM25)
                .inputFieldNames(List.of("title"))
                .outputFieldNames(List.of("sparse"))
                .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName("docs")
                .collectionSchema(schema)
                .indexParams(List.of(IndexParam.builder()
                        .fieldName("sparse")
                        .indexType(IndexParam.IndexType.SPARSE_INVERTED_INDEX)
                        .metricType(IndexParam.MetricType.BM25)
                        .build()))
                .build());
        client.loadCollection(LoadCollectionReq.builder().collectionName("docs").build());
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < ROWS.length; i++) {
            JsonObject row = new JsonObject();
            row.addProperty("id", i);
            row.addProperty("title", ROWS[i][0]);
            row.addProperty("text", ROWS[i][1]);
            rows.add(row);
        }
        client.insert(InsertReq.builder().collectionName("docs").data(rows).build());
    }

    private static SearchResp search(MilvusClientV2 client, String text, Highlighter h) {
        return client.search(SearchReq.builder()
                .collectionName("docs")
                .annsField("sparse")
                .data(List.of(new EmbeddedText(text)))
                .metricType(IndexParam.MetricType.BM25)
                .limit(3)
                .outputFields(List.of("title"))
                .consistencyLevel(ConsistencyLevel.STRONG)
                .highlighter(h)
                .build());
    }

    @Test
    void theSearchTextAndTextMatchQueriesAreHighlightedPerHit() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            try {
                create(client);

                SearchResp byTitle = search(
                        client,
                        "milvus",
                        LexicalHighlighter.builder()
                                .highlightSearchText(true)
                                .addPreTag("<b>")
                                .addPostTag("</b>")
                                .build());
                SearchResp.SearchResult hit = byTitle.getSearchResults().get(0).get(0);
                assertThat(hit.getId()).isEqualTo(0L);
                SearchResp.HighlightResult title = hit.getHighlightResult("title");
                assertThat(title.getFieldName()).isEqualTo("title");
                assertThat(title.getFragments()).containsExactly("<b>Milvus</b> for scale");
                assertThat(title.getScores()).isEmpty();
                assertThat(hit.getHighlightResults()).containsOnlyKeys("title");
                assertThat(hit.toString()).contains("HighlightResults: {title=HighlightResult{fieldName='title'");

                // a TextMatch query's terms in another field, in fragments of 20 code points at least
                SearchResp byText = search(
                        client,
                        "text search",
                        LexicalHighlighter.builder()
                                .addHighlightQuery(
                                        new LexicalHighlighter.HighlightQuery("TextMatch", "text", "search Milvus"))
                                .fragmentSize(20)
                                .numOfFragments(10)
                                .build());
                SearchResp.SearchResult row1 = byText.getSearchResults().get(0).get(0);
                assertThat(row1.getId()).isEqualTo(1L);
                assertThat(row1.getHighlightResult("text").getFragments())
                        .containsExactly("<em>Milvus</em> supports full", "<em>search</em> with analyzer");
                assertThat(row1.getHighlightResult("title")).isNull();
                // the highlighted field was not asked for: the entity holds the output fields only
                assertThat(row1.getEntity()).containsOnlyKeys("title");

                assertThatThrownBy(() -> search(
                                client,
                                "milvus",
                                LexicalHighlighter.builder().fragmentSize(0).build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("invalid fragment_size: 0: invalid parameter");
                assertThatThrownBy(() -> search(
                                client,
                                "milvus",
                                LexicalHighlighter.builder()
                                        .addHighlightQuery(
                                                new LexicalHighlighter.HighlightQuery("TextMatch", "id", "1"))
                                        .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("get highlight failed, the highlight field not found, id:");
                assertThatThrownBy(() -> search(
                                client,
                                "milvus",
                                SemanticHighlighter.builder()
                                        .addQuery("milvus")
                                        .addInputField("text")
                                        .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("Create SemanticHighlight failed");
            } finally {
                client.close();
            }
        }
    }

    @Test
    void theHighlightersSendMilvusParamNames() {
        LexicalHighlighter h = LexicalHighlighter.builder()
                .addHighlightQuery(new LexicalHighlighter.HighlightQuery("TextMatch", "text", "a b"))
                .highlightSearchText(false)
                .preTags(List.of("<i>"))
                .postTags(List.of("</i>"))
                .fragmentOffset(2)
                .fragmentSize(30)
                .numOfFragments(1)
                .build();
        assertThat(h.highlightType()).isEqualTo("Lexical");
        assertThat(h.getParams())
                .containsEntry("highlight_query", "[{\"type\":\"TextMatch\",\"field\":\"text\",\"text\":\"a b\"}]")
                .containsEntry("highlight_search_text", "false")
                // Gson's default HTML escaping, as the official client's JsonUtils sends them
                .containsEntry("pre_tags", "[\"\\u003ci\\u003e\"]")
                .containsEntry("post_tags", "[\"\\u003c/i\\u003e\"]")
                .containsEntry("fragment_offset", "2")
                .containsEntry("fragment_size", "30")
                .containsEntry("num_of_fragments", "1")
                .hasSize(7);
        assertThat(LexicalHighlighter.builder().build().getParams()).isEmpty();
    }

    @Test
    void theRestTransportRefusesAHighlighter() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.httpUri()).build());
            try {
                assertThatThrownBy(() -> client.search(SearchReq.builder()
                                .collectionName("docs")
                                .annsField("sparse")
                                .metricType(IndexParam.MetricType.BM25)
                                .data(List.of(new EmbeddedText("milvus")))
                                .limit(3)
                                .highlighter(LexicalHighlighter.builder().build())
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("Search with a highlighter is not supported by the REST transport");
            } finally {
                client.close();
            }
        }
    }
}
