package io.partita.param.control;

import io.partita.exception.ParamException;
import io.partita.param.ParamUtils;
import java.util.List;

/**
 * Runs an analyzer over texts (Milvus 2.5+'s RunAnalyzer): the analyzer {@code analyzerParams}
 * describes, or the one of {@code fieldName} in {@code collectionName} when the collection is named.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link ParamException} naming the field and the bad value.
 */
public final class RunAnalyzerParam {
    private final List<String> texts;
    private final String analyzerParams;
    private final boolean withDetail;
    private final boolean withHash;
    private final String collectionName;
    private final String fieldName;
    private final List<String> analyzerNames;

    private RunAnalyzerParam(Builder b) {
        this.texts = b.texts;
        this.analyzerParams = b.analyzerParams;
        this.withDetail = b.withDetail;
        this.withHash = b.withHash;
        this.collectionName = b.collectionName;
        this.fieldName = b.fieldName;
        this.analyzerNames = b.analyzerNames;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the texts to analyze, at least one; unmodifiable */
    public List<String> getTexts() {
        return texts;
    }
    /** @return the analyzer's parameters as JSON, empty when the collection's field names the analyzer */
    public String getAnalyzerParams() {
        return analyzerParams;
    }
    /** @return whether each token carries its offsets and position */
    public boolean isWithDetail() {
        return withDetail;
    }
    /** @return whether each token carries its hash */
    public boolean isWithHash() {
        return withHash;
    }
    /** @return the collection whose field's analyzer runs, empty for {@code analyzerParams}'s */
    public String getCollectionName() {
        return collectionName;
    }
    /** @return the field whose analyzer runs, with {@code collectionName} */
    public String getFieldName() {
        return fieldName;
    }
    /** @return the analyzer names of a multi-analyzer field, one per text or one for all; unmodifiable */
    public List<String> getAnalyzerNames() {
        return analyzerNames;
    }

    @Override
    public String toString() {
        return "RunAnalyzerParam{texts=" + texts.size() + " texts, analyzerParams=" + analyzerParams + ", withDetail="
                + withDetail + ", withHash=" + withHash + ", collectionName=" + collectionName + ", fieldName="
                + fieldName + ", analyzerNames=" + analyzerNames + "}";
    }

    /** Builder for {@link RunAnalyzerParam}; not thread-safe. */
    public static final class Builder {
        private List<String> texts = List.of();
        private String analyzerParams = "";
        private boolean withDetail;
        private boolean withHash;
        private String collectionName = "";
        private String fieldName = "";
        private List<String> analyzerNames = List.of();

        private Builder() {}

        /**
         * @param texts the texts to analyze (required, at least one)
         * @return this
         */
        public Builder withTexts(List<String> texts) {
            this.texts = texts;
            return this;
        }
        /**
         * @param analyzerParams the analyzer's parameters as JSON, e.g. {@code {"type":"english"}}
         * @return this
         */
        public Builder withAnalyzerParams(String analyzerParams) {
            this.analyzerParams = analyzerParams;
            return this;
        }
        /**
         * @param withDetail whether tokens carry offsets and positions
         * @return this
         */
        public Builder withDetail(boolean withDetail) {
            this.withDetail = withDetail;
            return this;
        }
        /**
         * @param withHash whether tokens carry their hash
         * @return this
         */
        public Builder withHash(boolean withHash) {
            this.withHash = withHash;
            return this;
        }
        /**
         * @param collectionName the collection whose field's analyzer runs
         * @return this
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }
        /**
         * @param fieldName the field whose analyzer runs
         * @return this
         */
        public Builder withFieldName(String fieldName) {
            this.fieldName = fieldName;
            return this;
        }
        /**
         * @param analyzerNames the analyzer names of a multi-analyzer field
         * @return this
         */
        public Builder withAnalyzerNames(List<String> analyzerNames) {
            this.analyzerNames = analyzerNames;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws ParamException naming the bad field and value
         */
        public RunAnalyzerParam build() {
            texts = ParamUtils.copyOf(texts, "texts");
            if (texts.isEmpty()) {
                throw new ParamException("texts must not be empty");
            }
            analyzerParams = ParamUtils.checkNotNull(analyzerParams, "analyzerParams");
            collectionName = ParamUtils.checkNotNull(collectionName, "collectionName");
            fieldName = ParamUtils.checkNotNull(fieldName, "fieldName");
            if (!collectionName.isEmpty() && fieldName.isEmpty()) {
                throw new ParamException("fieldName must be set when collectionName is, got \"\"");
            }
            analyzerNames = ParamUtils.copyOf(analyzerNames, "analyzerNames");
            return new RunAnalyzerParam(this);
        }
    }
}
