package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.partita.common.clientenum.FunctionType;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.v2.client.ConnectConfig;
import io.partita.v2.client.MilvusClientV2;
import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.QueryReq;
import io.partita.v2.service.vector.request.RunAnalyzerReq;
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.data.EmbeddedText;
import io.partita.v2.service.vector.request.highlighter.LexicalHighlighter;
import io.partita.v2.service.vector.response.QueryResp;
import io.partita.v2.service.vector.response.RunAnalyzerResp;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PartitaServer(profile = "milvus-2.6", http = true, cleanBetweenTests = true)
class FullTextSearchPageTest {
    /** @return the ids of the BM25 hits, then "|", then the ids text_match keeps */
    static List<Object> fullTextSearch(String uri) {
        List<Object> out = new ArrayList<>();
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder()
            .fieldName("id").dataType(DataType.Int64).isPrimaryKey(true).build());
        schema.addField(AddFieldReq.builder()
            .fieldName("text").dataType(DataType.VarChar).maxLength(1000)
            .enableAnalyzer(true)                              // BM25 input: analyzed into tokens
            .analyzerParams(Map.of("type", "english"))
            .enableMatch(true)                                 // text_match filters
            .build());
        schema.addField(AddFieldReq.builder()
            .fieldName("sparse").dataType(DataType.SparseFloatVector).build());
        schema.addFunction(CreateCollectionReq.Function.builder()
            .name("text_bm25")
            .functionType(FunctionType.BM25)
            .inputFieldNames(List.of("text"))
            .outputFieldNames(List.of("sparse"))               // filled by the server on insert
            .build());
        client.createCollection(CreateCollectionReq.builder()
            .collectionName("articles")
            .collectionSchema(schema)
            .indexParams(List.of(IndexParam.builder()
                .fieldName("sparse")
                .indexType(IndexParam.IndexType.SPARSE_INVERTED_INDEX)
                .metricType(IndexParam.MetricType.BM25)
                .extraParams(Map.of("bm25_k1", 1.2, "bm25_b", 0.75))
                .build()))
            .build());                                         // creates, indexes and loads

        List<JsonObject> rows = new ArrayList<>();
        String[] texts = {"Vector databases store embeddings", "The quick brown fox", "A database of vectors"};
        for (int i = 0; i < texts.length; i++) {
            JsonObject row = new JsonObject();
            row.addProperty("id", i);
            row.addProperty("text", texts[i]);                 // no "sparse": the function fills it
            rows.add(row);
        }
        client.insert(InsertReq.builder().collectionName("articles").data(rows).build());

        SearchResp found = client.search(SearchReq.builder()
            .collectionName("articles")
            .annsField("sparse")
            .data(List.of(new EmbeddedText("vector database")))
            .limit(3)
            .outputFields(List.of("text"))
            .consistencyLevel(ConsistencyLevel.STRONG)
            .build());
        QueryResp matched = client.query(QueryReq.builder()
            .collectionName("articles")
            .filter("text_match(text, 'fox')")
            .outputFields(List.of("id"))
            .consistencyLevel(ConsistencyLevel.STRONG)
            .build());
        // end::java[]
        // spotless:on
        found.getSearchResults().get(0).forEach(hit -> out.add(hit.getId()));
        out.add("|");
        matched.getQueryResults().forEach(r -> out.add(r.getEntity().get("id")));
        client.close();
        return out;
    }

    /** @return each token of the first text as "token@start-end#position", then "|" and the second's first */
    static List<String> analyze(String uri) {
        MilvusClientV2 client =
                new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::analyzer[]
        RunAnalyzerResp analyzed = client.runAnalyzer(RunAnalyzerReq.builder()
            .texts(List.of("The Quick Foxes", "jumps"))
            .analyzerParams(Map.of("type", "english"))         // or collectionName + fieldName
            .withDetail(true)                                  // byte offsets, positions
            .build());
        List<RunAnalyzerResp.AnalyzerToken> tokens = analyzed.getResults().get(0).getTokens();
        // "quick" (bytes 4 to 9, position 1) and "fox" (bytes 10 to 15, position 2)
        // end::analyzer[]
        // spotless:on
        List<String> out = new ArrayList<>();
        tokens.forEach(
                t -> out.add(t.getToken() + "@" + t.getStartOffset() + "-" + t.getEndOffset() + "#" + t.getPosition()));
        out.add("|" + analyzed.getResults().get(1).getTokens().get(0).getToken());
        client.close();
        return out;
    }

    /** @return per hit of the highlighted search, "id: fragments" */
    static List<String> highlight(String uri) {
        MilvusClientV2 client =
                new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        List<String> out = new ArrayList<>();
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::highlight[]
        SearchResp highlighted = client.search(SearchReq.builder()
            .collectionName("articles")
            .annsField("sparse")
            .data(List.of(new EmbeddedText("vector database")))
            .metricType(IndexParam.MetricType.BM25)            // highlighting the search text needs BM25
            .limit(3)
            .highlighter(LexicalHighlighter.builder()
                .highlightSearchText(true)                     // the query's terms, in the BM25 input field
                .addPreTag("<b>").addPostTag("</b>")           // default <em>, </em>
                .fragmentSize(20)                              // code points; default 100
                .build())
            .consistencyLevel(ConsistencyLevel.STRONG)
            .build());
        for (SearchResp.SearchResult hit : highlighted.getSearchResults().get(0)) {
            List<String> fragments = hit.getHighlightResult("text").getFragments();
            out.add(hit.getId() + ": " + fragments);           // 0: [<b>Vector</b> <b>databases</b> sto]
        }
        // end::highlight[]
        // spotless:on
        client.close();
        return out;
    }

    @Test
    void theHighlightSnippetWrapsTheSearchTermsInTags(PartitaEndpoints endpoints) {
        fullTextSearch(endpoints.grpcUri().toString());
        assertThat(highlight(endpoints.grpcUri().toString()))
                .containsExactlyInAnyOrder(
                        "0: [<b>Vector</b> <b>databases</b> sto]", "2: [<b>database</b> of <b>vectors</b>]");
    }

    @Test
    void theAnalyzerSnippetGivesTheEnglishTokensWithTheirOffsets(PartitaEndpoints endpoints) {
        assertThat(analyze(endpoints.grpcUri().toString())).containsExactly("quick@4-9#1", "fox@10-15#2", "|jump");
    }

    @Test
    void thePythonBlocksAreWhatTheInteropScriptRuns() throws Exception {
        assertThat(InteropScript.assertPythonBlocksRun(DocPage.load("full_text_search.md")))
                .isEqualTo(3);
    }

    @Test
    void theJavaImportsBlockNamesImportsThisSnippetCompilesWith() throws Exception {
        DocPage.Block imports = DocPage.load("full_text_search.md").blocks().stream()
                .filter(b -> b.kind().equals("checked") && b.argument().startsWith("imports"))
                .findFirst()
                .orElseThrow();
        List<String> source = java.nio.file.Files.readAllLines(Snippets.sourceOf("FullTextSearchPageTest"));
        for (String line : imports.text().split("\n")) {
            assertThat(line).startsWith("import ");
            assertThat(source).as("an import of FullTextSearchPageTest.java").contains(line);
        }
    }

    @Test
    void theJavaV2SnippetRanksByBm25AndMatchesTextOverGrpc(PartitaEndpoints endpoints) {
        // rows 0 and 2 hold both query terms after stemming; only row 1 holds "fox"
        assertThat(fullTextSearch(endpoints.grpcUri().toString())).containsExactlyInAnyOrder(0L, 2L, "|", 1L);
    }

    @Test
    void theSameSnippetWorksOverRest(PartitaEndpoints endpoints) {
        assertThat(fullTextSearch(endpoints.httpUri().toString())).containsExactlyInAnyOrder(0L, 2L, "|", 1L);
    }
}
