package io.partita.v2.client;

import com.google.gson.Gson;
import io.partita.model.AnalyzerResult;
import io.partita.model.AnalyzerToken;
import io.partita.model.RunAnalyzerResponse;
import io.partita.param.control.RunAnalyzerParam;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.vector.request.RunAnalyzerReq;
import io.partita.v2.service.vector.response.RunAnalyzerResp;
import java.util.ArrayList;
import java.util.List;

/** The analyzer call of {@link MilvusClientV2}, through sdk-core's RunAnalyzer operation. */
final class AnalyzerOps {
    private static final Gson GSON = new Gson();

    private AnalyzerOps() {}

    /**
     * Sends RunAnalyzer: the analyzer parameters as JSON (an empty map as {@code {}}, which the
     * server reads as the standard analyzer), each text as UTF-8.
     */
    static RunAnalyzerResp run(Session s, RunAnalyzerReq r) {
        s.checkDatabase(r.getDatabaseName());
        if (r.getTexts().isEmpty()) {
            // the official client's check and text (VectorService.runAnalyzer)
            throw new MilvusClientException(ErrorCode.INVALID_PARAMS, "Texts list is empty.");
        }
        RunAnalyzerResponse a = Failures.orThrow(s.v1.runAnalyzer(Failures.params(() -> RunAnalyzerParam.newBuilder()
                .withTexts(r.getTexts())
                .withAnalyzerParams(GSON.toJson(r.getAnalyzerParams()))
                .withDetail(r.getWithDetail())
                .withHash(r.getWithHash())
                .withCollectionName(r.getCollectionName())
                .withFieldName(r.getFieldName())
                .withAnalyzerNames(r.getAnalyzerNames())
                .build())));
        List<RunAnalyzerResp.AnalyzerResult> results = new ArrayList<>();
        for (AnalyzerResult result : a.getResultsList()) {
            List<RunAnalyzerResp.AnalyzerToken> tokens = new ArrayList<>();
            for (AnalyzerToken t : result.getTokensList()) {
                tokens.add(RunAnalyzerResp.AnalyzerToken.builder()
                        .token(t.getToken())
                        .startOffset(t.getStartOffset())
                        .endOffset(t.getEndOffset())
                        .position(t.getPosition())
                        .positionLength(t.getPositionLength())
                        .hash(Integer.toUnsignedLong(t.getHash()))
                        .build());
            }
            results.add(RunAnalyzerResp.AnalyzerResult.builder().tokens(tokens).build());
        }
        return RunAnalyzerResp.builder().results(results).build();
    }
}
