package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.unary;
import static io.partita.wire.MilvusServiceGrpc.getRunAnalyzerMethod;

import io.partita.server.engine.Engine;
import io.partita.server.model.FieldSchema;
import io.partita.server.text.Bm25;
import io.partita.server.text.TextAnalyzer;
import io.partita.wire.AnalyzerResult;
import io.partita.wire.AnalyzerToken;
import io.partita.wire.RunAnalyzerRequest;
import io.partita.wire.RunAnalyzerResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RunAnalyzer (Milvus 2.5+, pymilvus {@code run_analyzer}): the tokens of each text of
 * {@code placeholder}, by the analyzer that {@code analyzer_params} describes or, when
 * {@code collection_name} is set, by the analyzer of that collection's {@code field_name}. As
 * Milvus's query node answers (milvus-io/milvus internal/querynodev2/services.go
 * {@code runAnalyzer}): one result per text, in order; a token's offsets, position and position
 * length only {@code with_detail}, its hash only {@code with_hash}, the hash being
 * {@code typeutil.HashString2LessUint32} of the token, the BM25 term id ({@link Bm25#termId}).
 */
final class TextRpcs {
    /** Bytes of text analysed in one call, at most: beyond, the call is refused before tokenizing. */
    static final long MAX_TEXT_BYTES = 64L << 20;

    private final Engine engine;

    TextRpcs(Engine engine) {
        this.engine = engine;
    }

    List<ServerRpc<?, ?>> rpcs() {
        return List.of(unary(getRunAnalyzerMethod(), this::runAnalyzer));
    }

    RunAnalyzerResponse runAnalyzer(RunAnalyzerRequest r) {
        long bytes = 0;
        for (var p : r.getPlaceholderList()) {
            bytes += p.size();
        }
        if (bytes > MAX_TEXT_BYTES) {
            throw Statuses.invalid("run analyzer texts are too large: " + bytes + " bytes, at most " + MAX_TEXT_BYTES);
        }
        TextAnalyzer analyzer = analyzer(r);
        RunAnalyzerResponse.Builder out = RunAnalyzerResponse.newBuilder().setStatus(Statuses.SUCCESS);
        for (var p : r.getPlaceholderList()) {
            AnalyzerResult.Builder result = AnalyzerResult.newBuilder();
            for (TextAnalyzer.Token t : analyzer.analyze(p.toString(StandardCharsets.UTF_8))) {
                AnalyzerToken.Builder token = AnalyzerToken.newBuilder().setToken(t.token());
                if (r.getWithDetail()) {
                    token.setStartOffset(t.startOffset())
                            .setEndOffset(t.endOffset())
                            .setPosition(t.position())
                            .setPositionLength(t.positionLength());
                }
                if (r.getWithHash()) {
                    token.setHash((int) Bm25.termId(t.token()));
                }
                result.addTokens(token);
            }
            out.addResults(result);
        }
        return out.build();
    }

    private TextAnalyzer analyzer(RunAnalyzerRequest r) {
        if (r.getCollectionName().isEmpty()) {
            try {
                return TextAnalyzer.of(r.getAnalyzerParams());
            } catch (TextAnalyzer.BadParamsException e) {
                throw Statuses.invalid("create analyzer failed: " + e.getMessage());
            }
        }
        if (r.getAnalyzerNamesCount() > 0) {
            // Milvus's multi-analyzer fields (multi_analyzer_params) are not built by Partita
            throw Statuses.invalid(
                    "analyzer_names: multi analyzer fields are not supported by the Partita" + " reference server");
        }
        for (FieldSchema f :
                engine.describeCollection(r.getCollectionName()).schema().fields()) {
            if (f.name().equals(r.getFieldName())) {
                if (!f.flag(FieldSchema.ENABLE_ANALYZER) && !f.flag(FieldSchema.ENABLE_MATCH)) {
                    throw Statuses.invalid("field " + f.name() + " does not enable analyzer");
                }
                try {
                    return TextAnalyzer.of(f.typeParams().get(FieldSchema.ANALYZER_PARAMS));
                } catch (TextAnalyzer.BadParamsException e) {
                    throw Statuses.invalid("create analyzer failed: " + e.getMessage());
                }
            }
        }
        // merr.WrapErrFieldNotFound (milvus-io/milvus pkg/util/merr/utils.go)
        throw Statuses.invalid("field not found[field=" + r.getFieldName() + "]");
    }
}
