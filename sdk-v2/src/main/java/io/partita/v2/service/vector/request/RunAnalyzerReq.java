package io.partita.v2.service.vector.request;

import io.partita.v2.internal.Checks;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Runs an analyzer over texts and answers their tokens ({@code MilvusClientV2.runAnalyzer}): the
 * analyzer {@code analyzerParams} describes, or the one of {@code fieldName} in
 * {@code collectionName} when the collection is named.
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. An empty {@code texts}
 * is refused when the call is made, as the official client does.
 */
@Getter
public final class RunAnalyzerReq {
    /** The texts to analyze (at least one). */
    private final List<String> texts;
    /** The analyzer's parameters, e.g. {@code {"type": "english"}} or a tokenizer and filters; sent as JSON. */
    private final Map<String, Object> analyzerParams;
    /** Whether each token carries its offsets and position. Default false. */
    private final Boolean withDetail;
    /** Whether each token carries its hash. Default false. */
    private final Boolean withHash;
    /** The database; empty means the client's database. */
    private final String databaseName;
    /** The collection whose field's analyzer runs; empty for {@code analyzerParams}'s. */
    private final String collectionName;
    /** The field whose analyzer runs, with {@code collectionName}. */
    private final String fieldName;
    /** The analyzer names of a multi-analyzer field (not served by the reference server). */
    private final List<String> analyzerNames;

    @Builder
    private RunAnalyzerReq(
            List<String> texts,
            Map<String, Object> analyzerParams,
            Boolean withDetail,
            Boolean withHash,
            String databaseName,
            String collectionName,
            String fieldName,
            List<String> analyzerNames) {
        this.texts = Checks.copy(texts);
        this.analyzerParams = Checks.copy(analyzerParams);
        this.withDetail = withDetail == null ? Boolean.FALSE : withDetail;
        this.withHash = withHash == null ? Boolean.FALSE : withHash;
        this.databaseName = databaseName == null ? "" : databaseName;
        this.collectionName = collectionName == null ? "" : collectionName;
        this.fieldName = fieldName == null ? "" : fieldName;
        this.analyzerNames = Checks.copy(analyzerNames);
    }

    /** Builds a {@link RunAnalyzerReq}; unset fields take the defaults documented on the getters. */
    public static class RunAnalyzerReqBuilder {}

    @Override
    public String toString() {
        return "RunAnalyzerReq{texts=" + texts + ", analyzerParams=" + analyzerParams + ", withDetail=" + withDetail
                + ", withHash=" + withHash + ", databaseName='" + databaseName + "', collectionName='"
                + collectionName + "', fieldName='" + fieldName + "', analyzerNames=" + analyzerNames + "}";
    }
}
