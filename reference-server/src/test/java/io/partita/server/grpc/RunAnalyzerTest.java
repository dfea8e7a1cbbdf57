package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.server.text.Bm25;
import io.partita.wire.AnalyzerToken;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.RunAnalyzerRequest;
import io.partita.wire.RunAnalyzerResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * RunAnalyzer on a real server (profile milvus-2.6): tokens with Milvus's details (UTF-8 byte
 * offsets, positions with the gaps stop words leave, the BM25 term id as hash), by params or by a
 * collection field's analyzer; bad params and unknown fields are client errors; the 2.3 profile
 * does not serve it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunAnalyzerTest {
    @TempDir
    static Path dir;

    LiveServer s;

    @BeforeAll
    void start() throws Exception {
        s = new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_6));
        assertOk(s.stub()
                .createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName(HostileSearchInputTest.T)
                        .setSchema(HostileSearchInputTest.textSchema().toByteString())
                        .build()));
    }

    @AfterAll
    void stop() throws Exception {
        s.close();
    }

    private RunAnalyzerResponse run(RunAnalyzerRequest.Builder b, String... texts) {
        for (String t : texts) {
            b.addPlaceholder(ByteString.copyFromUtf8(t));
        }
        return s.stub().runAnalyzer(b.build());
    }

    @Test
    void tokensCarryByteOffsetsPositionsAndTheBm25TermIdAsHash() {
        RunAnalyzerResponse r = run(
                RunAnalyzerRequest.newBuilder()
                        .setAnalyzerParams("{\"tokenizer\": \"standard\", \"filter\": [\"lowercase\","
                                + " {\"type\": \"stop\", \"stop_words\": [\"the\"]}]}")
                        .setWithDetail(true)
                        .setWithHash(true),
                "Café the World",
                "");
        assertOk(r.getStatus());
        assertThat(r.getResultsCount()).isEqualTo(2);
        List<AnalyzerToken> t = r.getResults(0).getTokensList();
        assertThat(t).extracting(AnalyzerToken::getToken).containsExactly("café", "world");
        // "Café" is 5 UTF-8 bytes; "World" starts after "Café the " (10 bytes)
        assertThat(t.get(0).getStartOffset()).isZero();
        assertThat(t.get(0).getEndOffset()).isEqualTo(5);
        assertThat(t.get(1).getStartOffset()).isEqualTo(10);
        assertThat(t.get(1).getEndOffset()).isEqualTo(15);
        assertThat(t).extracting(AnalyzerToken::getPosition).containsExactly(0L, 2L);
        assertThat(t).extracting(AnalyzerToken::getPositionLength).containsExactly(1L, 1L);
        assertThat(Integer.toUnsignedLong(t.get(1).getHash())).isEqualTo(Bm25.termId("world"));
        assertThat(r.getResults(1).getTokensCount()).isZero();
    }

    @Test
    void withoutDetailOnlyTheTokenIsSentAndEmptyParamsAreTheStandardAnalyzer() {
        RunAnalyzerResponse r = run(RunAnalyzerRequest.newBuilder(), "Hello, World!");
        assertOk(r.getStatus());
        assertThat(r.getResults(0).getTokensList())
                .containsExactly(
                        AnalyzerToken.newBuilder().setToken("hello").build(),
                        AnalyzerToken.newBuilder().setToken("world").build());
    }

    @Test
    void aCollectionFieldsAnalyzerIsUsedByName() {
        RunAnalyzerResponse r = run(
                RunAnalyzerRequest.newBuilder()
                        .setCollectionName(HostileSearchInputTest.T)
                        .setFieldName("text"),
                "Quick FOX");
        assertOk(r.getStatus());
        assertThat(r.getResults(0).getTokensList())
                .extracting(AnalyzerToken::getToken)
                .containsExactly("quick", "fox");
        RunAnalyzerResponse missing = run(
                RunAnalyzerRequest.newBuilder()
                        .setCollectionName(HostileSearchInputTest.T)
                        .setFieldName("nope"),
                "x");
        assertThat(missing.getStatus().getCode()).isEqualTo(1100);
        assertThat(missing.getStatus().getReason()).contains("field not found[field=nope]");
    }

    @Test
    void badParamsAreClientErrorsNamingThePart() {
        for (String params : List.of(
                "{\"tokenizer\": \"invalid_tokenizer\"}",
                "{\"tokenizer\": 123}",
                "{\"filter\": \"invalid_filter\"}",
                "{\"tokenizer\": \"standard\", \"filter\": [{\"type\": \"stop\", \"stop_words\": \"x\"}]}",
                "not json")) {
            RunAnalyzerResponse r = run(RunAnalyzerRequest.newBuilder().setAnalyzerParams(params), "text");
            assertThat(r.getStatus().getCode()).as(params).isEqualTo(1100);
            assertThat(r.getStatus().getReason()).as(params).startsWith("create analyzer failed: ");
        }
    }

    @Test
    void theMilvus23ProfileDoesNotServeIt(@TempDir Path other) throws Exception {
        LiveServer old = new LiveServer(ReferenceServer.builder().dataDir(other).profile(Profile.MILVUS_2_3));
        try {
            assertThatThrownBy(() -> old.stub()
                            .runAnalyzer(RunAnalyzerRequest.newBuilder().build()))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Code.UNIMPLEMENTED));
        } finally {
            old.close();
        }
    }
}
