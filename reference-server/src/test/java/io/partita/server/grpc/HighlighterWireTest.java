package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static io.partita.server.grpc.WireRequests.kv;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreateIndexRequest;
import io.partita.wire.DataType;
import io.partita.wire.FieldSchema;
import io.partita.wire.HighlightResult;
import io.partita.wire.HighlightType;
import io.partita.wire.Highlighter;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.SearchRequest;
import io.partita.wire.SearchResults;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search highlighting (Milvus 2.6.8+ {@code SearchRequest.highlighter}, a Lexical highlighter)
 * under milvus-2.6: the BM25 search text's and the highlight queries' terms wrapped in tags in
 * fragments of each hit's text, one {@code highlight_results} entry per field with one
 * {@code datas} entry per hit; bad params refused with Milvus's texts (1100); older profiles
 * ignore the field, as their servers do.
 */
class HighlighterWireTest {
    @TempDir
    Path dir;

    private static final String ROW1 = "Milvus is a vector database built for scale";
    private static final String ROW2 = "full text search with Milvus";

    private static LiveServer started(Path dir, Profile profile) throws Exception {
        LiveServer s = new LiveServer(ReferenceServer.builder().dataDir(dir).profile(profile));
        io.partita.wire.CollectionSchema schema = HostileSearchInputTest.textSchema().toBuilder()
                .setName("docs")
                .addFields(FieldSchema.newBuilder().setName("num").setDataType(DataType.Int64))
                .build();
        assertOk(s.stub()
                .createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName("docs")
                        .setSchema(schema.toByteString())
                        .build()));
        assertOk(s.stub()
                .createIndex(CreateIndexRequest.newBuilder()
                        .setCollectionName("docs")
                        .setFieldName("sparse")
                        .addExtraParams(kv("index_type", "SPARSE_INVERTED_INDEX"))
                        .addExtraParams(kv("metric_type", "BM25"))
                        .build()));
        assertOk(s.stub()
                .insert(InsertRequest.newBuilder()
                        .setCollectionName("docs")
                        .addFieldsData(WireRequests.ids(1, 2, 3))
                        .addFieldsData(HostileSearchInputTest.texts(ROW1, ROW2, "nothing relevant here"))
                        .addFieldsData(WireRequests.ids(7, 8, 9).toBuilder().setFieldName("num"))
                        .setNumRows(3)
                        .build())
                .getStatus());
        assertOk(s.stub()
                .loadCollection(LoadCollectionRequest.newBuilder()
                        .setCollectionName("docs")
                        .build()));
        s.awaitLoaded("docs");
        return s;
    }

    private static SearchRequest search(String text, String... params) {
        Highlighter.Builder h = Highlighter.newBuilder().setType(HighlightType.Lexical);
        for (int i = 0; i < params.length; i += 2) {
            h.addParams(kv(params[i], params[i + 1]));
        }
        return HostileSearchInputTest.textSearch("docs", text).toBuilder()
                .setHighlighter(h)
                .build();
    }

    private static List<List<String>> fragments(HighlightResult r) {
        return r.getDatasList().stream()
                .map(d -> (List<String>) List.copyOf(d.getFragmentsList()))
                .toList();
    }

    @Test
    void theSearchTextIsHighlightedInTheBm25InputField() throws Exception {
        try (LiveServer s = started(dir, Profile.MILVUS_2_6)) {
            SearchResults r = s.stub().search(search("milvus", "highlight_search_text", "true"));
            assertOk(r.getStatus());
            assertThat(LiveServer.ids(r)).containsExactlyInAnyOrder(1L, 2L);
            assertThat(r.getResults().getHighlightResultsList()).hasSize(1);
            HighlightResult h = r.getResults().getHighlightResults(0);
            assertThat(h.getFieldName()).isEqualTo("text");
            // defaults: <em></em>, a fragment opens at its first match (fragment_offset 0) and runs
            // 100 code points, to the text's end at most
            List<String> expected = LiveServer.ids(r).stream()
                    .map(id -> id == 1L ? "<em>Milvus</em> is a vector database built for scale" : "<em>Milvus</em>")
                    .toList();
            assertThat(fragments(h)).containsExactly(List.of(expected.get(0)), List.of(expected.get(1)));
            assertThat(h.getDatas(0).getScoresList()).isEmpty();
            // the highlighted field was not asked for: it stays out of the answer
            assertThat(r.getResults().getFieldsDataList()).isEmpty();
        }
    }

    @Test
    void highlightQueriesTagsInTurnAndFragmentBounds() throws Exception {
        try (LiveServer s = started(dir, Profile.MILVUS_2_6)) {
            String query = "[{\"type\": \"TextMatch\", \"field\": \"text\", \"text\": \"Vector SCALE\"}]";
            SearchResults r = s.stub()
                    .search(search(
                                    "vector",
                                    "highlight_query",
                                    query,
                                    "pre_tags",
                                    "[\"[\", \"{\"]",
                                    "post_tags",
                                    "[\"]\", \"}\"]",
                                    "fragment_size",
                                    "40")
                            .toBuilder()
                            .addOutputFields("text")
                            .build());
            assertOk(r.getStatus());
            assertThat(LiveServer.ids(r)).containsExactly(1L);
            // one fragment from the first match, 40 code points at least: both matches, tags in turn
            assertThat(fragments(r.getResults().getHighlightResults(0)))
                    .containsExactly(List.of("[vector] database built for {scale}"));
            assertThat(r.getResults().getFieldsData(0).getFieldName()).isEqualTo("text");

            // 3 code points before each match, 10 at least: two fragments
            SearchResults split = s.stub()
                    .search(search("vector", "highlight_query", query, "fragment_size", "10", "fragment_offset", "3"));
            assertThat(fragments(split.getResults().getHighlightResults(0)))
                    .containsExactly(List.of(" a <em>vector</em> ", "or <em>scale</em>"));

            SearchResults one = s.stub()
                    .search(search(
                            "vector",
                            "highlight_query",
                            query,
                            "fragment_size",
                            "10",
                            "fragment_offset",
                            "3",
                            "num_of_fragments",
                            "1"));
            assertThat(fragments(one.getResults().getHighlightResults(0)))
                    .containsExactly(List.of(" a <em>vector</em> "));

            SearchResults none = s.stub().search(search("vector", "highlight_query", query, "num_of_fragments", "0"));
            assertThat(fragments(none.getResults().getHighlightResults(0))).containsExactly(List.of());
        }
    }

    private static void refused(LiveServer s, SearchRequest req, String reason) {
        SearchResults r = s.stub().search(req);
        assertThat(r.getStatus().getCode()).isEqualTo(1100);
        assertThat(r.getStatus().getReason()).isEqualTo(reason);
    }

    @Test
    void badParamsAndFieldsGetMilvusErrors() throws Exception {
        try (LiveServer s = started(dir, Profile.MILVUS_2_6)) {
            refused(s, search("milvus", "fragment_size", "0"), "invalid fragment_size: 0: invalid parameter");
            refused(s, search("milvus", "num_of_fragments", "-1"), "invalid num_of_fragments: -1: invalid parameter");
            refused(s, search("milvus", "fragment_offset", "x"), "invalid fragment_offset: x: invalid parameter");
            refused(s, search("milvus", "pre_tags", "[]"), "pre_tags cannot be empty list: invalid parameter");
            refused(
                    s,
                    search("milvus", "post_tags", "\"</b>\""),
                    "unmarshal post_tags as string list failed: json: cannot unmarshal string into Go value of type"
                            + " []string: invalid parameter");
            refused(
                    s,
                    search("milvus", "highlight_search_text", "yes"),
                    "unmarshal highlight_search_text as bool failed: strconv.ParseBool: parsing \"yes\": invalid"
                            + " syntax: invalid parameter");
            refused(
                    s,
                    search(
                            "milvus",
                            "highlight_query",
                            "[{\"type\": \"Phrase\", \"field\": \"text\", \"text\": \"a\"}]"),
                    "unmarshal highlight queries failed: invalid highlight query type: Phrase: invalid parameter");
            refused(
                    s,
                    search("milvus", "highlight_query", "[{\"type\": \"TextMatch\", \"text\": \"a\"}]"),
                    "unmarshal highlight queries failed: must set `field` in query: invalid parameter");
            refused(
                    s,
                    search(
                            "milvus",
                            "highlight_query",
                            "[{\"type\": \"TextMatch\", \"field\": \"nope\", \"text\": \"a\"}]"),
                    "highlight field not found in schema: nope: invalid parameter");
            SearchResults numeric = s.stub()
                    .search(search(
                            "milvus",
                            "highlight_query",
                            "[{\"type\": \"TextMatch\", \"field\": \"num\", \"text\": \"7\"}]"));
            assertThat(numeric.getStatus().getCode()).isEqualTo(1100);
            assertThat(numeric.getStatus().getReason())
                    .matches("get highlight failed, the highlight field not found, num:\\d+: invalid parameter");
            SearchResults semantic = s.stub()
                    .search(search("milvus").toBuilder()
                            .setHighlighter(Highlighter.newBuilder().setType(HighlightType.Semantic))
                            .build());
            assertThat(semantic.getStatus().getCode()).isEqualTo(1100);
            assertThat(semantic.getStatus().getReason()).startsWith("Create SemanticHighlight failed: ");
            // unknown params are ignored, as Milvus's proxy does
            assertOk(s.stub().search(search("milvus", "no_such_param", "1")).getStatus());
        }
    }

    @Test
    void olderProfilesIgnoreTheHighlighter() throws Exception {
        try (LiveServer s = started(dir, Profile.MILVUS_2_3)) {
            SearchResults r = s.stub().search(search("milvus", "highlight_search_text", "true"));
            assertOk(r.getStatus());
            assertThat(r.getResults().getHighlightResultsList()).isEmpty();
        }
    }
}
