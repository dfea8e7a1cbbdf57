package io.partita.grpc;

import com.google.protobuf.ByteString;
import io.partita.model.AnalyzerResult;
import io.partita.model.AnalyzerToken;
import io.partita.model.RunAnalyzerResponse;
import io.partita.transport.Operations;
import io.partita.wire.RunAnalyzerRequest;
import java.nio.charset.StandardCharsets;

/** Codecs of the text RPCs: RunAnalyzer. */
final class TextCodecs {
    private TextCodecs() {}

    static void register(CodecTable t) {
        t.put(Operations.RUN_ANALYZER, (stub, p, db) -> {
            RunAnalyzerRequest.Builder request = RunAnalyzerRequest.newBuilder()
                    .setDbName(db)
                    .setAnalyzerParams(p.getAnalyzerParams())
                    .setWithDetail(p.isWithDetail())
                    .setWithHash(p.isWithHash())
                    .setCollectionName(p.getCollectionName())
                    .setFieldName(p.getFieldName())
                    .addAllAnalyzerNames(p.getAnalyzerNames());
            for (String text : p.getTexts()) {
                request.addPlaceholder(ByteString.copyFrom(text, StandardCharsets.UTF_8));
            }
            io.partita.wire.RunAnalyzerResponse r = stub.runAnalyzer(request.build());
            RunAnalyzerResponse.Builder b =
                    RunAnalyzerResponse.newBuilder().setStatus(WireValues.status(r.getStatus()));
            for (io.partita.wire.AnalyzerResult result : r.getResultsList()) {
                AnalyzerResult.Builder rb = AnalyzerResult.newBuilder();
                for (io.partita.wire.AnalyzerToken token : result.getTokensList()) {
                    rb.addTokens(AnalyzerToken.newBuilder()
                            .setToken(token.getToken())
                            .setStartOffset(token.getStartOffset())
                            .setEndOffset(token.getEndOffset())
                            .setPosition(token.getPosition())
                            .setPositionLength(token.getPositionLength())
                            .setHash(token.getHash())
                            .build());
                }
                b.addResults(rb.build());
            }
            return b.build();
        });
    }
}
