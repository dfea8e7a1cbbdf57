package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.client.MilvusServiceClient;
import io.partita.model.CheckHealthResponse;
import io.partita.model.FlushAllResponse;
import io.partita.param.ConnectParam;
import io.partita.param.control.GetFlushAllStateParam;
import io.partita.server.model.Profile;
import io.partita.server.text.Bm25;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.utility.OptimizeTask;
import io.partita.v2.service.utility.request.FlushAllReq;
import io.partita.v2.service.utility.request.FlushReq;
import io.partita.v2.service.utility.request.GetFlushAllStateReq;
import io.partita.v2.service.utility.request.GetPersistentSegmentInfoReq;
import io.partita.v2.service.utility.request.OptimizeReq;
import io.partita.v2.service.utility.response.CheckHealthResp;
import io.partita.v2.service.utility.response.FlushAllResp;
import io.partita.v2.service.utility.response.GetPersistentSegmentInfoResp;
import io.partita.v2.service.utility.response.OptimizeResp;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.RunAnalyzerReq;
import io.partita.v2.service.vector.response.RunAnalyzerResp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The utility calls of issue 16 against the reference server (milvus-2.6) over gRPC: checkHealth
 * (both APIs), flushAll and getFlushAllState (both APIs), optimize (stages, async, target sizes),
 * runAnalyzer (built-in and custom analyzers, details and hashes, the official
 * client's refusal of no texts, the server's of bad params); and what RESTful v2 answers for them
 * (the reference server has no route: UNIMPLEMENTED, typed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UtilityV2Test {
    private Servers servers;
    private MilvusClientV2 client;

    @BeforeAll
    void start() throws Exception {
        servers = Servers.start(Profile.MILVUS_2_6);
        client = new MilvusClientV2(
                ConnectConfig.builder().uri(servers.grpcUri()).build());
    }

    @AfterAll
    void stop() {
        client.close();
        servers.close();
    }

    @Test
    void checkHealthAnswersHealthyWithoutReasonsOnBothApis() {
        CheckHealthResp health = client.checkHealth();
        assertThat(health.getIsHealthy()).isTrue();
        assertThat(health.getReasons()).isEmpty();
        assertThat(health.getQuotaStates()).isEmpty();

        MilvusServiceClient v1 = new MilvusServiceClient(
                ConnectParam.newBuilder().withUri(servers.grpcUri()).build());
        try {
            CheckHealthResponse r = v1.checkHealth().orThrow();
            assertThat(r.getIsHealthy()).isTrue();
            assertThat(r.getReasonsList()).isEmpty();
        } finally {
            v1.close();
        }
    }

    @Test
    void theStandardAnalyzerLowercasesAndSplitsAndEmptyParamsMeanIt() {
        for (Map<String, Object> params : List.<Map<String, Object>>of(Map.of("type", "standard"), Map.of())) {
            RunAnalyzerResp r = client.runAnalyzer(RunAnalyzerReq.builder()
                    .texts(List.of("The Quick brown FOX jumps", "Hello, World!"))
                    .analyzerParams(params)
                    .build());
            assertThat(r.getResults()).hasSize(2);
            assertThat(tokens(r, 0)).as("%s", params).containsExactly("the", "quick", "brown", "fox", "jumps");
            assertThat(tokens(r, 1)).containsExactly("hello", "world");
            // without withDetail/withHash the numbers are not sent
            RunAnalyzerResp.AnalyzerToken quick =
                    r.getResults().get(0).getTokens().get(1);
            assertThat(quick.getStartOffset()).isZero();
            assertThat(quick.getPosition()).isZero();
            assertThat(quick.getHash()).isZero();
        }
    }

    @Test
    void theEnglishAnalyzerDropsStopWordsAndStems() {
        // Lucene's English stop words (the, are, ...) go; Porter stems the rest
        RunAnalyzerResp r = client.runAnalyzer(RunAnalyzerReq.builder()
                .texts(List.of("The runners are running quickly"))
                .analyzerParams(Map.of("type", "english"))
                .build());
        assertThat(tokens(r, 0)).containsExactly("runner", "run", "quickli");
    }

    @Test
    void detailsGiveByteOffsetsAndPositionsAndHashesTheBm25TermId() {
        RunAnalyzerResp r = client.runAnalyzer(RunAnalyzerReq.builder()
                .texts(List.of("Café the World"))
                .analyzerParams(Map.of(
                        "tokenizer",
                        "standard",
                        "filter",
                        List.of("lowercase", Map.of("type", "stop", "stop_words", List.of("the")))))
                .withDetail(true)
                .withHash(true)
                .build());
        List<RunAnalyzerResp.AnalyzerToken> t = r.getResults().get(0).getTokens();
        assertThat(t).extracting(RunAnalyzerResp.AnalyzerToken::getToken).containsExactly("café", "world");
        // "Café" is 5 UTF-8 bytes; "World" starts after "Café the " (10 bytes); the stop word leaves a gap
        assertThat(t.get(0).getStartOffset()).isZero();
        assertThat(t.get(0).getEndOffset()).isEqualTo(5L);
        assertThat(t.get(1).getStartOffset()).isEqualTo(10L);
        assertThat(t.get(1).getEndOffset()).isEqualTo(15L);
        assertThat(t).extracting(RunAnalyzerResp.AnalyzerToken::getPosition).containsExactly(0L, 2L);
        assertThat(t)
                .extracting(RunAnalyzerResp.AnalyzerToken::getPositionLength)
                .containsExactly(1L, 1L);
        // the hash is unsigned, as the official client gives it (hash & 0xFFFFFFFFL)
        assertThat(t.get(1).getHash()).isEqualTo(Bm25.termId("world")).isNotNegative();
    }

    @Test
    void noTextsAreRefusedBeforeSendingAndBadParamsByTheServer() {
        assertThatThrownBy(() -> client.runAnalyzer(RunAnalyzerReq.builder().build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessage("Texts list is empty.")
                .extracting(e -> ((MilvusClientException) e).getErrorCode())
                .isEqualTo(ErrorCode.INVALID_PARAMS);
        assertThatThrownBy(() -> client.runAnalyzer(RunAnalyzerReq.builder()
                        .texts(List.of("x"))
                        .analyzerParams(Map.of("tokenizer", "invalid_tokenizer"))
                        .build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("create analyzer failed")
                .extracting(e -> ((MilvusClientException) e).getServerErrCode())
                .isEqualTo(1100);
        assertThatThrownBy(() -> client.runAnalyzer(RunAnalyzerReq.builder()
                        .texts(List.of("x"))
                        .databaseName("other")
                        .build()))
                .isInstanceOf(MilvusClientException.class)
                .extracting(e -> ((MilvusClientException) e).getErrorCode())
                .isEqualTo(ErrorCode.INVALID_PARAMS);
    }

    @Test
    void flushAllSealsEveryCollectionOfTheDatabaseAndItsStateSaysSo() {
        for (String c : List.of("fa_one", "fa_two")) {
            client.createCollection(
                    CreateCollectionReq.builder().collectionName(c).dimension(2).build());
            insertRows(c, 0, 5);
            assertThat(states(c)).containsExactly("Growing");
        }
        FlushAllResp flushed = client.flushAll(FlushAllReq.builder().build());
        assertThat(flushed.getFlushAllTs()).isPositive();
        for (String c : List.of("fa_one", "fa_two")) {
            assertThat(states(c)).containsExactly("Flushed");
        }
        assertThat(client.getFlushAllState(GetFlushAllStateReq.builder()
                                .flushAllTs(flushed.getFlushAllTs())
                                .build())
                        .getFlushed())
                .isTrue();

        // rows inserted later stay growing: a later timestamp is not flushed until the next flushAll
        insertRows("fa_one", 5, 3);
        GetFlushAllStateReq later =
                GetFlushAllStateReq.builder().flushAllTs(Long.MAX_VALUE).build();
        assertThat(client.getFlushAllState(later).getFlushed()).isFalse();

        // the V1 API's flushAll(sync, interval ms, timeout s) waits the same way
        MilvusServiceClient v1 = new MilvusServiceClient(
                ConnectParam.newBuilder().withUri(servers.grpcUri()).build());
        try {
            FlushAllResponse r = v1.flushAll(true, 50, 10).orThrow();
            assertThat(r.getFlushAllTs()).isGreaterThan(flushed.getFlushAllTs());
            assertThat(v1.getFlushAllState(GetFlushAllStateParam.newBuilder()
                                    .withFlushAllTs(r.getFlushAllTs())
                                    .build())
                            .orThrow()
                            .getFlushed())
                    .isTrue();
        } finally {
            v1.close();
        }
        assertThat(states("fa_one")).containsOnly("Flushed");
        assertThat(client.getFlushAllState(later).getFlushed()).isTrue();
        assertThatThrownBy(() -> GetFlushAllStateReq.builder().build())
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("flushAllTs");
    }

    @Test
    void optimizeCompactsWaitsAndReportsItsStages() {
        String c = "opt_v2";
        client.createCollection(
                CreateCollectionReq.builder().collectionName(c).dimension(2).build());
        insertRows(c, 0, 5);
        client.flush(FlushReq.builder().collectionNames(List.of(c)).build());
        insertRows(c, 5, 5);
        client.flush(FlushReq.builder().collectionNames(List.of(c)).build());
        assertThat(states(c)).containsExactly("Flushed", "Flushed");

        OptimizeTask task =
                client.optimize(OptimizeReq.builder().collectionName(c).build());
        assertThat(task.isDone()).isTrue();
        OptimizeResp r = task.getResult(1000L);
        assertThat(r.getStatus()).isEqualTo("success");
        assertThat(r.getCollectionName()).isEqualTo(c);
        assertThat(r.getCompactionId()).isPositive();
        assertThat(r.getTargetSize()).isNull();
        // quick setup loads the collection, so the load is refreshed last
        assertThat(r.getProgress())
                .containsExactly(
                        "initializing",
                        "waiting for indexes",
                        "compacting",
                        "waiting for compaction",
                        "waiting for index rebuild",
                        "refreshing load");
        assertThat(task.getProgress()).isEqualTo(OptimizeTask.ProgressStage.REFRESHING_LOAD);
        assertThat(task.cancel()).isFalse();
        assertThat(states(c)).containsExactly("Flushed");

        // async: the task comes back at once and answers when asked
        OptimizeTask async = client.optimize(
                OptimizeReq.builder().collectionName(c).async(true).build());
        assertThat(async.getResult(60_000L).getStatus()).isEqualTo("success");

        // the official client's checks of the size come first
        assertThatThrownBy(() -> client.optimize(OptimizeReq.builder()
                        .collectionName(c)
                        .targetSize("big")
                        .build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("Invalid target_size format");
        assertThatThrownBy(() -> client.optimize(OptimizeReq.builder()
                        .collectionName(c)
                        .targetSize("1.5 parsecs")
                        .build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessage("Invalid unit: 'parsecs'. Supported units: B, KB, MB, GB, TB, PB")
                .extracting(e -> ((MilvusClientException) e).getErrorCode())
                .isEqualTo(ErrorCode.INVALID_PARAMS);
        assertThatThrownBy(() -> client.optimize(OptimizeReq.builder()
                        .collectionName(c)
                        .targetSize("512MB")
                        .build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("targetSize")
                .extracting(e -> ((MilvusClientException) e).getErrorCode())
                .isEqualTo(ErrorCode.INVALID_PARAMS);
    }

    @Test
    void restfulV2HasNoRouteForThemSoTheyFailTyped() {
        MilvusClientV2 rest = new MilvusClientV2(
                ConnectConfig.builder().uri(servers.httpUri() + "/v2/vectordb").build());
        try {
            assertThatThrownBy(rest::checkHealth)
                    .isInstanceOf(MilvusClientException.class)
                    .hasMessageContaining("UNIMPLEMENTED")
                    .extracting(e -> ((MilvusClientException) e).getErrorCode())
                    .isEqualTo(ErrorCode.RPC_ERROR);
            assertThatThrownBy(() -> rest.flushAll(FlushAllReq.builder().build()))
                    .isInstanceOf(MilvusClientException.class)
                    .hasMessageContaining("UNIMPLEMENTED");
            assertThatThrownBy(() -> rest.runAnalyzer(
                            RunAnalyzerReq.builder().texts(List.of("x")).build()))
                    .isInstanceOf(MilvusClientException.class)
                    .hasMessageContaining("UNIMPLEMENTED");
        } finally {
            rest.close();
        }
    }

    private void insertRows(String collection, int first, int count) {
        List<JsonObject> rows = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            JsonObject row = new JsonObject();
            row.addProperty("id", (long) i);
            JsonArray vector = new JsonArray();
            vector.add((float) i);
            vector.add(1f);
            row.add("vector", vector);
            rows.add(row);
        }
        client.insert(InsertReq.builder().collectionName(collection).data(rows).build());
    }

    /** @return the states of the collection's stored segments that hold rows */
    private List<String> states(String collection) {
        return client
                .getPersistentSegmentInfo(GetPersistentSegmentInfoReq.builder()
                        .collectionName(collection)
                        .build())
                .getSegmentInfos()
                .stream()
                .filter(seg -> seg.getNumOfRows() > 0)
                .map(GetPersistentSegmentInfoResp.PersistentSegmentInfo::getState)
                .collect(Collectors.toList());
    }

    private static List<String> tokens(RunAnalyzerResp r, int text) {
        return r.getResults().get(text).getTokens().stream()
                .map(RunAnalyzerResp.AnalyzerToken::getToken)
                .collect(Collectors.toList());
    }
}
