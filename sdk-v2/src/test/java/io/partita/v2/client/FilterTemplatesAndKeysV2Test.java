package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.orm.iterator.QueryIterator;
import io.partita.response.QueryResultsWrapper;
import io.partita.server.model.Profile;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.vector.request.AnnSearchReq;
import io.partita.v2.service.vector.request.DeleteReq;
import io.partita.v2.service.vector.request.HybridSearchReq;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.QueryIteratorReq;
import io.partita.v2.service.vector.request.QueryReq;
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.data.FloatVec;
import io.partita.v2.service.vector.request.ranker.RRFRanker;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What milvus-sdk-java 2.6's V2 requests add to a read, sent by Partita over gRPC and RESTful v2
 * to the reference server (milvus-2.6): {@code SearchReq.ids} (search by primary keys),
 * {@code filterTemplateValues} on search, hybrid search, query, delete and the query iterator, and
 * {@code QueryReq.queryParams}, describing by {@code collectionId}, the statistics map and a
 * search's storage cost. Rows: id i, vector (i, i), score 10·i, tag "t<i>".
 */
class FilterTemplatesAndKeysV2Test {
    private static final String C = "templates_v2";

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"grpc", "restful-v2"})
    void theServerAnswersWhatTheRequestsAdd(String transport) throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder()
                    .uri(transport.equals("grpc") ? servers.grpcUri() : servers.httpUri() + "/v2/vectordb")
                    .build());
            try {
                create(client);
                List<JsonObject> rows = new ArrayList<>();
                for (long i = 1; i <= 5; i++) {
                    rows.add(row(i));
                }
                client.insert(InsertReq.builder().collectionName(C).data(rows).build());

                // the statistics map holds every pair the server answered, row_count among them
                io.partita.v2.service.collection.response.GetCollectionStatsResp stats = client.getCollectionStats(
                        io.partita.v2.service.collection.request.GetCollectionStatsReq.builder()
                                .collectionName(C)
                                .build());
                assertThat(stats.getStats()).containsEntry("row_count", Long.toString(stats.getNumOfEntities()));

                // describing by id alone names the same collection; an unknown id is Milvus's not-found
                long id = client.describeCollection(
                                io.partita.v2.service.collection.request.DescribeCollectionReq.builder()
                                        .collectionName(C)
                                        .build())
                        .getCollectionID();
                assertThat(client.describeCollection(
                                        io.partita.v2.service.collection.request.DescribeCollectionReq.builder()
                                                .collectionId(id)
                                                .build())
                                .getCollectionName())
                        .isEqualTo(C);
                assertThatThrownBy(() -> client.describeCollection(
                                io.partita.v2.service.collection.request.DescribeCollectionReq.builder()
                                        .collectionId(id + 1000)
                                        .build()))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getServerErrCode()).isEqualTo(100);
                            assertThat(e.getMessage()).contains("collection not found[collection=" + (id + 1000) + "]");
                        });

                // search by keys: each key's own vector is its query, so each query's nearest hit is itself
                SearchResp byKeys = client.search(SearchReq.builder()
                        .collectionName(C)
                        .annsField("vec")
                        .ids(List.of(1L, 3L))
                        .limit(1)
                        .build());
                assertThat(byKeys.getSearchResults()).hasSize(2);
                assertThat(byKeys.getSearchResults().get(0).get(0).getId()).isEqualTo(1L);
                assertThat(byKeys.getSearchResults().get(1).get(0).getId()).isEqualTo(3L);
                assertThat(byKeys.getSearchResults().get(1).get(0).getScore()).isEqualTo(0f);

                // keys and a templated filter: key 1's nearest among score > 25 is row 3
                SearchResp filtered = client.search(SearchReq.builder()
                        .collectionName(C)
                        .annsField("vec")
                        .ids(List.of(1L))
                        .filter("score > {low}")
                        .filterTemplateValues(Map.of("low", 25))
                        .limit(1)
                        .build());
                assertThat(filtered.getSearchResults().get(0).get(0).getId()).isEqualTo(3L);

                // a search by vectors with a list template
                SearchResp inList = client.search(SearchReq.builder()
                        .collectionName(C)
                        .annsField("vec")
                        .data(List.of(new FloatVec(new float[] {0f, 0f})))
                        .filter("tag in {tags}")
                        .filterTemplateValues(Map.of("tags", List.of("t4", "t2")))
                        .limit(5)
                        .build());
                assertThat(ids(inList.getSearchResults().get(0))).containsExactly(2L, 4L);
                // Milvus 2.6's storage cost: the vector column of every segment read (5 rows of 2 floats at
                // least), nothing remote, all resident; no billing cost, as open-source Milvus sends none
                assertThat(inList.getScannedTotalBytes()).isGreaterThanOrEqualTo(5L * 2 * Float.BYTES);
                assertThat(inList.getScannedRemoteBytes()).isZero();
                assertThat(inList.getCacheHitRatio()).isEqualTo(1f);
                assertThat(inList.getCost()).isNull();

                // the official client's refusals of ids with vectors, and of neither
                assertThatThrownBy(() -> SearchReq.builder()
                                .collectionName(C)
                                .ids(List.of(1L))
                                .data(List.of(new FloatVec(new float[] {0f, 0f})))
                                .build())
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_PARAMS);
                            assertThat(e.getMessage()).contains("Require either ids or vectors, but both are provided");
                        });

                // hybrid search: each AnnSearchReq binds its own template
                SearchResp hybrid = client.hybridSearch(HybridSearchReq.builder()
                        .collectionName(C)
                        .searchRequests(List.of(AnnSearchReq.builder()
                                .vectorFieldName("vec")
                                .vectors(List.of(new FloatVec(new float[] {5f, 5f})))
                                .filter("score < {high}")
                                .filterTemplateValues(Map.of("high", 35L))
                                .limit(5)
                                .build()))
                        .ranker(new RRFRanker(60))
                        .limit(5)
                        .build());
                assertThat(new TreeSet<>(ids(hybrid.getSearchResults().get(0)))).containsExactly(1L, 2L, 3L);

                // query: a template, and queryParams carrying the limit
                assertThat(queryIds(
                                client,
                                QueryReq.builder()
                                        .filter("score >= {low} and tag != {skip}")
                                        .filterTemplateValues(Map.of("low", 30L, "skip", "t4"))))
                        .containsExactly(3L, 5L);
                assertThat(queryIds(client, QueryReq.builder().filter("id > 0").queryParams(Map.of("limit", 2))))
                        .containsExactly(1L, 2L);
                // a placeholder without a value is the server's refusal (Milvus 2.6: 1100)
                assertThatThrownBy(() -> queryIds(client, QueryReq.builder().filter("id in {missing}")))
                        .isInstanceOfSatisfying(
                                MilvusClientException.class,
                                e -> assertThat(e.getServerErrCode()).isEqualTo(1100));

                // delete with a template
                assertThat(client.delete(DeleteReq.builder()
                                        .collectionName(C)
                                        .filter("id in {gone}")
                                        .filterTemplateValues(Map.of("gone", List.of(5L)))
                                        .build())
                                .getDeleteCnt())
                        .isEqualTo(1L);
                assertThat(queryIds(client, QueryReq.builder().filter("id > 0")))
                        .containsExactly(1L, 2L, 3L, 4L);

                // the query iterator sends the template with every page
                QueryIterator it = client.queryIterator(QueryIteratorReq.builder()
                        .collectionName(C)
                        .expr("score >= {low}")
                        .filterTemplateValues(Map.of("low", 20L))
                        .outputFields(List.of("id"))
                        .batchSize(1)
                        .build());
                List<Object> seen = new ArrayList<>();
                for (List<QueryResultsWrapper.RowRecord> page = it.next(); !page.isEmpty(); page = it.next()) {
                    page.forEach(r -> seen.add(r.get("id")));
                }
                it.close();
                assertThat(seen).containsExactly(2L, 3L, 4L);
            } finally {
                client.close();
            }
        }
    }

    private static List<Object> queryIds(MilvusClientV2 client, QueryReq.QueryReqBuilder b) {
        List<Object> out = new ArrayList<>();
        client.query(b.collectionName(C).outputFields(List.of("id")).build())
                .getQueryResults()
                .forEach(r -> out.add(r.getEntity().get("id")));
        out.sort((x, y) -> Long.compare((Long) x, (Long) y));
        return out;
    }

    private static List<Object> ids(List<SearchResp.SearchResult> hits) {
        List<Object> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.getId()));
        return out;
    }

    private static void create(MilvusClientV2 client) {
        SmallCollections.create(client, C, "score", "tag", IndexParam.MetricType.L2, false);
    }

    private static JsonObject row(long i) {
        JsonObject r = new JsonObject();
        r.addProperty("id", i);
        JsonArray vec = new JsonArray();
        vec.add((float) i);
        vec.add((float) i);
        r.add("vec", vec);
        r.addProperty("score", 10 * i);
        r.addProperty("tag", "t" + i);
        return r;
    }
}
